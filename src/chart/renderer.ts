/**
 * The chart renderer: the only module that imports chart.js. It registers just
 * the parts the widgets use (bar and line controllers and elements, category
 * and linear scales, decimation) and turns a prepared `ChartSpec`
 * into a Chart.js chart.
 *
 * It is loaded on demand (a chunk of its own, `newsroom-widgets.chart.js` in
 * the script builds) and is self-contained: no lit, no other library module;
 * everything locale-specific arrives as functions inside the spec.
 *
 * Layout of panels: series with different units get value axes of their own,
 * stacked along the index axis with Chart.js stacked scales (`stack`,
 * `stackWeight`): one above the other for vertical charts, side by side for
 * horizontal bars. An invisible spacer axis between two panels keeps them
 * apart, and a small plugin draws each panel's header in the room reserved
 * above it.
 */
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Decimation,
  animator,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
  type Scale,
  type ScriptableScaleContext,
  type ActiveElement,
} from 'chart.js';
import type { ChartCallbacks, ChartHandle, ChartSpec, DateUnit, SeriesSpec } from './spec.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Decimation);

export { Chart };
export type { ChartCallbacks, ChartHandle, ChartSpec } from './spec.js';

const HEADER_LINE = 16;
const HEADER_GAP = 10;
const PANEL_GAP_X = 28;
const PANEL_GAP_Y = 14;
const LABEL_PAD = 5;
/** Above this many points in all, animation is skipped: drawing stays quick. */
const ANIMATION_POINT_LIMIT = 1_000;

/** Per-chart state the plugins read. */
interface Runtime {
  spec: ChartSpec;
  callbacks: ChartCallbacks;
  /** True from a create or update until Chart.js has drawn it. */
  pending: boolean;
  /** The calendar unit of the ticks the date axis shows. */
  dateUnit: DateUnit;
  /** Wrapped header lines per panel, computed before each layout. */
  headers: string[][];
  /** How many ticks each value axis has room for, computed before each layout. */
  valueTicks: number[];
  /** Value axes too narrow to label both ends: their zero tick goes unlabelled. */
  hideZero: boolean[];
  /** True when value labels waited for an animation to end. */
  labelsDeferred: boolean;
  /** The tooltip box beside the canvas. */
  tip: HTMLElement;
  /** Which points the tooltip shows ("dataset:index,…"), so it is only rebuilt when they change. */
  tipKey: string;
}

// ---------------------------------------------------------------------------
// Small helpers

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function fontString(size: number, family: string, weight = 400): string {
  return `${weight} ${size}px ${family}`;
}

function tickSize(chart: Chart): number {
  return chart.width < 420 ? 11 : 12;
}

/** Splits text into lines no wider than `width` (a word longer than that gets a line of its own). */
function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Relative luminance (WCAG) of an opaque colour, read back from the canvas as `#rrggbb`. */
function luminance(ctx: CanvasRenderingContext2D, color: string): number {
  ctx.fillStyle = color;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(String(ctx.fillStyle).slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The theme colour (text or surface) that reads best on a bar of colour `fill`,
 * when it contrasts enough for small text inside the bar (WCAG AA, 4.5:1).
 */
function textInside(ctx: CanvasRenderingContext2D, fill: string, spec: ChartSpec): string | undefined {
  const l = luminance(ctx, fill);
  const [best] = [spec.colors.text, spec.colors.surface]
    .map((color): [string, number] => {
      const m = luminance(ctx, color);
      return [color, (Math.max(l, m) + 0.05) / (Math.min(l, m) + 0.05)];
    })
    .sort((a, b) => b[1] - a[1]);
  return best![1] >= 4.5 ? best![0] : undefined;
}

function pointCount(spec: ChartSpec): number {
  return spec.series.reduce((sum, series) => sum + series.values.length, 0);
}

// ---------------------------------------------------------------------------
// Date ticks on a linear axis over timestamps (no date library)

const HOUR = 3_600_000;
const DAY = 86_400_000;
const STEPS: [DateUnit, number, number][] = [
  ['hour', 1, HOUR],
  ['hour', 3, 3 * HOUR],
  ['hour', 6, 6 * HOUR],
  ['hour', 12, 12 * HOUR],
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['day', 7, 7 * DAY],
  ['day', 14, 14 * DAY],
  ['month', 1, 30.44 * DAY],
  ['month', 2, 60.9 * DAY],
  ['month', 3, 91.3 * DAY],
  ['month', 6, 182.6 * DAY],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n): [DateUnit, number, number] => ['year', n, n * 365.25 * DAY]),
];

