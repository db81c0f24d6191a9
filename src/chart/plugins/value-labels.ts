/**
 * Writes each bar's value (qualifier included) at the bar: for horizontal bars
 * inside the end (when the text contrasts enough) or after it, else, for every
 * bar alike, above it; for vertical bars above the end, else inside it. All or
 * nothing: when one label finds no room, none is drawn (the tooltip and the
 * table still say it), so a reader never meets some bars with their figure
 * and some without. Stacked bars take none (the element gives them none), nor
 * do bars with ranges (their error bars stand there). Where no label is drawn
 * for a qualified value, a mark (`spec.qualifierMark`) beyond its end (beside
 * its error bar) says it is qualified; the element explains the mark.
 */
import { animator, BarElement, type Chart } from 'chart.js';
import { fontString, textInside, tickSize, wrapText } from '../canvas-text.js';
import type { NwPlugin } from '../config/types.js';
import type { Runtime } from '../runtime.js';
import type { ChartSpec, SeriesSpec } from '../spec.js';
import { pointIndex } from '../point-index.js';

const LABEL_PAD = 5;

/** One value label, placed. */
interface PlacedLabel {
  lines: string[];
  x: number;
  /** The middle of the first line. */
  y: number;
  align: CanvasTextAlign;
  color: string;
}

/** A bar as the label code sees it, with what surrounds it. */
interface BarLabelInput {
  text: string;
  x: number;
  y: number;
  base: number;
  /** Bar width (vertical bars) or height (horizontal bars). */
  thickness: number;
  fill: string;
  /** The value scale's box: labels stay inside their panel. */
  area: { left: number; right: number; top: number; bottom: number };
  /** Empty space beside the bar along the index axis (0 when another bar is there). */
  free: number;
  /** Width a vertical bar's label may take (its slot in the category). */
  room: number;
}

export const valueLabels = (runtime: Runtime): NwPlugin => ({
  id: 'nwValueLabels',
  afterDatasetsDraw(chart) {
    const { spec } = runtime;
    // Labels appear once the bars stand still (the last frame of an animation is redrawn for them).
    if (animator.running(chart)) {
      runtime.labelsDeferred = true;
      return;
    }
    runtime.labelsDeferred = false;
    const ctx = chart.ctx;
    const size = tickSize(chart);
    const lineHeight = size + 2;
    ctx.save();
    ctx.font = fontString(size, spec.fontFamily, 600);
    const bars = labelInputs(chart, spec);
    const attempts: ((bar: BarLabelInput) => PlacedLabel | undefined)[] = spec.horizontal
      ? [(bar) => atEnd(ctx, bar, spec), (bar) => above(ctx, bar, chart.chartArea.top, lineHeight, spec)]
      : [(bar) => onTop(ctx, bar, lineHeight, spec)];
    let labelled = false;
    for (const place of attempts) {
      const placed = bars.map(place);
      if (placed.every((label): label is PlacedLabel => !!label)) {
        for (const label of placed) {
          ctx.fillStyle = label.color;
          ctx.textAlign = label.align;
          ctx.textBaseline = 'middle';
          label.lines.forEach((line, i) => ctx.fillText(line, label.x, label.y + i * lineHeight));
        }
        labelled = true;
        break;
      }
    }
    qualifierMarks(chart, spec, labelled);
    ctx.restore();
  },
});

/** Draws the qualifier mark just beyond each qualified point whose value label is not drawn, in the text colour. */
function qualifierMarks(chart: Chart, spec: ChartSpec, labelled: boolean): void {
  const ctx = chart.ctx;
  ctx.fillStyle = spec.colors.text;
  spec.series.forEach((series, datasetIndex) => {
    if (!series.qualified || !chart.isDatasetVisible(datasetIndex)) return;
    chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
      const at = pointIndex(chart, { datasetIndex, index });
      if (!series.qualified?.[at] || (labelled && labelsOf(series)?.(at))) return;
      const { x, y, base } = element.getProps(['x', 'y', 'base'], true);
      if (!finite(x) || !finite(y)) return;
      const bar = element instanceof BarElement;
      // Beyond the end: above a point or a column, after a row; below a negative column, before a negative row.
      const gap = (bar && (spec.horizontal ? x < base : y > base) ? -1 : 1) * (bar ? 3 : 5);
      const across = bar && spec.horizontal;
      const aside = bar && series.ranges?.[at] ? 10 : 0;
      ctx.textAlign = !across ? 'center' : gap > 0 ? 'left' : 'right';
      ctx.textBaseline = across ? 'middle' : gap > 0 ? 'bottom' : 'top';
      ctx.fillText(spec.qualifierMark, across ? x + gap : x + aside, across ? y - aside : y - gap);
    });
  });
}

/** The value labels of a series of bars without ranges. */
const labelsOf = (series: SeriesSpec) => (series.type === 'bar' && !series.ranges?.some(Boolean) ? series.valueLabel : undefined);

