import type { Payload } from '../payload/schema.js';
import type { WidgetErrorDetail } from '../payload/errors.js';

/** Event names and their `detail` types: public API. */
export interface WidgetEventMap {
  'nw-load': { payload: Payload };
  'nw-render': Record<string, never>;
  'nw-error': WidgetErrorDetail;
  /** nw-chart: a point explored by keyboard. */
  'nw-point': { chart: string; series: string; x: string; y: number };
}

declare global {
  interface HTMLElementEventMap {
    'nw-load': CustomEvent<WidgetEventMap['nw-load']>;
    'nw-render': CustomEvent<WidgetEventMap['nw-render']>;
    'nw-error': CustomEvent<WidgetEventMap['nw-error']>;
    'nw-point': CustomEvent<WidgetEventMap['nw-point']>;
  }
}