/**
 * Tick timestamps on calendar boundaries between `min` and `max`: the finest
 * step that gives at most `maxTicks` of them, or a finer one when that step
 * would leave a single tick.
 */
function dateTicks(min: number, max: number, utc: boolean, maxTicks: number): { ticks: number[]; unit: DateUnit } {
  const span = Math.max(max - min, 1);
  const steps = STEPS.filter(([unit]) => !(utc && unit === 'hour'));
  let index = steps.findIndex(([, , duration]) => span / duration + 1 <= Math.max(2, maxTicks));
  if (index < 0) index = steps.length - 1;
  let ticks = boundaryTicks(min, max, utc, steps[index]![0], steps[index]![1]);
  if (ticks.length < 2 && index > 0) {
    index -= 1;
    ticks = boundaryTicks(min, max, utc, steps[index]![0], steps[index]![1]);
  }
  return { ticks, unit: steps[index]![0] };
}

/** Every boundary of `step` × `unit` between `min` and `max`, aligned to the calendar. */
function boundaryTicks(min: number, max: number, utc: boolean, unit: DateUnit, step: number): number[] {
  const date = new Date(min);
  // Hours are always local: a date-only axis (UTC) never steps by hours.
  const zone = utc ? 'UTC' : '';
  const field = ({ hour: 'Hours', day: 'Date', month: 'Month', year: 'FullYear' } as const)[unit];
  const get = (name: typeof field) => date[`get${zone}${name}`]();
  const add = (n: number) => date[`set${zone}${field}`](get(field) + n);
  // Back to the start of the unit…
  date[`set${zone}Hours`](unit === 'hour' ? get('Hours') : 0, 0, 0, 0);
  if (unit === 'month' || unit === 'year') date[`set${zone}Date`](1);
  if (unit === 'year') date[`set${zone}Month`](0);
  // …then on to the first boundary at or after `min` that is a multiple of `step`.
  const position = () =>
    unit === 'day'
      ? Math.round((date.getTime() - (utc ? 0 : date.getTimezoneOffset() * 60_000)) / DAY)
      : unit === 'month'
        ? get('FullYear') * 12 + get('Month')
        : get(field);
  for (let guard = 0; (date.getTime() < min || position() % step) && guard < 1000; guard++) add(1);
  const ticks: number[] = [];
  for (let guard = 0; date.getTime() <= max && guard < 500; guard++, add(step)) ticks.push(date.getTime());
  return ticks;
}

// ---------------------------------------------------------------------------
// Plugins (inline: they touch only the charts this module makes)

