import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../../internal/define.js';
import { sliceHasRoom, waitForNextSlice } from '../../internal/slices.js';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import { resolveSources, sourceList } from '../../internal/sources.js';
import { WidgetError } from '../../payload/errors.js';
import type { Chart, Payload, Point, Series } from '../../payload/schema.js';
import { formatDate, formatNumber, formatValue, parseIsoDate } from '../../format/figures.js';
import { formatDateTick, formatDateTime } from '../../format/axis-dates.js';
import { capitalize } from '../../format/figures.js';
import { fill, type UiStrings } from '../../format/strings.js';
import type { ChartHandle, ChartSpec } from '../../chart/spec.js';
import sharedStyles from '../../internal/shared.styles.js';
import { loadRenderer, type RendererModule } from './load-renderer.js';
import styles from './chart.styles.js';

/** How many series colours the theme defines (`--nw-series-1` …). */
const PALETTE_SIZE = 6;
/** The theme's canvas colours, read in this order: text, muted, grid, surface, then the series. */
const THEME_TOKENS = ['color-text', 'color-muted', 'color-border', 'color-surface', 1, 2, 3, 4, 5, 6].map(
  (name) => `var(--nw-${typeof name === 'number' ? `series-${name}` : name})`,
);

/** One series as the element prepares it. */
interface ModelSeries {
  source: Series;
  /** "People detained (people)". */
  header: string;
  type: 'bar' | 'line';
  panel: number;
  /** An own hex colour, or the palette's custom property. */
  color: string;
  /** Its point in each row (the first with that x), or undefined. */
  cells: (Point | undefined)[];
  /** The rows the chart draws, in order: every row for categories, the rows with a point for dates. */
  drawn: number[];
}

/** Everything derived from the payload for one chart, computed once per input. */
interface Model {
  chart: Chart;
  type: 'bar' | 'line';
  horizontal: boolean;
  layout: 'panels' | 'dual';
  time: boolean;
  utc: boolean;
  /** Row keys (the raw x values), their labels and, for dates, their timestamps, in order. */
  rows: { x: string; label: string; ms: number }[];
  series: ModelSeries[];
  panels: { title: string; currency: string | undefined; max: number }[];
  legend: boolean;
  alt: string;
  csv: string;
  fileName: string;
  /** For horizontal bars: bars per category, for sizing the box. */
  barsPerRow: number;
}

const unitKey = (series: Series) => `${series.unit}\u0000${series.currency}`;

/** Parses `16/9`, `16:9`, `16 / 9` or `1.78`; undefined when it is none of these. */
function parseAspectRatio(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?)\s*)?$/.exec(value ?? '');
  const ratio = match ? Number(match[1]) / Number(match[2] ?? 1) : 0;
  return ratio > 0.1 && ratio < 20 ? ratio : undefined;
}

