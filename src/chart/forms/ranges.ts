/**
 * Ranges: the interval of a value, drawn as an error bar on a bar and as a band along a line or area. Both
 * follow the drawn point, so a stacked bar's error bar stands at its segment's end.
 */
import type { Chart } from 'chart.js';
import type { NwPlugin } from '../config/types.js';
import type { Runtime } from '../runtime.js';
import type { ChartSpec } from '../spec.js';
import { drawnPoints } from './marks.js';

/** A value's interval in pixels: `at` along the index axis, `low` and `high` along the value axis. */
export interface RangeMark {
  series: number;
  /** The value's index in its series. */
  index: number;
  at: number;
  low: number;
  high: number;
  /** A bar's thickness (0 for a line's point). */
  thickness: number;
}

/** How opaque a band is. */
export const BAND_ALPHA = 0.2;
/** How opaque a muted series' marks are (see highlight.ts). */
export const MUTED_ALPHA = 0.3;

/**
 * The ranges of series `series`, in drawing order; null where a drawn point has none (a band breaks there).
 * A point with a value carries its range along with it (stacked, it stands on the series below).
 */
export function rangeMarks(chart: Chart, spec: ChartSpec, series: number): (RangeMark | null)[] {
  const ranges = spec.series[series]?.ranges;
  const scale = chart.getDatasetMeta(series).vScale;
  if (!ranges || !scale) return [];
  return drawnPoints(chart, spec, series).map(({ index, at, end, value, thickness }) => {
    const range = ranges[index];
    if (!range || !Number.isFinite(at)) return null;
    const offset = value !== null && Number.isFinite(end) ? end - scale.getPixelForValue(value) : 0;
    return {
      series,
      index,
      at,
      low: scale.getPixelForValue(range.low) + offset,
      high: scale.getPixelForValue(range.high) + offset,
      thickness,
    };
  });
}

export const rangePlugin = (runtime: Runtime): NwPlugin => ({
  id: 'nwRanges',
  // Bands lie under the series' lines; error bars stand over the bars.
  beforeDatasetsDraw(chart) {
    drawRanges(chart, runtime.spec, false);
  },
  afterDatasetsDraw(chart) {
    drawRanges(chart, runtime.spec, true);
  },
});

function drawRanges(chart: Chart, spec: ChartSpec, bars: boolean): void {
  const ctx = chart.ctx;
  const { chartArea } = chart;
  // (along, across) → canvas (x, y): along the index axis, across it.
  const to = (along: number, across: number): [number, number] => (spec.horizontal ? [across, along] : [along, across]);
  ctx.save();
  ctx.beginPath();
  ctx.rect(chartArea.left, chartArea.top, chartArea.width, chartArea.height);
  ctx.clip();
  spec.series.forEach((series, index) => {
    if (!series.ranges || (series.type === 'bar') !== bars) return;
    const marks = rangeMarks(chart, spec, index);
    ctx.globalAlpha = series.muted ? MUTED_ALPHA : 1;
    if (bars) {
      ctx.strokeStyle = spec.colors.text;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (const mark of marks) {
        if (!mark) continue;
        const cap = Math.min(6, mark.thickness / 4);
        ctx.moveTo(...to(mark.at, mark.low));
        ctx.lineTo(...to(mark.at, mark.high));
        for (const end of [mark.low, mark.high]) {
          ctx.moveTo(...to(mark.at - cap, end));
          ctx.lineTo(...to(mark.at + cap, end));
        }
      }
      ctx.stroke();
      return;
    }
    // A band: along the highs, back along the lows, for each run of points with a range; a lone point's range
    // is a broad stroke.
    ctx.fillStyle = ctx.strokeStyle = series.color;
    ctx.lineWidth = 6;
    ctx.globalAlpha *= BAND_ALPHA;
    for (const run of runs(marks)) {
      ctx.beginPath();
      if (run.length === 1) {
        ctx.moveTo(...to(run[0]!.at, run[0]!.high));
        ctx.lineTo(...to(run[0]!.at, run[0]!.low));
        ctx.stroke();
        continue;
      }
      run.forEach((mark, i) => (i ? ctx.lineTo(...to(mark.at, mark.high)) : ctx.moveTo(...to(mark.at, mark.high))));
      for (const mark of [...run].reverse()) ctx.lineTo(...to(mark.at, mark.low));
      ctx.closePath();
      ctx.fill();
    }
  });
  ctx.restore();
}

/** The runs of consecutive marks. */
export function runs(marks: (RangeMark | null)[]): RangeMark[][] {
  const out: RangeMark[][] = [];
  let run: RangeMark[] = [];
  for (const mark of [...marks, null]) {
    if (mark) run.push(mark);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  return out;
}