/** Reserves room for panel headers and spaces panels apart; draws the headers. */
const panelHeaders = (runtime: Runtime): Plugin => ({
  id: 'nwPanelHeaders',
  beforeLayout(chart) {
    const { spec } = runtime;
    const ctx = chart.ctx;
    const size = tickSize(chart) + 1;
    ctx.save();
    ctx.font = fontString(size, spec.fontFamily, 600);
    const n = spec.panels.length;
    const stacked = spec.layout === 'panels' && n > 1;
    const width = chart.width;
    let panelWidth: number;
    if (spec.horizontal && stacked) {
      // Side by side: each panel gets a share of what the category labels leave.
      // The right padding (14) is not the panels' either; a header wider than its panel would be clipped.
      const reserve = categoryReserve(chart, spec) + 8 + 14;
      panelWidth = Math.max(40, (width - reserve - PANEL_GAP_X * (n - 1)) / n - 4);
    } else if (spec.layout === 'dual' && n > 1) {
      panelWidth = Math.max(60, width / 2 - 12);
    } else {
      panelWidth = Math.max(60, width - 16);
    }
    runtime.headers = spec.panels.map((panel) => (panel.title ? wrapText(ctx, panel.title, panelWidth) : []));
    const panelHeight = stacked && !spec.horizontal ? (chart.height - 40) / n - HEADER_LINE - PANEL_GAP_Y : chart.height - 40;
    ctx.font = fontString(tickSize(chart), spec.fontFamily);
    runtime.valueTicks = spec.panels.map((panel, index) => {
      if (!spec.horizontal) return clamp(Math.floor(panelHeight / 34), 2, 7);
      // Across: as many ticks as labels as wide as the largest value's fit; when even two do not, the zero goes unlabelled.
      const label = ctx.measureText(panel.formatTick(panel.max)).width;
      runtime.hideZero[index] = 2 * label + 10 > panelWidth;
      // With the end labels aligned inside the axis, the last gap holds half a label more.
      const spacing = stacked ? 1.5 * label + 12 : label + 16;
      return clamp(Math.floor(panelWidth / spacing) + 1, 2, 8);
    });
    ctx.restore();
    const lines = (index: number) => runtime.headers[index]?.length ?? 0;
    // On a vertical value axis the top tick label reaches half a line above the axis: headers clear it.
    const overhang = spec.horizontal ? 0 : tickOverhang(chart);
    const room = (count: number) => (count ? count * HEADER_LINE + HEADER_GAP + overhang : 0);

    let top: number;
    if (stacked && !spec.horizontal) {
      top = room(lines(0));
      // Spacer k sits between panel k and k + 1 and holds panel k + 1's header.
      const gaps = spec.panels.slice(1).map((_, k) => room(lines(k + 1)) + PANEL_GAP_Y);
      const area = Math.max(60, chart.height - top - 32);
      setSpacerWeights(chart, gaps, area, n);
    } else {
      top = Math.max(0, ...spec.panels.map((_, index) => room(lines(index))));
      if (stacked)
        setSpacerWeights(
          chart,
          spec.panels.slice(1).map(() => PANEL_GAP_X),
          Math.max(80, panelWidth * n),
          n,
        );
    }
    const layout = chart.options.layout;
    if (layout) layout.padding = { top: top + 4, right: spec.horizontal ? 14 : 8, bottom: 0, left: 0 };
  },
  afterDraw(chart) {
    const { spec } = runtime;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = fontString(tickSize(chart) + 1, spec.fontFamily, 600);
    ctx.fillStyle = spec.colors.text;
    ctx.textBaseline = 'bottom';
    const stacked = spec.layout === 'panels' && spec.panels.length > 1;
    spec.panels.forEach((_, index) => {
      const lines = runtime.headers[index] ?? [];
      const scale = chart.scales[`v${index}`];
      if (!lines.length || !scale) return;
      let x: number;
      let bottom: number;
      ctx.textAlign = 'left';
      const overhang = spec.horizontal ? 0 : tickOverhang(chart);
      if (stacked && !spec.horizontal) {
        x = Math.min(chart.chartArea.left, scale.left);
        bottom = scale.top - HEADER_GAP / 2 - overhang;
      } else if (stacked) {
        x = scale.left;
        bottom = chart.chartArea.top - HEADER_GAP / 2;
      } else if (spec.layout === 'dual' && index === 1) {
        ctx.textAlign = 'right';
        x = spec.horizontal ? chart.chartArea.right : scale.right;
        bottom = (spec.horizontal ? scale.top : chart.chartArea.top) - HEADER_GAP / 2 - overhang;
      } else {
        x = spec.horizontal ? chart.chartArea.left : Math.min(chart.chartArea.left, scale.left);
        bottom = chart.chartArea.top - HEADER_GAP / 2 - overhang;
        if (spec.horizontal && spec.layout === 'dual')
          bottom = Math.min(bottom, (chart.scales.v1?.top ?? bottom + HEADER_GAP / 2) - HEADER_GAP / 2);
      }
      lines.forEach((line, i) => ctx.fillText(line, x, bottom - (lines.length - 1 - i) * HEADER_LINE));
    });
    ctx.restore();
  },
});

