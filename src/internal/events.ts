/** The widgets' events, public API: their names, their `detail` types, and the one function that fires them. */
import type { Payload } from '../payload/schema.js';
import type { WidgetErrorDetail } from '../payload/errors.js';

/** Event names and their `detail` types: public API. */
export interface WidgetEventMap {
  'nw-load': { payload: Payload };
  'nw-render': Record<string, never>;
  'nw-error': WidgetErrorDetail;
  /** A live refresh brought a payload that differs from the one shown; `changed`: ids of the figures, charts and quotes whose content changed. */
  'nw-update': { payload: Payload; changed: string[] };
  /** nw-chart: a point explored by keyboard. */
  'nw-point': { chart: string; series: string; x: string; y: number };
}

/** Fires the widget event `name` at `target`: like every widget event it bubbles and crosses shadow roots. */
export const emit = <K extends keyof WidgetEventMap>(target: EventTarget, name: K, detail: WidgetEventMap[K]): boolean =>
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));

declare global {
  interface HTMLElementEventMap {
    'nw-load': CustomEvent<WidgetEventMap['nw-load']>;
    'nw-render': CustomEvent<WidgetEventMap['nw-render']>;
    'nw-error': CustomEvent<WidgetEventMap['nw-error']>;
    'nw-update': CustomEvent<WidgetEventMap['nw-update']>;
    'nw-point': CustomEvent<WidgetEventMap['nw-point']>;
  }
}
