import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { directive, Directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';
import { defineElement } from '../../internal/define.js';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import { resolveSources, sourceList } from '../../internal/sources.js';
import { WidgetError } from '../../payload/errors.js';
import type { Chart, Payload, Point, Series } from '../../payload/schema.js';
import { formatDate, formatNumber, formatValue, parseIsoDate } from '../../format/figures.js';
import { dateFormat } from '../../format/intl-cache.js';
import { capitalize } from '../../format/figures.js';
import { fill, formattingByHand, type UiStrings } from '../../format/strings.js';
import type { ChartColors, ChartHandle, ChartSpec, DateUnit } from '../../chart/spec.js';
import sharedStyles from '../../internal/shared.styles.js';
import { loadRenderer, type RendererModule } from './load-renderer.js';
import styles from './chart.styles.js';

/** How many series colours the theme defines (`--nw-series-1` …). */
const PALETTE_SIZE = 6;
/** A series with at most this many points is listed point by point in the generated summary. */
const SUMMARY_POINTS = 12;
/** How far below the viewport a chart starts loading. */
const ROOT_MARGIN = '600px 0px';

/** One series as the element prepares it. */
interface ModelSeries {
  source: Series;
  /** "People detained (people)". */
  header: string;
  type: 'bar' | 'line';
  panel: number;
  /** An own hex colour, or undefined for the palette. */
  color: string | undefined;
  paletteIndex: number;
  /** The point for each row (category mode: per category; time mode: own sorted points). */
  points: (Point | undefined)[];
}

/** Everything derived from the payload for one chart, computed once per input. */
interface Model {
  chart: Chart;
  type: 'bar' | 'line';
  horizontal: boolean;
  layout: 'panels' | 'dual';
  time: boolean;
  utc: boolean;
  /** Row keys (the raw x values) and their labels, in order. */
  rows: { x: string; label: string }[];
  series: ModelSeries[];
  panels: { title: string; currency: string | undefined; compact: boolean }[];
  legend: boolean;
  alt: string;
  csv: string;
  fileName: string;
  /** For horizontal bars: bars per category, for sizing the box. */
  barsPerRow: number;
}

/** The payload's text for a series header: label, and unit when it has one. */
function seriesHeader(series: Series): string {
  return series.unit ? `${series.label} (${series.unit})` : series.label;
}

function unitKey(series: Series): string {
  return `${series.unit ?? ''}\u0000${series.currency ?? ''}`;
}

/** Parses `16/9`, `16:9`, `16 / 9` or `1.78`; undefined when it is none of these. */
function parseAspectRatio(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?)\s*)?$/.exec(value);
  if (!match) return undefined;
  const ratio = Number(match[1]) / (match[2] === undefined ? 1 : Number(match[2]));
  return Number.isFinite(ratio) && ratio > 0.1 && ratio < 20 ? ratio : undefined;
}

/** Quotes a CSV field when it needs it; text that a spreadsheet would run as a formula gets a leading apostrophe. */
function csvField(value: string | number | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let field = String(value);
  if (text && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

// One IntersectionObserver for every chart on the page.
let nearObserver: IntersectionObserver | undefined;
const nearCallbacks = new Map<Element, () => void>();

function whenNearViewport(target: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') {
    callback();
    return;
  }
  nearObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const run = nearCallbacks.get(entry.target);
        stopWatching(entry.target);
        run?.();
      }
    },
    { rootMargin: ROOT_MARGIN },
  );
  nearCallbacks.set(target, callback);
  nearObserver.observe(target);
}

function stopWatching(target: Element): void {
  if (!nearCallbacks.delete(target)) return;
  nearObserver?.unobserve(target);
}

/**
 * Sets CSS custom properties through the CSSOM on every render. Lit's
 * `styleMap` writes a `style` attribute on the first render, which a strict
 * CSP (`style-src` without 'unsafe-inline') blocks; this never does.
 */
class CssPropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssProperties belongs in a style attribute');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.applied) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.applied = new Set(Object.keys(properties));
    return noChange;
  }
}
const cssProperties = directive(CssPropertiesDirective);

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * One chart of a payload, drawn with Chart.js, with its title, description,
 * notes and source around it, a data table for everyone (visually hidden until
 * "Show data") and a CSV download.
 *
 * Series whose units differ are never forced onto one axis: with `layout`
 * `auto` (default) each unit gets a panel of its own, the panels sharing the
 * x axis (side by side for horizontal bars); `panels` gives every series a
 * panel; `shared` draws two units on two value axes of one panel (more than two
 * units fall back to panels).
 *
 * Chart.js loads only when the element comes near the viewport (600px ahead);
 * the chart's box is sized before that, so nothing shifts when it draws. The
 * box follows `aspect-ratio` (default 16/9, at most 4/3 in narrow containers);
 * horizontal bar charts without an `aspect-ratio` attribute are as tall as
 * their bars need.
 *
 * The CSV has a header row (the category, then one column per series: label
 * and unit), values as raw numbers, and, for a series with qualifiers or notes,
 * a column after its values holding the qualifier code of the payload
 * (`more-than`, `about`, …) and one holding the notes. It starts with a UTF-8
 * byte order mark so spreadsheets read Cyrillic correctly; rows end in CRLF.
 *
 * @tagname nw-chart
 * @summary A chart (bar or line, vertical or horizontal, category or date x) with a data table and CSV download.
 *
 * @event nw-load - The payload is loaded and valid. `detail: { payload }`.
 * @event nw-render - Chart.js has drawn the chart (after its animation), on first draw and after each update.
 * @event nw-error - Something went wrong. `detail: { code, message, path?, status? }`.
 *
 * @slot - Fallback content: shown before the script runs and when data cannot be had.
 *
 * @csspart frame - The themed wrapper of the whole widget.
 * @csspart figure - The chart with everything around it.
 * @csspart title - The chart's title.
 * @csspart description - The chart's description.
 * @csspart legend - The list of series with their colours (when a panel holds more than one series).
 * @csspart chart - The box the canvas sits in.
 * @csspart actions - The row with "Show data" and "Download CSV".
 * @csspart toggle - The "Show data" button.
 * @csspart download - The "Download CSV" link.
 * @csspart table - The data table's scroll box.
 * @csspart notes - The chart's notes.
 * @csspart source - The source line.
 * @csspart unavailable - The neutral "Data unavailable" line.
 * @csspart debug - The panel listing every problem, with `debug`.
 *
 * @cssprop --nw-series-1 - Colour of the first series (and so on to `--nw-series-6`); a series' own `color` wins.
 * @cssprop --nw-color-text - Text, panel headers, value labels.
 * @cssprop --nw-color-muted - Tick labels, description, notes, source.
 * @cssprop --nw-color-border - Grid lines and the table's rules.
 * @cssprop --nw-color-surface - Background.
 * @cssprop --nw-color-accent - Links and buttons.
 * @cssprop --nw-font-family - Font of the widget, canvas included.
 */
export class ChartElement extends WidgetElement {
  static override styles = [sharedStyles, styles];

  /** Id of the payload chart to show; default the first. */
  @property() chart: string | undefined;

  /** `bar` or `line`: overrides the payload's chart type (every series is drawn this way). */
  @property() type: 'bar' | 'line' | undefined;

  /** `vertical` or `horizontal`: overrides the payload's orientation. */
  @property() orientation: 'vertical' | 'horizontal' | undefined;

  /** Width to height of the chart's box, e.g. `16/9` (default) or `2`. */
  @property({ attribute: 'aspect-ratio' }) aspectRatio: string | undefined;

  /** Shows the data table from the start. */
  @property({ type: Boolean, attribute: 'show-table', reflect: true }) showTable = false;

  /** Hides the "Download CSV" link. */
  @property({ type: Boolean, attribute: 'no-download', reflect: true }) noDownload = false;