/** How far the top tick label of a vertical value axis reaches above the axis. */
function tickOverhang(chart: Chart): number {
  return Math.ceil(tickSize(chart) * 0.6) + 2;
}

/** Sets the spacer axes' stack weights so that each spacer is about `gaps[k]` pixels. */
function setSpacerWeights(chart: Chart, gaps: number[], length: number, panels: number): void {
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const share = Math.min(0.6, total / length);
  const weights = panels / (1 - share);
  gaps.forEach((gap, k) => {
    const spacer = chart.scales[`gap${k}`];
    if (spacer) (spacer.options as { stackWeight?: number }).stackWeight = (gap / length) * weights;
  });
}

/** How wide the wrapped category labels of a horizontal chart may be. */
function categoryLimit(chart: Chart): number {
  return clamp(chart.width * 0.28, 64, 240);
}

/** About how much width the category labels of a horizontal chart take. */
function categoryReserve(chart: Chart, spec: ChartSpec): number {
  if (spec.index.kind !== 'category') return 60;
  const ctx = chart.ctx;
  ctx.save();
  ctx.font = fontString(tickSize(chart), spec.fontFamily);
  const limit = categoryLimit(chart);
  const widest = Math.max(
    0,
    ...spec.index.labels.map((label) =>
      Math.min(limit, ...wrapText(ctx, label, limit).map((line) => ctx.measureText(line).width)),
    ),
  );
  ctx.restore();
  return Math.min(limit, widest) + 10;
}

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

/**
 * Writes each bar's value (qualifier included) at the bar: for horizontal bars
 * inside the end (when the text contrasts enough) or after it, else, for every
 * bar alike, above it; for vertical bars above the end, else inside it. All or
 * nothing: when one label finds no room, none is drawn (the tooltip and the
 * table still say it), so a reader never meets some bars with their figure
 * and some without.
 */
const valueLabels = (runtime: Runtime): Plugin => ({
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
    for (const place of attempts) {
      const placed = bars.map(place);
      if (placed.every((label): label is PlacedLabel => !!label)) {
        for (const label of placed) {
          ctx.fillStyle = label.color;
          ctx.textAlign = label.align;
          ctx.textBaseline = 'middle';
          label.lines.forEach((line, i) => ctx.fillText(line, label.x, label.y + i * lineHeight));
        }
        break;
      }
    }
    ctx.restore();
  },
});

