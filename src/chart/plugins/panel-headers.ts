/**
 * Lays the panels out for the chart's current size, before each update and
 * layout: bar thickness, value-tick counts, room above each panel for its
 * header (wrapped to the panel's width) and the spacing of stacked panels.
 * Draws the headers.
 */
import type { Chart } from 'chart.js';
import { categoryLimit, clamp, fontString, tickSize, wrapText } from '../canvas-text.js';
import { maxBarThickness } from '../config/datasets.js';
import { isStacked } from '../config/scales.js';
import type { NwPlugin } from '../config/types.js';
import type { Runtime } from '../runtime.js';
import type { ChartSpec } from '../spec.js';

const HEADER_LINE = 16;
const HEADER_GAP = 10;
const PANEL_GAP_X = 28;
const PANEL_GAP_Y = 14;

export const panelHeaders = (runtime: Runtime): NwPlugin => ({
  id: 'nwPanelHeaders',
  beforeUpdate(chart) {
    for (const dataset of chart.data.datasets) {
      if (dataset.type === 'bar') dataset.maxBarThickness = maxBarThickness(runtime.spec.horizontal, chart.width);
    }
  },
  beforeLayout(chart) {
    const { spec } = runtime;
    const ctx = chart.ctx;
    const size = tickSize(chart) + 1;
    ctx.save();
    ctx.font = fontString(size, spec.fontFamily, 600);
    const n = spec.panels.length;
    const stacked = isStacked(spec);
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
    spec.panels.forEach((panel, index) => {
      let count: number;
      if (!spec.horizontal) count = clamp(Math.floor(panelHeight / 34), 2, 7);
      else {
        // Across: as many ticks as labels as wide as the largest value's fit; when even two do not, the zero goes unlabelled.
        const label = ctx.measureText(panel.formatTick(panel.max)).width;
        runtime.hideZero[index] = 2 * label + 10 > panelWidth;
        // With the end labels aligned inside the axis, the last gap holds half a label more.
        const spacing = stacked ? 1.5 * label + 12 : label + 16;
        count = clamp(Math.floor(panelWidth / spacing) + 1, 2, 8);
      }
      const ticks = chart.options.scales?.[`v${index}`]?.ticks;
      if (ticks) ticks.maxTicksLimit = count;
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
    const stacked = isStacked(spec);
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
function setSpacerWeights(chart: Chart<'bar' | 'line'>, gaps: number[], length: number, panels: number): void {
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const share = Math.min(0.6, total / length);
  const weights = panels / (1 - share);
  gaps.forEach((gap, k) => {
    const spacer = chart.options.scales?.[`gap${k}`];
    if (spacer) spacer.stackWeight = (gap / length) * weights;
  });
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