/** Quotes a CSV field when it needs it; text that a spreadsheet would run as a formula gets a leading apostrophe. */
function csvField(value: string | number | null | undefined): string {
  let field = String(value ?? '');
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(field)) field = `'${field}`;
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A value with its qualifier: compact or not, for the eye or for speech. */
function valueText(series: Series, point: Point, locale: string, compact: boolean, spoken?: boolean): string {
  const value = formatValue(
    {
      value: point.y ?? 0,
      format: 'currency',
      currency: series.currency,
      notation: compact ? 'compact' : undefined,
      qualifier: point.qualifier,
    },
    locale,
  );
  return spoken ? value.spoken : value.text;
}

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

  static override properties = {
    chart: {},
    type: {},
    orientation: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
    noDownload: { type: Boolean, attribute: 'no-download', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of the payload chart to show; default the first. */
  chart: string | undefined;

  /** `bar` or `line`: overrides the payload's chart type (every series is drawn this way). */
  type: 'bar' | 'line' | undefined;

  /** `vertical` or `horizontal`: overrides the payload's orientation. */
  orientation: 'vertical' | 'horizontal' | undefined;

  /** Width to height of the chart's box, e.g. `16/9` (default) or `2`. */
  aspectRatio: string | undefined;

  /** Shows the data table from the start. */
  showTable = false;

  /** Hides the "Download CSV" link. */
  noDownload = false;

  /** Level of the title's heading (1–6); default 3. */
  headingLevel = 3;

  /** Whether the data table is shown ("Show data"). */
  #tableOpen = false;

  #model: Model | undefined;
  #modelInputs: unknown[] = [];
  #loadError: WidgetError | undefined;
  #renderer: RendererModule | undefined;
  #handle: ChartHandle | undefined;
  #near = false;
  /** Watches the chart's box until it comes near the viewport (600px ahead). */
  #watcher: IntersectionObserver | undefined;
  #watched: Element | undefined;
  #specKey: unknown[] = [];
  #drawPending = false;
  #waiters: (() => void)[] = [];
  #csvUrl: string | undefined;
  #csvText: string | undefined;
  #motion: MediaQueryList | undefined;

  #onMotionChange = () => this.requestUpdate();
  #onPrint = (event: Event) => {
    this.renderRoot.querySelector('.chart')?.classList.toggle('no-canvas', event.type === 'beforeprint' && !this.#handle);
    this.#handle?.resize();
  };

  /**
   * Settles once the current data is drawn: resolves after Chart.js has drawn it
   * (when `nw-render` fires), or at once when the widget shows an error. A chart
   * far below the viewport draws only when it comes near.
   */
  get rendered(): Promise<void> {
    return this.updateComplete.then(() =>
      this.currentError || (this.#handle && !this.#drawPending)
        ? undefined
        : new Promise<void>((resolve) => this.#waiters.push(resolve)),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
    this.#motion = matchMedia('(prefers-reduced-motion: reduce)');
    this.#motion.addEventListener('change', this.#onMotionChange);
    // Re-create the chart when the element comes back.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    this.#motion?.removeEventListener('change', this.#onMotionChange);
    this.#destroyChart();
    this.#unwatch();
    if (this.#csvUrl) URL.revokeObjectURL(this.#csvUrl);
    this.#csvUrl = this.#csvText = undefined;
  }

  protected override rendersSynchronously(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('showTable')) this.#tableOpen = this.showTable;
  }

  protected renderContent(payload: Payload | undefined): ContentResult | undefined {
    const chart = this.pick(payload?.charts, this.chart || undefined, 'chart');
    if (chart instanceof WidgetError) return chart;
    if (this.#loadError) return this.#loadError;
    const locale = this.locale;
    const inputs = [payload, chart, this.type, this.orientation, locale];
    if (!this.#model || inputs.some((value, i) => value !== this.#modelInputs[i])) {
      this.#modelInputs = inputs;
      this.#model = buildModel(payload, chart, this.type, this.orientation, locale, this.ui);
    }
    const model = this.#model;
    if (!this.noDownload && this.#csvText !== model.csv) {
      if (this.#csvUrl) URL.revokeObjectURL(this.#csvUrl);
      this.#csvText = model.csv;
      this.#csvUrl = undefined;
    }
    return this.#renderChart(payload, model, locale);
  }

  #renderChart(payload: Payload | undefined, model: Model, locale: string): TemplateResult {
    const { chart } = model;
    const ui = this.ui;
    const open = this.#tableOpen;
    const sources = resolveSources(payload, chart.source);
    const note = (text: unknown, label: string, name: string) =>
      text ? html`<p class="note" part=${name}><span class="label">${label}:</span> ${text}</p>` : nothing;
    return html`
      <figure class="chart" part="figure" aria-labelledby=${chart.title ? 'title' : nothing}>
        ${
          chart.title
            ? html`<div
                id="title"
                class="title"
                part="title"
                role="heading"
                aria-level=${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3))}
              >
                ${chart.title}
              </div>`
            : nothing
        }
        ${chart.description ? html`<p class="description" part="description">${chart.description}</p>` : nothing}
        ${
          model.legend
            ? html`<ul class="legend" part="legend">
                ${model.series.map((series) => html`<li><span class="swatch ${series.type}"></span>${series.header}</li>`)}
              </ul>`
            : nothing
        }
        <div class="plot ${this.#rows(model) ? 'rows' : 'ratio'}" part="chart">
          <canvas role="img" aria-label=${model.alt}></canvas>
        </div>
        <div class="actions" part="actions">
          <button type="button" part="toggle" aria-expanded=${open} aria-controls="data" @click=${this.#toggleTable}>
            ${open ? ui.hideData : ui.showData}
          </button>
          ${
            this.noDownload || this.#csvText === undefined
              ? nothing
              : html`<a
                  part="download"
                  href=${this.#csvUrl ?? '#'}
                  download=${model.fileName}
                  @pointerenter=${this.#prepareCsv}
                  @focus=${this.#prepareCsv}
                  @click=${this.#prepareCsv}
                  >${ui.downloadCsv}</a
                >`
          }
        </div>
        <div
          id="data"
          class="table-wrap ${open ? 'open' : 'visually-hidden'}"
          part="table"
          role="region"
          aria-labelledby="caption"
          tabindex=${open ? '0' : nothing}
        >
          <table>
            <caption id="caption" class="visually-hidden">
              ${chart.title ?? ui.chart.data}
            </caption>
            <thead>
              <tr>
                <th scope="col">${chart.x?.label ?? ui.chart.category}</th>
                ${model.series.map((series) => html`<th scope="col">${series.header}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${model.rows.map(
                (row, r) =>
                  html`<tr>
                    <th scope="row">${row.label}</th>
                    ${model.series.map(({ source, cells: { [r]: cell } }) =>
                      cell && cell.y !== null
                        ? html`<td>
                            ${valueText(source, cell, locale, false)}${cell.note ? html` <span class="cell-note">${cell.note}</span>` : nothing}
                          </td>`
                        : html`<td class="empty">${ui.chart.noValue}</td>`,
                    )}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${note(chart.notes, ui.notes, 'notes')}
        ${sources.length ? note(sourceList(sources), sources.length > 1 ? ui.sources : ui.source, 'source') : nothing}
      </figure>
      <i class="probe" hidden></i>
    `;
  }

  /** True for horizontal bars without an `aspect-ratio`: the box is as tall as the bars need. */
  #rows(model: Model): boolean {
    return !parseAspectRatio(this.aspectRatio) && model.horizontal && model.type === 'bar';
  }

  /** Sizes the box and colours the legend's swatches, through the CSSOM (a strict CSP blocks `style` attributes). */
  #applyStyles(model: Model): void {
    const root = this.renderRoot;
    root
      .querySelectorAll<HTMLElement>('.swatch')
      .forEach((swatch, i) => swatch.style.setProperty('--_swatch', model.series[i]!.color));
    const box = root.querySelector<HTMLElement>('.plot');
    if (!box) return;
    const ratio = parseAspectRatio(this.aspectRatio) ?? 16 / 9;
    // Rows of bars: each category gets room for its bars and a gap, plus headers and the axis;
    // narrow: thinner bars, wrapped labels and headers, and room for value labels above the bars.
    const row = model.barsPerRow * 1.75 + 2;
    const extra = model.panels.some((panel) => panel.title) ? 4.75 : 3.25;
    const n = model.panels.length;
    const style = {
      '--_height': `${model.rows.length * row + extra}em`,
      '--_narrow-height': `${model.rows.length * (row + 1.25) + extra + 1.5}em`,
      '--_ratio': ratio,
      '--_narrow-ratio': Math.min(ratio, 4 / 3),
      // Panels stacked one above the other each keep a readable height, however wide the ratio.
      '--_min-height': model.layout === 'panels' && n > 1 && !model.horizontal ? `${n * 6.5 + 2.5}em` : '0',
    };
    for (const [name, value] of Object.entries(style)) box.style.setProperty(name, String(value));
  }

  /**
   * Makes the CSV file's URL when a reader is about to use the link (pointer over
   * it, focus, or the click itself, before the browser follows it): a page of many
   * charts does not pay for a file per chart up front.
   */
  #prepareCsv = (event: Event): void => {
    if (!this.#csvUrl && this.#csvText !== undefined)
      this.#csvUrl = URL.createObjectURL(new Blob([this.#csvText], { type: 'text/csv;charset=utf-8' }));
    if (!this.#csvUrl) return;
    // Now, for the click under way; the next render keeps it (and puts back `#` when the data changes).
    (event.currentTarget as HTMLAnchorElement).href = this.#csvUrl;
    this.requestUpdate();
  };

  #toggleTable(): void {
    this.#tableOpen = !this.#tableOpen;
    this.requestUpdate();
  }

  // -------------------------------------------------------------------------
  // Drawing

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#model) this.#applyStyles(this.#model);
    this.#syncChart();
  }

  #syncChart(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const model = this.#model;
    if (!this.isConnected || !canvas || !model || this.currentError || this.data.state.status !== 'ready') {
      this.#destroyChart();
      if (this.currentError) this.#flushWaiters();
      return;
    }
    if (this.#handle?.canvas !== canvas) this.#destroyChart();
    const box = canvas.parentElement!;
    if (!this.#near) {
      if (this.#watched !== box) {
        this.#unwatch();
        this.#watched = box;
        this.#watcher = new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => entry.isIntersecting)) this.#drawNear();
          },
          { rootMargin: '600px 0px' },
        );
        this.#watcher.observe(box);
        // A chart already in view draws now, or in the next slice, rather than when the observer first reports (a frame later).
        measureSoon(box, (inView) => {
          if (!inView) return;
          const draw = () => this.#watched === box && this.#drawNear();
          if (sliceHasRoom()) draw();
          else void waitForNextSlice().then(draw);
        });
      }
      return;
    }
    if (!this.#renderer) {
      loadRenderer().then(
        (renderer) => {
          this.#renderer = renderer;
          this.#syncChart();
        },
        (error: unknown) => {
          this.#loadError = new WidgetError('fetch-failed', `could not load the chart code: ${error}`);
          this.requestUpdate();
        },
      );
      return;
    }
    // The theme's colours as the canvas needs them: real colours, `light-dark()` resolved.
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe')!;
    const colors = THEME_TOKENS.map((token) => {
      probe.style.color = token;
      return getComputedStyle(probe).color;
    });
    const fontFamily = getComputedStyle(box).fontFamily || 'sans-serif';
    const animate = !this.#motion?.matches;
    const key = [model, colors.join(), fontFamily, animate];
    if (this.#handle && key.every((value, i) => value === this.#specKey[i])) return;
    this.#specKey = key;
    const spec = buildSpec(model, colors, fontFamily, animate, this.locale);
    this.#drawPending = true;
    if (this.#handle) this.#handle.update(spec);
    else
      this.#handle = this.#renderer.createChart(canvas, spec, {
        onRendered: () => {
          this.#drawPending = false;
          this.emit('nw-render', {});
          this.#flushWaiters();
        },
      });
  }

  /** The chart has come near the viewport (or is in it): stop watching and draw. */
  #drawNear(): void {
    this.#unwatch();
    this.#near = true;
    this.#syncChart();
  }

  #flushWaiters(): void {
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  #destroyChart(): void {
    this.#handle?.destroy();
    this.#handle = undefined;
  }

  #unwatch(): void {
    this.#watcher?.disconnect();
    this.#watcher = this.#watched = undefined;
  }
}

/** Boxes of charts that just rendered, measured together in one layout once this task's renders are done. */
const toMeasure = new Map<Element, (inView: boolean) => void>();

/** Calls `then` with whether `box` is in the viewport now, batched with the other charts of this task. */
function measureSoon(box: Element, then: (inView: boolean) => void): void {
  if (!toMeasure.size) queueMicrotask(measureAll);
  toMeasure.set(box, then);
}

function measureAll(): void {
  const waiting = [...toMeasure];
  toMeasure.clear();
  const seen = waiting.map(([box]) => {
    const view = box.ownerDocument.defaultView;
    const r = box.getBoundingClientRect();
    return !!view && r.width > 0 && r.bottom > 0 && r.right > 0 && r.top < view.innerHeight && r.left < view.innerWidth;
  });
  waiting.forEach(([, then], i) => then(seen[i]!));
}

// ---------------------------------------------------------------------------
// Model and spec (pure functions of their inputs)

function buildModel(
  payload: Payload | undefined,
  chart: Chart,
  forcedType: string | undefined,
  forcedOrientation: string | undefined,
  locale: string,
  ui: UiStrings,
): Model {
  const forced = forcedType === 'bar' || forcedType === 'line' ? forcedType : undefined;
  const type = forced ?? chart.type ?? 'bar';
  const horizontal =
    (forcedOrientation === 'horizontal' || forcedOrientation === 'vertical' ? forcedOrientation : chart.orientation) ===
    'horizontal';
  const seriesTypes = chart.series.map((series) => forced ?? series.type ?? type);
  const isDate = chart.x?.type === 'date';
  const time = isDate && seriesTypes.every((t) => t === 'line');
  const allX = chart.series.flatMap((series) => series.data.map((point) => point.x));
  const utc = allX.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x));

  // Rows: categories in order of first appearance, or dates in time order.
  const ms = (x: string) => parseIsoDate(x)?.getTime() ?? 0;
  let keys = [...new Set(allX)];
  if (isDate) keys = keys.sort((a, b) => ms(a) - ms(b));
  const rows = keys.map((x) => ({
    x,
    label: !isDate ? x : x.includes('T') ? formatDateTime(x, locale) : formatDate(x, locale, 'medium'),
    ms: ms(x),
  }));

  // Panels: one per unit (auto), per series (panels), or two axes of one panel (shared, two units at most).
  const units = [...new Set(chart.series.map(unitKey))];
  const dual = chart.layout === 'shared' && units.length === 2;
  const perSeries = chart.layout === 'panels';

  const series: ModelSeries[] = chart.series.map((source, index) => {
    const byX = new Map<string, Point>();
    for (const point of source.data) if (!byX.has(point.x)) byX.set(point.x, point);
    const cells = keys.map((x) => byX.get(x));
    return {
      source,
      header: source.unit ? `${source.label} (${source.unit})` : source.label,
      type: seriesTypes[index]!,
      panel: perSeries ? index : units.indexOf(unitKey(source)),
      color: source.color ?? `var(--nw-series-${(index % PALETTE_SIZE) + 1})`,
      cells,
      drawn: keys.flatMap((_, r) => (!time || cells[r] ? [r] : [])),
    };
  });

  const members = Array.from({ length: perSeries ? series.length : units.length }, (_, p) => series.filter((s) => s.panel === p));
  const panels = members.map((list) => ({
    title: list.length === 1 ? list[0]!.header : (list[0]!.source.unit ?? ''),
    currency: list[0]!.source.currency,
    max: Math.max(0, ...list.flatMap((s) => s.source.data.map((point) => Math.abs(point.y ?? 0)))),
  }));

  const model: Model = {
    chart,
    type,
    horizontal,
    layout: dual ? 'dual' : 'panels',
    time,
    utc,
    rows,
    series,
    panels,
    legend: dual || members.some((list) => list.length > 1),
    alt: '',
    csv: '',
    fileName: `${[payload?.id, chart.id].filter(Boolean).join('-')}.csv`,
    barsPerRow: Math.max(1, ...(dual ? [series] : members).map((list) => list.filter((s) => s.type === 'bar').length)),
  };
  model.alt = chart.description?.trim() || summary(model, locale, ui);
  model.csv = csv(model, ui);
  return model;
}