/** Every bar that has a value label, with its geometry. */
function labelInputs(chart: Chart, spec: ChartSpec): BarLabelInput[] {
  const labelled = spec.series.filter(labelsOf);
  const slots = Math.max(
    1,
    ...spec.panels.map((_, p) => labelled.filter((series) => series.panel === p || spec.layout === 'dual').length),
  );
  const inputs: BarLabelInput[] = [];
  spec.series.forEach((series, datasetIndex) => {
    const label = labelsOf(series);
    if (!label || !chart.isDatasetVisible(datasetIndex)) return;
    const meta = chart.getDatasetMeta(datasetIndex);
    const area = meta.vScale ?? chart.chartArea;
    const count = Math.max(1, meta.data.length);
    const band = spec.horizontal
      ? (meta.iScale?.height ?? chart.chartArea.height) / count
      : (meta.iScale?.width ?? chart.chartArea.width) / count;
    meta.data.forEach((element, index) => {
      const text = label(index);
      if (!text || !(element instanceof BarElement)) return;
      const { x, y, base, width, height } = element.getProps(['x', 'y', 'base', 'width', 'height'], true);
      if (!finite(x) || !finite(y) || !finite(base)) return;
      const thickness = spec.horizontal ? height : width;
      inputs.push({
        text,
        x,
        y,
        base,
        thickness,
        fill: series.color,
        area,
        free: slots === 1 ? (band - thickness) / 2 : 0,
        room: (band * 0.8) / slots,
      });
    });
  });
  return inputs;
}

const finite = (n: number | null): n is number => Number.isFinite(n);

/** A horizontal bar's label inside its end (when the text contrasts enough with the fill), else just after it. */
function atEnd(ctx: CanvasRenderingContext2D, bar: BarLabelInput, spec: ChartSpec): PlacedLabel | undefined {
  const width = ctx.measureText(bar.text).width;
  const direction = bar.x >= bar.base ? 1 : -1;
  const inside = textInside(ctx, bar.fill, spec.colors);
  if (inside && width + 2 * LABEL_PAD <= Math.abs(bar.x - bar.base)) {
    return {
      lines: [bar.text],
      x: bar.x - direction * LABEL_PAD,
      y: bar.y,
      align: direction > 0 ? 'right' : 'left',
      color: inside,
    };
  }
  const fitsAfter = direction > 0 ? bar.x + LABEL_PAD + width <= bar.area.right : bar.x - LABEL_PAD - width >= bar.area.left;
  if (!fitsAfter) return undefined;
  return {
    lines: [bar.text],
    x: bar.x + direction * LABEL_PAD,
    y: bar.y,
    align: direction > 0 ? 'left' : 'right',
    color: spec.colors.text,
  };
}

/** A horizontal bar's label above the bar, from its base, wrapped to the panel's width. */
function above(
  ctx: CanvasRenderingContext2D,
  bar: BarLabelInput,
  top: number,
  lineHeight: number,
  spec: ChartSpec,
): PlacedLabel | undefined {
  const direction = bar.x >= bar.base ? 1 : -1;
  const room = direction > 0 ? bar.area.right - bar.base : bar.base - bar.area.left;
  const lines = wrapText(ctx, bar.text, room);
  const widest = Math.max(...lines.map((line) => ctx.measureText(line).width));
  const block = lines.length * lineHeight;
  const first = bar.y - bar.thickness / 2 - 3 - block + lineHeight / 2;
  if (widest > room || block + 3 > bar.free || first - lineHeight / 2 < top) return undefined;
  return { lines, x: bar.base, y: first, align: direction > 0 ? 'left' : 'right', color: spec.colors.text };
}

/** A vertical bar's label above its end (wrapped to the room of its slot), else inside the end. */
function onTop(ctx: CanvasRenderingContext2D, bar: BarLabelInput, lineHeight: number, spec: ChartSpec): PlacedLabel | undefined {
  const allowed = Math.max(bar.thickness, bar.room - 4);
  const lines = wrapText(ctx, bar.text, allowed);
  const widest = Math.max(...lines.map((line) => ctx.measureText(line).width));
  if (widest > allowed) return undefined;
  const height = lines.length * lineHeight;
  const direction = bar.y <= bar.base ? 1 : -1;
  // Outside: above a positive bar, below a negative one.
  const first = direction > 0 ? bar.y - LABEL_PAD - height + lineHeight / 2 : bar.y + LABEL_PAD + lineHeight / 2;
  const fitsOutside = direction > 0 ? first - lineHeight / 2 >= bar.area.top : first + height - lineHeight / 2 <= bar.area.bottom;
  if (fitsOutside) return { lines, x: bar.x, y: first, align: 'center', color: spec.colors.text };
  const inside = textInside(ctx, bar.fill, spec.colors);
  if (inside && Math.abs(bar.y - bar.base) >= height + 2 * LABEL_PAD && widest + 4 <= bar.thickness) {
    const y = direction > 0 ? bar.y + LABEL_PAD + lineHeight / 2 : bar.y - LABEL_PAD - height + lineHeight / 2;
    return { lines, x: bar.x, y, align: 'center', color: inside };
  }
  return undefined;
}
