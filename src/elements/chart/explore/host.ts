/**
 * What exploring a chart (the keys and the tones) needs of the element's
 * drawing: the live chart's points, what the chart shows, and telling the page.
 * Types only: the explorer and the tones import this, never the drawing code.
 */
import type { ChartHandle } from '../../../chart/spec.js';
import type { Model } from '../../../views/chart/model.js';

export interface ExploreHost {
  /** The live chart, while one is drawn (its points: `pointsOf` in `src/chart/points.ts`). */
  readonly chart: ChartHandle | undefined;
  /** What the chart shows: its model, in the locale it was drawn for. */
  readonly shown: { model: Model; locale: string } | undefined;
  /**
   * Tells the page (`nw-point`) that the reader came onto point `index` of series `series` (its index in the
   * series' values), and gives the point's row in the model; undefined for a point without a value.
   */
  point(series: number, index: number): number | undefined;
}