/** The generated text alternative: "Bar chart in 2 panels. People detained: more than 5,000. …" */
function summary(model: Model, locale: string, ui: UiStrings): string {
  const { rows, panels } = model;
  const kind = model.type === 'line' ? ui.chart.line : ui.chart.bar;
  const inPanels = model.layout === 'panels' && panels.length > 1 ? ` ${fill(ui.chart.panels, { n: panels.length })}` : '';
  const parts = model.series.map(({ source, header, cells }) => {
    const spoken = (point: Point) => valueText(source, point, locale, Math.abs(point.y!) >= 1_000_000, true);
    const present = rows.flatMap(({ label }, r) => {
      const point = cells[r];
      return point && point.y !== null ? [{ label, point }] : [];
    });
    if (!present.length) return `${header}: ${ui.chart.noValue}`;
    // A series with at most 12 points is listed point by point.
    if (present.length <= 12) {
      const items = present.map(({ label, point }) => (rows.length > 1 ? `${label}: ${spoken(point)}` : spoken(point)));
      return `${header}${rows.length > 1 ? ' —' : ':'} ${items.join('; ')}`;
    }
    const min = present.reduce((a, b) => (b.point.y! < a.point.y! ? b : a));
    const max = present.reduce((a, b) => (b.point.y! > a.point.y! ? b : a));
    return `${header}: ${fill(ui.chart.range, {
      first: present[0]!.label,
      last: present[present.length - 1]!.label,
      min: `${spoken(min.point)} (${min.label})`,
      max: `${spoken(max.point)} (${max.label})`,
    })}`;
  });
  return capitalize(`${kind}${inPanels}. ${parts.join('. ')}.`, locale);
}