/** Every bar that has a value label, with its geometry. */
function labelInputs(chart: Chart, spec: ChartSpec): BarLabelInput[] {
  const labelled = spec.series.filter((series) => series.type === 'bar' && series.valueLabel);
  const slots = Math.max(
    1,
    ...spec.panels.map((_, p) => labelled.filter((series) => series.panel === p || spec.layout === 'dual').length),
  );
  const inputs: BarLabelInput[] = [];
  spec.series.forEach((series, datasetIndex) => {
    if (series.type !== 'bar' || !series.valueLabel || !chart.isDatasetVisible(datasetIndex)) return;
    const meta = chart.getDatasetMeta(datasetIndex);
    const area = meta.vScale ?? chart.chartArea;
    const count = Math.max(1, meta.data.length);
    const band = spec.horizontal
      ? (meta.iScale?.height ?? chart.chartArea.height) / count
      : (meta.iScale?.width ?? chart.chartArea.width) / count;
    meta.data.forEach((element, index) => {
      const text = series.valueLabel?.(index);
      if (!text) return;
      const { x, y, base, width, height } = element.getProps(['x', 'y', 'base', 'width', 'height'], true) as Record<
        string,
        number
      >;
      if (![x, y, base].every(Number.isFinite)) return;
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

/** A horizontal bar's label inside its end (when the text contrasts enough with the fill), else just after it. */
function atEnd(ctx: CanvasRenderingContext2D, bar: BarLabelInput, spec: ChartSpec): PlacedLabel | undefined {
  const width = ctx.measureText(bar.text).width;
  const direction = bar.x >= bar.base ? 1 : -1;
  const inside = textInside(ctx, bar.fill, spec);
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
  const inside = textInside(ctx, bar.fill, spec);
  if (inside && Math.abs(bar.y - bar.base) >= height + 2 * LABEL_PAD && widest + 4 <= bar.thickness) {
    const y = direction > 0 ? bar.y + LABEL_PAD + lineHeight / 2 : bar.y - LABEL_PAD - height + lineHeight / 2;
    return { lines, x: bar.x, y, align: 'center', color: inside };
  }
  return undefined;
}

/** Tells the element when a create or update has been drawn on a canvas with a size. */
const renderedNotice = (runtime: Runtime): Plugin => ({
  id: 'nwRendered',
  afterRender(chart) {
    if (runtime.labelsDeferred && !animator.running(chart)) chart.draw();
    if (!runtime.pending || chart.width <= 0 || chart.height <= 0) return;
    runtime.pending = false;
    runtime.callbacks.onRendered();
  },
});

/** A drawn point's index in its series (decimation drops points, so the data carries it as `i`). */
function pointIndex(chart: Chart, item: ActiveElement): number {
  const raw = chart.data.datasets[item.datasetIndex]?.data[item.index] as { i?: unknown } | null | undefined;
  return typeof raw === 'object' && raw && typeof raw.i === 'number' ? raw.i : item.index;
}

/**
 * Where the tooltip goes: never over the hovered bars or points, and within the
 * chart's width. Rows of bars get it above their row, else below it (it may then
 * hang below the chart); columns and points get it beside them, else above them.
 */
function tipPlace(
  chart: Chart,
  horizontal: boolean,
  items: readonly ActiveElement[],
  pointerX: number | null,
  width: number,
  height: number,
): [number, number] {
  const gap = 8;
  const marks = items.map(({ element }) => element as unknown as { x: number; y: number; width?: number; height?: number });
  const inside = (left: number) => Math.max(0, Math.min(left, chart.width - width));
  if (horizontal) {
    const above = Math.min(...marks.map((m) => m.y - (m.height ?? 0) / 2)) - gap - height;
    const below = Math.max(...marks.map((m) => m.y + (m.height ?? 0) / 2)) + gap;
    return [inside((pointerX ?? marks[0]!.x) - width / 2), above >= 0 ? above : below];
  }
  const right = Math.max(...marks.map((m) => m.x + (m.width ?? 0) / 2)) + gap;
  const left = Math.min(...marks.map((m) => m.x - (m.width ?? 0) / 2)) - gap - width;
  const highest = Math.min(...marks.map((m) => m.y));
  const beside = Math.max(0, Math.min(highest - height / 2, chart.height - height));
  if (right + width <= chart.width) return [right, beside];
  if (left >= 0) return [left, beside];
  const above = highest - gap - height;
  return [inside(marks[0]!.x - width / 2), above >= 0 ? above : chart.height + gap];
}

/**
 * The tooltip: an HTML box over the canvas, filled with text nodes only and
 * styled by the widget's CSS (`.tip`). Hidden from screen readers, which have
 * the data table. It shows the hovered category (or nearest point) with each
 * series' value and the points' notes.
 */
const hoverTip = (runtime: Runtime): Plugin => ({
  id: 'nwTip',
  afterEvent(chart, { event }) {
    const { tip, spec } = runtime;
    // The points Chart.js found under the pointer with the chart's `interaction` options.
    const items = event.type === 'mouseout' ? [] : chart.getActiveElements();
    const key = items.map((item) => `${item.datasetIndex}:${item.index}`).join();
    if (key === runtime.tipKey) return;
    runtime.tipKey = key;
    if (!items.length) {
      tip.hidden = true;
      return;
    }
    const line = (tag: string, text: string) => Object.assign(tip.ownerDocument.createElement(tag), { textContent: text });
    const rows = items.map((item) => {
      const row = line('span', spec.tooltip.label(item.datasetIndex, pointIndex(chart, item)));
      row.dataset.series = String(item.datasetIndex);
      if (items.length > 1) {
        // A swatch of the series colour (set through the CSSOM: a strict CSP allows it).
        const swatch = line('i', '');
        swatch.style.background = spec.series[item.datasetIndex]?.color ?? '';
        row.prepend(swatch);
      }
      return row;
    });
    const notes = items.flatMap((item) => spec.tooltip.note(item.datasetIndex, pointIndex(chart, item)) ?? []);
    tip.replaceChildren(
      line('b', spec.tooltip.title(items[0]!.datasetIndex, pointIndex(chart, items[0]!))),
      ...rows,
      ...notes.map((note) => line('em', note)),
    );
    tip.hidden = false;
    const [left, top] = tipPlace(chart, spec.horizontal, items, event.x, tip.offsetWidth, tip.offsetHeight);
    tip.style.translate = `${left}px ${top}px`;
  },
});

// ---------------------------------------------------------------------------
// Spec → Chart.js configuration

type AnyScaleOptions = Record<string, unknown>;

function structureKey(spec: ChartSpec): string {
  return [
    spec.type,
    spec.horizontal,
    spec.layout,
    spec.index.kind,
    spec.panels.length,
    spec.series.map((s) => `${s.type}${s.panel}`).join(','),
  ].join('|');
}

function scalesFor(spec: ChartSpec, runtime: Runtime): Record<string, AnyScaleOptions> {
  const { colors } = spec;
  const indexAxis = spec.horizontal ? 'y' : 'x';
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const stacked = spec.layout === 'panels' && spec.panels.length > 1;
  const hasBars = spec.series.some((s) => s.type === 'bar');
  const font = (ctx: ScriptableScaleContext) => ({ family: spec.fontFamily, size: tickSize(ctx.chart as Chart) });
  const scales: Record<string, AnyScaleOptions> = {};

  // One index axis. With stacked panels its `stacked` option makes bars group by slot name: the k-th
  // bar series of every panel shares slot k, so bars group within a panel and line up across panels.
  const common: AnyScaleOptions = {
    axis: indexAxis,
    position: spec.horizontal ? 'left' : 'bottom',
    stacked: stacked || undefined,
    grid: { display: false },
    border: { display: !hasBars, color: colors.grid },
    title: { display: !!spec.index.title, text: spec.index.title ?? '', color: colors.muted, font },
  };
  if (spec.index.kind === 'category') {
    scales.i0 = {
      ...common,
      type: 'category',
      offset: hasBars,
      ticks: {
        color: colors.muted,
        font,
        autoSkip: true,
        autoSkipPadding: 8,
        sampleSize: 200,
        callback(this: Scale, value: number | string): string | string[] {
          const label = this.getLabelForValue(Number(value));
          const chart = this.chart as Chart;
          const labels = spec.index.kind === 'category' ? spec.index.labels.length : 0;
          const limit = spec.horizontal
            ? categoryLimit(chart)
            : labels && labels <= 12
              ? (chart.chartArea?.width || chart.width) / labels - 8
              : 0;
          if (limit < 40) return label;
          const ctx = chart.ctx;
          ctx.save();
          ctx.font = fontString(tickSize(chart), spec.fontFamily);
          const lines = wrapText(ctx, label, limit);
          ctx.restore();
          return lines.length > 1 ? lines : label;
        },
      },
    };
  } else {
    const index = spec.index;
    const span = index.max - index.min;
    scales.i0 = {
      ...common,
      type: 'linear',
      min: span > 0 ? index.min : index.min - DAY,
      max: span > 0 ? index.max : index.max + DAY,
      bounds: 'data',
      afterBuildTicks(scale: Scale) {
        const length = scale.isHorizontal() ? scale.width : scale.height;
        const { ticks, unit } = dateTicks(scale.min, scale.max, index.utc, Math.floor(length / (scale.isHorizontal() ? 90 : 40)));
        runtime.dateUnit = unit;
        scale.ticks = ticks.map((value) => ({ value }));
      },
      ticks: {
        color: colors.muted,
        font,
        maxRotation: 0,
        autoSkip: true,
        autoSkipPadding: 12,
        callback: (value: number | string) => index.formatTick(Number(value), runtime.dateUnit),
      },
    };
  }

  const gridColor = (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 && hasBars ? colors.muted : colors.grid);
  const valueScale = (index: number): AnyScaleOptions => {
    const panel = spec.panels[index]!;
    const secondary = spec.layout === 'dual' && index === 1;
    return {
      type: 'linear',
      axis: valueAxis,
      position: spec.horizontal ? (secondary ? 'top' : 'bottom') : secondary ? 'right' : 'left',
      beginAtZero: hasBars,
      // Room above the tallest bar for its value label.
      grace: hasBars && !spec.horizontal && spec.series.some((s) => s.valueLabel) ? '12%' : 0,
      stacked: false,
      ...(stacked ? { stack: 'panels', stackWeight: 1 } : {}),
      grid: { color: gridColor, drawTicks: false, drawOnChartArea: !secondary },
      border: { display: false },
      ticks: {
        color: colors.muted,
        font,
        padding: 6,
        autoSkip: !spec.horizontal,
        autoSkipPadding: 10,
        maxRotation: 0,
        align: spec.horizontal && stacked ? 'inner' : 'center',
        maxTicksLimit: () => runtime.valueTicks[index] ?? 6,
        callback: (value: number | string) =>
          Number(value) === 0 && runtime.hideZero[index] ? '' : panel.formatTick(Number(value)),
      },
    };
  };
  // Left stacks are laid out last-first, bottom stacks first-first: order keys so panel 0 comes first on screen.
  const order = spec.panels.map((_, i) => i);
  const keys: string[] = [];
  order.forEach((i) => {
    if (i > 0 && stacked) keys.push(`gap${i - 1}`);
    keys.push(`v${i}`);
  });
  if (stacked && !spec.horizontal) keys.reverse();
  for (const key of keys) {
    if (key.startsWith('v')) scales[key] = valueScale(Number(key.slice(1)));
    else
      scales[key] = {
        type: 'linear',
        axis: valueAxis,
        position: spec.horizontal ? 'bottom' : 'left',
        display: false,
        stack: 'panels',
        stackWeight: 0.1,
      };
  }
  return scales;
}

function datasetFor(spec: ChartSpec, series: SeriesSpec, index: number): ChartDataset {
  const stacked = spec.layout === 'panels' && spec.panels.length > 1;
  const valueId = `v${series.panel}`;
  const axes = spec.horizontal ? { yAxisID: 'i0', xAxisID: valueId } : { xAxisID: 'i0', yAxisID: valueId };
  // The slot of a bar within its category: its rank among the panel's bar series.
  const slot = spec.series.slice(0, index).filter((other) => other.panel === series.panel && other.type === series.type).length;
  const stack = stacked ? { stack: `s${slot}` } : {};
  // The renderer's own copy, with each point's original index for tooltips (decimation drops points).
  const data =
    spec.index.kind === 'time'
      ? (series.values as { x: number; y: number | null }[]).map((point, i) => ({ x: point.x, y: point.y, i }))
      : (series.values as (number | null)[]).slice();
  if (series.type === 'bar') {
    return {
      type: 'bar',
      label: series.label,
      data: data as number[],
      ...axes,
      ...stack,
      order: index + 100,
      backgroundColor: series.color,
      hoverBackgroundColor: series.color,
      borderWidth: 0,
      // Horizontal bars stay slim (thinner still in a narrow chart), leaving room for value labels above them.
      maxBarThickness: (ctx: { chart: Chart }) => (!spec.horizontal ? 44 : ctx.chart.width < 420 ? 22 : 28),
      categoryPercentage: 0.8,
      barPercentage: 0.9,
    } as unknown as ChartDataset;
  }
  const count = series.values.length;
  return {
    type: 'line',
    label: series.label,
    data: data as number[],
    ...axes,
    order: index,
    borderColor: series.color,
    backgroundColor: series.color,
    borderWidth: 2,
    pointRadius: count <= 30 ? 3 : 0,
    pointHoverRadius: 5,
    pointHitRadius: 6,
    tension: 0,
    spanGaps: false,
  } as ChartDataset;
}

function configFor(spec: ChartSpec, runtime: Runtime): ChartConfiguration {
  const animate = spec.animate && pointCount(spec) <= ANIMATION_POINT_LIMIT;
  const time = spec.index.kind === 'time';
  const lineOnly = spec.series.every((s) => s.type === 'line');
  return {
    type: spec.type,
    data: {
      labels: spec.index.kind === 'category' ? spec.index.labels.slice() : [],
      datasets: spec.series.map((series, index) => datasetFor(spec, series, index)),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 450 } : false,
      // Hover colours change at once: an animation would hide the value labels until it ends.
      transitions: { active: { animation: { duration: 0 } } },
      indexAxis: spec.horizontal ? 'y' : 'x',
      parsing: time ? false : undefined,
      normalized: time,
      color: spec.colors.muted,
      layout: { padding: { top: 4, right: 8, bottom: 0, left: 0 } },
      // Hovering finds the whole category, or the nearest point on a date axis.
      interaction: { mode: time ? 'nearest' : 'index', intersect: false, axis: spec.horizontal ? 'y' : 'x' },
      scales: scalesFor(spec, runtime),
      plugins: {
        decimation: { enabled: time && lineOnly && !spec.horizontal, algorithm: 'min-max' },
      },
    },
    plugins: [panelHeaders(runtime), valueLabels(runtime), renderedNotice(runtime), hoverTip(runtime)],
  } as ChartConfiguration;
}

// ---------------------------------------------------------------------------
// The adapter

/** Draws `spec` on `canvas`; the canvas must sit alone in a `position: relative` box that has a size. */
export function createChart(canvas: HTMLCanvasElement, first: ChartSpec, callbacks: ChartCallbacks): ChartHandle {
  let chart: Chart | undefined;
  const tip = Object.assign(canvas.ownerDocument.createElement('div'), { className: 'tip', hidden: true });
  tip.setAttribute('aria-hidden', 'true');
  canvas.after(tip);
  let runtime: Runtime;
  let key = '';
  let unwatchPixelRatio: (() => void) | undefined;

  const create = (spec: ChartSpec) => {
    Chart.getChart(canvas)?.destroy();
    runtime = {
      spec,
      callbacks,
      pending: true,
      dateUnit: 'day',
      headers: [],
      valueTicks: [],
      hideZero: [],
      labelsDeferred: false,
      tip,
      tipKey: '',
    };
    chart = new Chart(canvas, configFor(spec, runtime));
    key = structureKey(spec);
    watchPixelRatio();
  };

  /**
   * Chart.js resolves its device pixel ratio once per update, so after the page
   * moves to a screen with another ratio (or zooms) its own resize keeps the old
   * one: on a window resize or a change of resolution, re-resolve the options
   * when the ratio changed, then resize.
   */
  const watchPixelRatio = () => {
    unwatchPixelRatio?.();
    const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    const check = () => {
      if (!chart || chart.currentDevicePixelRatio === window.devicePixelRatio) return;
      chart.update('none');
      chart.resize();
      watchPixelRatio();
    };
    query.addEventListener('change', check);
    addEventListener('resize', check);
    unwatchPixelRatio = () => {
      query.removeEventListener('change', check);
      removeEventListener('resize', check);
    };
  };

  const destroy = () => {
    unwatchPixelRatio?.();
    unwatchPixelRatio = undefined;
    chart?.destroy();
    chart = undefined;
  };
  const remove = () => {
    destroy();
    tip.remove();
  };

  create(first);
  return {
    canvas,
    update(spec) {
      if (!chart) return;
      if (structureKey(spec) !== key) {
        destroy();
        create(spec);
        return;
      }
      runtime.spec = spec;
      runtime.pending = true;
      tip.hidden = true;
      runtime.tipKey = '';
      const config = configFor(spec, runtime);
      chart.options = config.options ?? {};
      chart.data = config.data;
      chart.update(config.options?.animation === false ? 'none' : undefined);
    },
    resize: () => chart?.resize(),
    destroy: remove,
  };
}
