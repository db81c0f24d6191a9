/**
 * How a widget and its live refresh meet: the widget's payload controller
 * starts the refresh (live.ts) as a `LiveHost` and holds a `LiveFollower`;
 * the refresh knows the widget only through `LiveHost`.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Payload } from '../../payload/schema.js';

/** What a live refresh needs of a widget (its payload controller): the element, and a way to show a newer payload. */
export interface LiveHost {
  /** The widget: redrawn when the line changes, and the target of `nw-error` and `nw-update`. */
  readonly host: HTMLElement & Pick<ReactiveControllerHost, 'requestUpdate' | 'updateComplete'>;
  /** Shows a newer payload of the same source. */
  show(payload: Payload): void;
}

/** A widget's part in a live refresh (`refresh`, with `src`), as its payload controller holds it. */
export interface LiveFollower {
  /** The newest payload of the URL, which may be newer than the one first loaded. */
  readonly payload: Payload;
  /** The "Updated" line, with its quiet failure note and the polite announcements. */
  line(locale: string): TemplateResult;
  /** Leaves the refresh (the widget left the page, or its source changed). */
  stop(): void;
}