  /** Level of the title's heading (1–6); default 3. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private tableOpen = false;

  private model: Model | undefined;
  private modelInputs: unknown[] = [];
  private loadError: WidgetError | undefined;
  private renderer: RendererModule | undefined;
  private handle: ChartHandle | undefined;
  private near = false;
  private watched: Element | undefined;
  private specKey: unknown[] = [];
  private drawPending = false;
  private waiters: (() => void)[] = [];
  private csvUrl: string | undefined;
  private csvText: string | undefined;
  private motionQuery: MediaQueryList | undefined;

  private readonly onMotionChange = () => this.requestUpdate();
  private readonly onBeforePrint = () => {
    if (this.handle) this.handle.resize();
    else this.renderRoot.querySelector('.chart')?.classList.add('no-canvas');
  };
  private readonly onAfterPrint = () => {
    this.renderRoot.querySelector('.chart')?.classList.remove('no-canvas');
    this.handle?.resize();
  };

  /**
   * Settles once the current data is drawn: resolves after Chart.js has drawn it
   * (when `nw-render` fires), or at once when the widget shows an error. A chart
   * far below the viewport draws only when it comes near.
   */
  get rendered(): Promise<void> {
    return this.updateComplete.then(() => this.settled());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof window !== 'undefined') {
      window.addEventListener('beforeprint', this.onBeforePrint);
      window.addEventListener('afterprint', this.onAfterPrint);
      this.motionQuery = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
      this.motionQuery?.addEventListener('change', this.onMotionChange);
    }
    // Re-create the chart when the element comes back.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.motionQuery?.removeEventListener('change', this.onMotionChange);
    this.destroyChart();
    this.unwatch();
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvUrl = undefined;
    this.csvText = undefined;
  }

  protected override rendersSynchronously(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('showTable')) this.tableOpen = this.showTable;
  }

  // -------------------------------------------------------------------------
  // The model: everything derived from payload, attributes and language

  private modelFor(payload: Payload | undefined, chart: Chart): Model {
    const locale = this.locale;
    const inputs = [payload, chart, this.type, this.orientation, locale];
    if (this.model && inputs.every((value, i) => value === this.modelInputs[i])) return this.model;
    this.modelInputs = inputs;
    return buildModel(payload, chart, { type: this.type, orientation: this.orientation, locale, ui: this.ui });
  }

  protected renderContent(payload: Payload | undefined): ContentResult | undefined {
    const chart = this.pick(payload?.charts, this.chart || undefined, 'chart');
    if (chart instanceof WidgetError) return chart;
    if (this.loadError) return this.loadError;
    const model = this.modelFor(payload, chart);
    this.model = model;
    this.updateCsvUrl(model);
    return this.renderChart(payload, model);
  }

  private updateCsvUrl(model: Model): void {
    if (this.noDownload || (this.csvUrl && this.csvText === model.csv)) return;
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvText = model.csv;
    this.csvUrl = URL.createObjectURL(new Blob([model.csv], { type: 'text/csv;charset=utf-8' }));
  }

  private renderChart(payload: Payload | undefined, model: Model): TemplateResult {
    const { chart } = model;
    const ui = this.ui;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const sources = resolveSources(payload, chart.source);
    return html`
      <figure class="chart" part="figure" aria-labelledby=${chart.title ? 'title' : nothing}>
        ${chart.title ? html`<div id="title" class="title" part="title" role="heading" aria-level=${level}>${chart.title}</div>` : nothing}
        ${chart.description ? html`<p class="description" part="description">${chart.description}</p>` : nothing}
        ${model.legend ? this.renderLegend(model) : nothing}
        <div class="plot ${this.boxClass(model)}" part="chart" style=${cssProperties(this.boxStyle(model))}>
          <canvas role="img" aria-label=${model.alt}></canvas>
        </div>
        <div class="actions" part="actions">
          <button
            type="button"
            class="toggle"
            part="toggle"
            aria-expanded=${this.tableOpen ? 'true' : 'false'}
            aria-controls="data"
            @click=${this.toggleTable}
          >
            ${this.tableOpen ? ui.hideData : ui.showData}
          </button>
          ${
            this.noDownload || !this.csvUrl
              ? nothing
              : html`<a class="download" part="download" href=${this.csvUrl} download=${model.fileName}>${ui.downloadCsv}</a>`
          }
        </div>
        ${this.renderTable(model)}
        ${chart.notes ? html`<p class="notes" part="notes"><span class="label">${ui.notes}:</span> ${chart.notes}</p>` : nothing}
        ${
          sources.length
            ? html`<p class="source" part="source">
                <span class="label">${sources.length > 1 ? ui.sources : ui.source}:</span> ${sourceList(sources)}
              </p>`
            : nothing
        }
      </figure>
      <div class="probes" aria-hidden="true">
        <span class="p-text"></span><span class="p-muted"></span><span class="p-grid"></span><span class="p-surface"></span>
        ${Array.from({ length: PALETTE_SIZE }, (_, i) => html`<span class="p-series p-s${i + 1}"></span>`)}
      </div>
    `;
  }

  private renderLegend(model: Model): TemplateResult {
    return html`<ul class="legend" part="legend">
      ${model.series.map(
        (series) =>
          html`<li>
            <span
              class="swatch ${series.type}"
              style=${cssProperties({ '--_swatch': series.color ?? `var(--nw-series-${series.paletteIndex + 1})` })}
            ></span
            >${series.header}
          </li>`,
      )}
    </ul>`;
  }

  private boxClass(model: Model): string {
    return parseAspectRatio(this.aspectRatio) === undefined && model.horizontal && model.type === 'bar' ? 'rows' : 'ratio';
  }

  private boxStyle(model: Model): Record<string, string> {
    const ratio = parseAspectRatio(this.aspectRatio) ?? 16 / 9;
    if (this.boxClass(model) === 'rows') {
      // Rows of bars: each category gets room for its bars and a gap, plus headers and the axis.
      const row = model.barsPerRow * 1.75 + 2;
      const extra = model.panels.some((panel) => panel.title) ? 4.75 : 3.25;
      return {
        '--_height': `${(model.rows.length * row + extra).toFixed(3)}em`,
        // Narrow: thinner bars, wrapped labels and headers, and room for value labels above the bars.
        '--_narrow-height': `${(model.rows.length * (row + 1.25) + extra + 1.5).toFixed(3)}em`,
      };
    }
    const style: Record<string, string> = { '--_ratio': String(ratio), '--_narrow-ratio': String(Math.min(ratio, 4 / 3)) };
    // Panels stacked one above the other each keep a readable height, however wide the ratio.
    if (model.layout === 'panels' && model.panels.length > 1 && !model.horizontal)
      style['--_min-height'] = `${model.panels.length * 6.5 + 2.5}em`;
    return style;
  }

  private renderTable(model: Model): TemplateResult {
    const ui = this.ui;
    const open = this.tableOpen;
    const locale = this.locale;
    const caption = model.chart.title ?? ui.chart.data;
    return html`<div
      id="data"
      class="table-wrap ${open ? 'open' : 'visually-hidden'}"
      part="table"
      role="region"
      aria-labelledby="caption"
      tabindex=${open ? '0' : nothing}
    >
      <table>
        <caption id="caption">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${model.chart.x?.label ?? ui.chart.category}</th>
            ${model.series.map((series) => html`<th scope="col">${series.header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${tableRows(model).map(
            (row) =>
              html`<tr>
                <th scope="row">${row.label}</th>
                ${row.cells.map((cell, s) => {
                  if (!cell || cell.y === null) return html`<td class="empty">${ui.chart.noValue}</td>`;
                  const series = model.series[s]!.source;
                  const text = formatValue(
                    {
                      value: cell.y,
                      format: series.currency ? 'currency' : 'number',
                      currency: series.currency,
                      qualifier: cell.qualifier,
                    },
                    locale,
                  ).text;
                  return html`<td>${text}${cell.note ? html` <span class="cell-note">${cell.note}</span>` : nothing}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  // -------------------------------------------------------------------------
  // Drawing

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncChart();
  }

  private syncChart(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const model = this.model;
    if (!this.isConnected || !canvas || !model || this.currentError || this.data.state.status !== 'ready') {
      this.destroyChart();
      if (this.currentError) this.flushWaiters();
      return;
    }
    if (this.handle && this.handle.canvas !== canvas) this.destroyChart();
    const box = canvas.parentElement!;
    if (!this.near) {
      if (this.watched !== box) {
        this.unwatch();
        this.watched = box;
        whenNearViewport(box, () => {
          this.watched = undefined;
          this.near = true;
          this.syncChart();
        });
      }
      return;
    }
    if (!this.renderer) {
      loadRenderer().then(
        (renderer) => {
          this.renderer = renderer;
          this.syncChart();
        },
        (error: unknown) => {
          this.loadError = new WidgetError(
            'fetch-failed',
            `could not load the chart code: ${error instanceof Error ? error.message : String(error)}`,
          );
          this.requestUpdate();
        },
      );
      return;
    }
    const colors = this.readColors();
    const fontFamily = getComputedStyle(box).fontFamily || 'sans-serif';
    const animate = !reducedMotion();
    const key = [model, colors.signature, fontFamily, animate];
    if (this.handle && key.every((value, i) => value === this.specKey[i])) return;
    this.specKey = key;
    const spec = buildSpec(model, { colors: colors.chart, series: colors.series, fontFamily, animate, locale: this.locale });
    this.drawPending = true;
    if (this.handle) this.handle.update(spec);
    else this.handle = this.renderer.createChart(canvas, spec, { onRendered: () => this.onRendered() });
  }

  private onRendered(): void {
    this.drawPending = false;
    this.emit('nw-render', {});
    this.flushWaiters();
  }

  private settled(): Promise<void> {
    if (this.currentError || (this.handle && !this.drawPending)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private flushWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private destroyChart(): void {
    this.handle?.destroy();
    this.handle = undefined;
    this.specKey = [];
  }

  private unwatch(): void {
    if (this.watched) stopWatching(this.watched);
    this.watched = undefined;
  }

  /** The theme's colours as the canvas needs them: real colours, `light-dark()` resolved. */
  private readColors(): { chart: ChartColors; series: string[]; signature: string } {
    const read = (selector: string, fallback: string) => {
      const probe = this.renderRoot.querySelector(selector);
      return (probe && getComputedStyle(probe).color) || fallback;
    };
    const chart: ChartColors = {
      text: read('.p-text', '#1b1b1b'),
      muted: read('.p-muted', '#555b62'),
      grid: read('.p-grid', '#d5d8dc'),
      surface: read('.p-surface', '#ffffff'),
    };
    const series = Array.from({ length: PALETTE_SIZE }, (_, i) => read(`.p-s${i + 1}`, '#0072b2'));
    return { chart, series, signature: [...Object.values(chart), ...series].join('|') };
  }
}

// ---------------------------------------------------------------------------
// Model and spec (pure functions of their inputs)

function buildModel(
  payload: Payload | undefined,
  chart: Chart,
  options: { type: string | undefined; orientation: string | undefined; locale: string; ui: UiStrings },
): Model {
  const { locale, ui } = options;
  const forced = options.type === 'bar' || options.type === 'line' ? options.type : undefined;
  const type = forced ?? chart.type ?? 'bar';
  const orientation =
    options.orientation === 'horizontal' || options.orientation === 'vertical'
      ? options.orientation
      : (chart.orientation ?? 'vertical');
  const seriesTypes = chart.series.map((series) => forced ?? series.type ?? type);
  const isDate = chart.x?.type === 'date';
  const time = isDate && seriesTypes.every((t) => t === 'line');
  const allX = chart.series.flatMap((series) => series.data.map((point) => point.x));
  const utc = allX.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x));

  // Rows: categories in order of first appearance, or dates in time order.
  const seen = new Set<string>();
  let keys: string[] = [];
  for (const x of allX) {
    if (seen.has(x)) continue;
    seen.add(x);
    keys.push(x);
  }
  const ms = (x: string) => parseIsoDate(x)?.getTime() ?? 0;
  if (isDate) keys = keys.slice().sort((a, b) => ms(a) - ms(b));
  const dateLabel = (x: string) => (x.includes('T') ? formatDateTime(x, locale) : formatDate(x, locale, 'medium'));
  const rows = keys.map((x) => ({ x, label: isDate ? dateLabel(x) : x }));

  // Panels: one per unit (auto), per series (panels), or two axes of one panel (shared, two units at most).
  const units: string[] = [];
  for (const series of chart.series) if (!units.includes(unitKey(series))) units.push(unitKey(series));
  const requested = chart.layout ?? 'auto';
  const dual = requested === 'shared' && units.length === 2;
  const perSeries = requested === 'panels';
  const panelOf = (index: number) => (perSeries ? index : units.indexOf(unitKey(chart.series[index]!)));
  const panelCount = perSeries ? chart.series.length : units.length;

  const series: ModelSeries[] = chart.series.map((source, index) => {
    let points: (Point | undefined)[];
    if (time) {
      points = source.data.slice().sort((a, b) => ms(a.x) - ms(b.x));
    } else {
      const byX = new Map<string, Point>();
      for (const point of source.data) if (!byX.has(point.x)) byX.set(point.x, point);
      points = keys.map((x) => byX.get(x));
    }
    return {
      source,
      header: seriesHeader(source),
      type: seriesTypes[index]!,
      panel: panelOf(index),
      color: source.color,
      paletteIndex: index % PALETTE_SIZE,
      points,
    };
  });

  const panels = Array.from({ length: panelCount }, (_, p) => {
    const members = series.filter((s) => s.panel === p);
    const first = members[0]!.source;
    const max = Math.max(0, ...members.flatMap((s) => s.source.data.map((point) => Math.abs(point.y ?? 0))));
    const title = members.length === 1 ? members[0]!.header : (first.unit ?? '');
    return { title, currency: first.currency, compact: max >= 100_000 };
  });

  const horizontal = orientation === 'horizontal';
  const layout = dual ? 'dual' : 'panels';
  const barsPerRow = Math.max(
    1,
    ...Array.from(
      { length: panelCount },
      (_, p) => (dual ? series : series.filter((s) => s.panel === p)).filter((s) => s.type === 'bar').length,
    ),
  );
  const legend = dual || panels.some((_, p) => series.filter((s) => s.panel === p).length > 1);

  const model: Model = {
    chart,
    type,
    horizontal,
    layout,
    time,
    utc,
    rows,
    series,
    panels,
    legend,
    alt: '',
    csv: '',
    fileName: `${[payload?.id, chart.id].filter(Boolean).join('-')}.csv`,
    barsPerRow,
  };
  model.alt = chart.description?.trim() || summary(model, locale, ui);
  model.csv = csv(model, ui);
  return model;
}

/** The table's rows: one per category or date, one cell per series. */
function tableRows(model: Model): { x: string; label: string; cells: (Point | undefined)[] }[] {
  if (!model.time) return model.rows.map((row, r) => ({ ...row, cells: model.series.map((series) => series.points[r]) }));
  const lookups = model.series.map((series) => {
    const byX = new Map<string, Point>();
    for (const point of series.points) if (point && !byX.has(point.x)) byX.set(point.x, point);
    return byX;
  });
  return model.rows.map((row) => ({ ...row, cells: lookups.map((byX) => byX.get(row.x)) }));
}

function spokenValue(series: Series, point: Point, locale: string): string {
  const y = point.y ?? 0;
  return formatValue(
    {
      value: y,
      format: series.currency ? 'currency' : 'number',
      currency: series.currency,
      notation: Math.abs(y) >= 1_000_000 ? 'compact' : 'standard',
      qualifier: point.qualifier,
    },
    locale,
  ).spoken;
}

/** The generated text alternative: "Bar chart in 2 panels. People detained: more than 5,000. …" */
function summary(model: Model, locale: string, ui: UiStrings): string {
  const kind = model.type === 'line' ? ui.chart.line : ui.chart.bar;
  const panels =
    model.layout === 'panels' && model.panels.length > 1 ? ` ${fill(ui.chart.panels, { n: model.panels.length })}` : '';
  const rows = tableRows(model);
  const parts = model.series.map((series, s) => {
    const present = rows.flatMap((row) => {
      const point = row.cells[s];
      return point && point.y !== null ? [{ label: row.label, point }] : [];
    });
    if (!present.length) return `${series.header}: ${ui.chart.noValue}`;
    if (present.length <= SUMMARY_POINTS) {
      const items = present.map(({ label, point }) =>
        rows.length > 1 ? `${label}: ${spokenValue(series.source, point, locale)}` : spokenValue(series.source, point, locale),
      );
      return `${series.header}${rows.length > 1 ? ' —' : ':'} ${items.join('; ')}`;
    }
    const min = present.reduce((a, b) => (b.point.y! < a.point.y! ? b : a));
    const max = present.reduce((a, b) => (b.point.y! > a.point.y! ? b : a));
    return `${series.header}: ${fill(ui.chart.range, {
      first: present[0]!.label,
      last: present[present.length - 1]!.label,
      min: `${spokenValue(series.source, min.point, locale)} (${min.label})`,
      max: `${spokenValue(series.source, max.point, locale)} (${max.label})`,
    })}`;
  });
  return capitalize(`${kind}${panels}. ${parts.join('. ')}.`, locale);
}

/** The data as CSV: see the class documentation for the columns. */
function csv(model: Model, ui: UiStrings): string {
  const qualified = model.series.map((series) => series.source.data.some((point) => point.qualifier));
  const noted = model.series.map((series) => series.source.data.some((point) => point.note));
  const header = [model.chart.x?.label ?? ui.chart.category];
  model.series.forEach((series, s) => {
    header.push(series.header);
    if (qualified[s]) header.push(`${series.header} – ${ui.chart.qualifier}`);
    if (noted[s]) header.push(`${series.header} – ${ui.chart.note}`);
  });
  const lines = [header.map((field) => csvField(field)).join(',')];
  for (const row of tableRows(model)) {
    const fields = [csvField(row.x)];
    row.cells.forEach((point, s) => {
      fields.push(csvField(point?.y ?? null, false));
      if (qualified[s]) fields.push(csvField(point?.qualifier));
      if (noted[s]) fields.push(csvField(point?.note));
    });
    lines.push(fields.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function calendar(date: Date, utc: boolean) {
  return utc
    ? {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth(),
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
      }
    : { year: date.getFullYear(), month: date.getMonth(), day: date.getDate(), hour: date.getHours(), minute: date.getMinutes() };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A date-time x value, e.g. "Jan 9, 2022, 3:30 PM" (local time). */
function formatDateTime(x: string, locale: string): string {
  const date = parseIsoDate(x);
  if (!date) return x;
  if (formattingByHand(locale)) {
    const { year, month, day, hour, minute } = calendar(date, false);
    return `${formatDate(`${year}-${twoDigits(month + 1)}-${twoDigits(day)}`, locale, 'medium')}, ${twoDigits(hour)}:${twoDigits(minute)}`;
  }
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A tick on a date axis at a boundary of `unit`: "Jan 9", "Jan 2022", "2022" or "15:00". */
function formatDateTick(ms: number, unit: DateUnit, locale: string, utc: boolean): string {
  const date = new Date(ms);
  const byHand = formattingByHand(locale);
  if (byHand) {
    // Only Kazakh is formatted by hand.
    const { year, month, day, hour, minute } = calendar(date, utc);
    if (unit === 'hour') return `${twoDigits(hour)}:${twoDigits(minute)}`;
    if (unit === 'day') return `${day} ${byHand.monthShort(month)}`;
    if (unit === 'month') return `${year} ж. ${byHand.monthShort(month)}`;
    return String(year);
  }
  const zone = utc ? { timeZone: 'UTC' } : {};
  const options: Intl.DateTimeFormatOptions =
    unit === 'hour'
      ? { hour: 'numeric', minute: '2-digit' }
      : unit === 'day'
        ? { day: 'numeric', month: 'short' }
        : unit === 'month'
          ? { month: 'short', year: 'numeric' }
          : { year: 'numeric' };
  return dateFormat(locale, { ...options, ...zone }).format(date);
}

function buildSpec(
  model: Model,
  options: { colors: ChartColors; series: string[]; fontFamily: string; animate: boolean; locale: string },
): ChartSpec {
  const { locale } = options;
  const cellText = (series: Series, point: Point, compact: boolean) =>
    formatValue(
      {
        value: point.y ?? 0,
        format: series.currency ? 'currency' : 'number',
        currency: series.currency,
        notation: compact ? 'compact' : 'standard',
        qualifier: point.qualifier,
      },
      locale,
    ).text;
  const pointAt = (s: number, i: number) => model.series[s]?.points[i];
  const xLabel = (s: number, i: number) => {
    if (!model.time) return model.rows[i]?.label ?? '';
    const x = pointAt(s, i)?.x;
    return x ? (model.rows.find((row) => row.x === x)?.label ?? x) : '';
  };
  let index: ChartSpec['index'];
  if (model.time) {
    const stamps = model.rows.map((row) => parseIsoDate(row.x)?.getTime() ?? 0);
    index = {
      kind: 'time',
      min: Math.min(...stamps),
      max: Math.max(...stamps),
      utc: model.utc,
      formatTick: (ms, unit) => formatDateTick(ms, unit, locale, model.utc),
      ...(model.chart.x?.label ? { title: model.chart.x.label } : {}),
    };
  } else {
    index = {
      kind: 'category',
      labels: model.rows.map((row) => row.label),
      ...(model.chart.x?.label ? { title: model.chart.x.label } : {}),
    };
  }
  return {
    type: model.type,
    horizontal: model.horizontal,
    layout: model.layout,
    index,
    panels: model.panels.map((panel) => ({
      title: panel.title,
      formatTick: (value: number) => formatNumber(value, locale, { currency: panel.currency, compact: panel.compact }),
    })),
    series: model.series.map((series) => ({
      label: series.source.label,
      type: series.type,
      color: series.color ?? options.series[series.paletteIndex] ?? '#0072b2',
      panel: series.panel,
      values: model.time
        ? series.points.map((point) => ({ x: parseIsoDate(point!.x)?.getTime() ?? 0, y: point!.y }))
        : series.points.map((point) => point?.y ?? null),
      ...(series.type === 'bar' && model.rows.length * model.series.length <= 40
        ? {
            valueLabel: (i: number) => {
              const point = series.points[i];
              return point && point.y !== null ? cellText(series.source, point, Math.abs(point.y) >= 100_000) : undefined;
            },
          }
        : {}),
    })),
    colors: options.colors,
    fontFamily: options.fontFamily,
    animate: options.animate,
    tooltip: {
      title: (s, i) => xLabel(s, i),
      label: (s, i) => {
        const series = model.series[s];
        const point = pointAt(s, i);
        if (!series || !point) return '';
        return `${series.source.label}: ${point.y === null ? '–' : cellText(series.source, point, false)}`;
      },
      note: (s, i) => pointAt(s, i)?.note,
    },
  };
}

defineElement('nw-chart', ChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-chart': ChartElement;
  }
}
