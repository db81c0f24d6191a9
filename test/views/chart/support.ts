/** Generated charts for the chart view tests (test data, not the story). */
import type { Chart, Point, Series } from '../../../src/payload/schema.js';

/** A series with the given points; `ys` may be numbers (x = "c0", "c1", …) or whole points. */
export function series(label: string, ys: (number | null | Point)[], extra: Partial<Series> = {}): Series {
  return {
    id: label.toLowerCase().replace(/\W+/g, '-'),
    label,
    data: ys.map((y, i) => (typeof y === 'object' && y !== null ? y : { x: `c${i}`, y })),
    ...extra,
  };
}

/** A chart of the given series. */
export function chartOf(list: Series[], extra: Partial<Chart> = {}): Chart {
  return { id: 'test-chart', series: list, ...extra };
}