/** The data as CSV: see the class documentation for the columns. */
function csv(model: Model, ui: UiStrings): string {
  // Per series: its values, then its qualifiers and its notes when it has any.
  const columns = model.series.flatMap(({ source, header, cells }) =>
    (['y', 'qualifier', 'note'] as const)
      .filter((key) => key === 'y' || source.data.some((point) => point[key]))
      .map((key) => ({ header: key === 'y' ? header : `${header} – ${ui.chart[key]}`, cell: (r: number) => cells[r]?.[key] })),
  );
  const lines = [
    [model.chart.x?.label ?? ui.chart.category, ...columns.map((column) => column.header)],
    ...model.rows.map((row, r) => [row.x, ...columns.map((column) => column.cell(r))]),
  ].map((fields) => fields.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function buildSpec(model: Model, colors: string[], fontFamily: string, animate: boolean, locale: string): ChartSpec {
  const { rows, series } = model;
  /** The row and point of the `i`-th drawn value of series `s`. */
  const at = (s: number, i: number) => {
    const r = series[s]?.drawn[i] ?? -1;
    return { row: rows[r], point: series[s]?.cells[r] };
  };
  const title = model.chart.x?.label;
  return {
    type: model.type,
    horizontal: model.horizontal,
    layout: model.layout,
    index: model.time
      ? {
          kind: 'time',
          min: Math.min(...rows.map((row) => row.ms)),
          max: Math.max(...rows.map((row) => row.ms)),
          utc: model.utc,
          formatTick: (ms, unit) => formatDateTick(ms, unit, locale, model.utc),
          title,
        }
      : { kind: 'category', labels: rows.map((row) => row.label), title },
    panels: model.panels.map(({ title, currency, max }) => ({
      title,
      max,
      formatTick: (value: number) => formatNumber(value, locale, { currency, compact: max >= 100_000 }),
    })),
    series: series.map(({ source, type, color, panel, cells, drawn }, s) => ({
      label: source.label,
      type,
      color: color[0] === '#' ? color : colors[4 + (s % PALETTE_SIZE)]!,
      panel,
      values: model.time ? drawn.map((r) => ({ x: rows[r]!.ms, y: cells[r]!.y })) : cells.map((cell) => cell?.y ?? null),
      valueLabel:
        type === 'bar' && rows.length * series.length <= 40
          ? (i: number) => {
              const point = cells[i];
              return point && point.y !== null ? valueText(source, point, locale, Math.abs(point.y) >= 100_000) : undefined;
            }
          : undefined,
    })),
    colors: { text: colors[0]!, muted: colors[1]!, grid: colors[2]!, surface: colors[3]! },
    fontFamily,
    animate,
    tooltip: {
      title: (s, i) => at(s, i).row?.label ?? '',
      label: (s, i) => {
        const { point } = at(s, i);
        const source = series[s]?.source;
        return source && point ? `${source.label}: ${point.y === null ? '–' : valueText(source, point, locale, false)}` : '';
      },
      note: (s, i) => at(s, i).point?.note,
    },
  };
}

defineElement('nw-chart', ChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-chart': ChartElement;
  }
}
