/**
 * A widget's content function, shared by the element's render in the browser
 * and by pre-rendering on Node: what it is given, and what it returns.
 */
import type { TemplateResult } from 'lit';
import { WidgetError } from '../payload/errors.js';
import { emit } from './events.js';
import type { Payload } from '../payload/schema.js';
import type { ViewContext } from '../views/context.js';
import type { ChartPicture } from '../views/chart/view.js';
import type { Model } from '../views/chart/model.js';

/** What a widget's content shows: a template, or an error to show instead. */
export type ContentResult = TemplateResult | WidgetError;

/** What a widget draws its content from, besides its own attributes. */
export interface ContentInputs {
  /** The payload, valid, or undefined when the widget has none. */
  payload: Payload | undefined;
  /** The language, its strings and the payload's own language. */
  context: ViewContext;
  /** The element's own text (its light DOM), read only by a widget that needs it (nw-quote). */
  ownText: () => string;
  /** Whether the widget follows a live refresh of its `src` (its "Updated" line then stands in for the payload's). */
  live: boolean;
  /**
   * Set when the content is written by the server for a page that paints without script: details
   * are made at once, links carry their data (a chart's "Download CSV" its file, from `csvHref`), and a
   * chart shows `pictures` when given.
   */
  server?: {
    pictures?: ((model: Model, aspectRatio: string | undefined) => ChartPicture[] | undefined) | undefined;
    csvHref?: ((model: Model, locale: string) => string) | undefined;
  };
}

/**
 * Custom properties the content sets by selector (the chart's box size, its swatch colours): the browser sets them
 * through the CSSOM (a strict CSP blocks `style` attributes), the server writes them as CSS rules.
 */
export type ContentStyles = Record<string, Record<string, string>>;

/** The error of a widget that has no payload and cannot draw from its attributes alone. */
export function noDataError(): WidgetError {
  return new WidgetError('no-data', 'no payload: set payload, a child <script type="application/json">, payload-id or src');
}

/** The error of a content function that threw. */
export function drawError(error: unknown): WidgetError {
  return new WidgetError('invalid-payload', `could not draw: ${error instanceof Error ? error.message : String(error)}`);
}

/** What each widget was last told to keep (a problem at a time). */
const kept = new WeakMap<Element, string>();

/**
 * Tells the page, once per problem, that a live refresh brought an item that `host` shows with `error`, and that the
 * widget keeps the item's last good version (DESIGN: a refresh updates what is valid and keeps the rest).
 */
export function keptAfterRefresh(host: HTMLElement, error: WidgetError): void {
  if (kept.get(host) === error.message) return;
  kept.set(host, error.message);
  console.error(`<${host.localName}> ${error.code}: ${error.message}; the last good version stays`);
  emit(host, 'nw-error', error.toDetail());
}
