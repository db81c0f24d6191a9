import type { PropertyValues } from 'lit';
import { WidgetElement, type ContentInputs, type ContentResult } from '../../internal/widget-element.js';
import { keptAfterRefresh } from '../../internal/content.js';
import type { ContentStyles } from '../../internal/content.js';
import { WidgetError } from '../../payload/errors.js';
import { chartWordsReady } from '../../format/chart-strings.js';
import { chartToDraw, codeToWaitFor, ModelCache, prerendered } from './chart-code.js';
import { pick } from '../../views/context.js';
import { headingLevel } from '../../views/heading-level.js';
import type { Model } from '../../views/chart/model.js';
import { boxStyles } from '../../views/chart/box.js';
import { renderChartView, type ChartPicture } from '../../views/chart/view.js';
import sharedStyles from '../../internal/shared.styles.js';
import { ChartDetails } from './chart-details.js';
import { CsvFile } from './csv-file.js';
import { ChartDrawing } from './drawing.js';
import styles from './chart.styles.js';

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
 * The chart draws first: the data table and the generated text alternative
 * are made in the next idle time after the first render, and are there before
 * `nw-render`; the CSV's code loads, and its file is made, when a reader first
 * reaches for "Download CSV" (pointer, focus or click). Chart.js loads only
 * when the element comes near the viewport (600px ahead);
 * the chart's box is sized before that, so nothing shifts when it draws. The
 * box follows `aspect-ratio` (default 16/9, at most 4/3 in narrow containers);
 * horizontal bar charts without an `aspect-ratio` attribute are as tall as
 * their bars need.
 *
 * The plot is one tab stop: the arrow keys move from point to point (left and
 * right along a series, up and down between series and panels), Home and End
 * go to the first and last point, S plays the series as tones, Escape leaves.
 * Each move shows the tooltip, rings the point and says it in one sentence (x,
 * series, value with its qualifier and unit, note, source) through a polite
 * live region. A tap shows the nearest point's tooltip; a tap elsewhere hides
 * it. In forced colors the chart is drawn in system colours.
 *
 * The CSV: a header row (the category, then each series' header), raw numbers,
 * and after a series with qualifiers or notes a column of its qualifier codes
 * (`more-than`, `about`, …) and one of its notes; a UTF-8 byte order mark (so
 * spreadsheets read Cyrillic right), rows ending in CRLF.
 *
 * @tagname nw-chart
 * @summary A chart (bars, lines or areas, grouped or stacked, with ranges, annotations and highlights; vertical or horizontal; category or date x) with a data table and CSV download.
 *
 * @event nw-load - The payload is loaded and valid. `detail: { payload }`.
 * @event nw-render - Chart.js has drawn the chart (after its animation), on first draw and after each update.
 * @event nw-point - A reader came onto a point: by the arrow keys, the mouse or a tap. `detail: { chart, series, x, y }` (ids and x as in the payload).
 * @event nw-error - Something went wrong. `detail: { code, message, path?, status? }`.
 * @event nw-update - With `refresh`: a refreshed payload differs from the one shown. `detail: { payload, changed }`, `changed` being the ids of the figures, charts and quotes whose content changed.
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
 * @csspart mark-key - The line that explains the mark by a qualified value whose words do not fit on the chart.
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

  /** `bar`, `line` or `area`: overrides the payload's chart type (every series is drawn this way). */
  type: 'bar' | 'line' | 'area' | undefined;

  /** `vertical` or `horizontal`: overrides the payload's orientation. */
  orientation: 'vertical' | 'horizontal' | undefined;

  /** Width to height of the chart's box, e.g. `16/9` (default) or `2`. */
  aspectRatio: string | undefined;

  /** Shows the data table from the start. */
  showTable = false;

  /** Hides the "Download CSV" link. */
  noDownload = false;

  /** The title is a heading of this level (1–6) when given; without it, the title is the figure's caption. */
  headingLevel: number | null | undefined;

  /** Whether the data table is shown ("Show data"). */
  #tableOpen = false;

  readonly #models = new ModelCache();
  /** The text alternative and table of a model, made after the first render (at once when the table is open). */
  readonly #details = new ChartDetails({
    model: () => this.#models.current,
    locale: () => this.locale,
    requestUpdate: () => this.requestUpdate(),
  });
  /** True once the rendered DOM holds the details of the current model. */
  #detailsShown = false;
  /** The CSV behind "Download CSV", made when a reader reaches for the link. */
  readonly #csv = new CsvFile(() => this.requestUpdate());
  #loadError: WidgetError | undefined;
  /** The pictures of a pre-rendered chart, shown until its canvas has drawn. */
  #pictures: ChartPicture[] | undefined;
  readonly #drawing = new ChartDrawing(this, {
    drawn: () => {
      if (this.#pictures) {
        this.#pictures = undefined;
        this.requestUpdate();
      }
      this.#unannounced = true;
      // The details follow the first draw, in idle time.
      if (!this.#detailsShown) this.#details.whenIdle();
      this.#announce();
    },
    failed: (error: WidgetError) => {
      this.#loadError = error;
      this.requestUpdate();
    },
  });
  /** Chart.js has drawn, and `nw-render` has not told the page yet; and who waits for `rendered`. */
  #unannounced = false;
  #waiters: (() => void)[] = [];

  /**
   * Settles once the current data is drawn: resolves after Chart.js has drawn it
   * and the data table is in place (when `nw-render` fires), or at once when the
   * widget shows an error. A chart far below the viewport draws only when it
   * comes near.
   */
  get rendered(): Promise<void> {
    return this.updateComplete.then(() =>
      this.currentError || this.#settled() ? undefined : new Promise<void>((resolve) => this.#waiters.push(resolve)),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#onPrint);
    this.#details.cancel();
    this.#csv.clear();
  }

  protected override rendersSynchronously(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('showTable')) this.#tableOpen = this.showTable;
  }

  /**
   * The chart's frame, title, table and links around its canvas. In the browser the hidden table waits until the
   * chart has drawn; on the server (and for a pre-rendered chart, already on the page) it is made at once.
   */
  content({ payload, context, server, live }: ContentInputs): ContentResult | undefined {
    const picked = pick(payload?.charts, this.chart?.trim() || undefined, 'chart');
    if (picked instanceof WidgetError) return picked;
    if (this.#loadError) return this.#loadError;
    const chart = chartToDraw(picked, payload!, live, this.#models.current?.chart, (error) => keptAfterRefresh(this, error));
    if (chart instanceof WidgetError) return chart;
    const waiting = codeToWaitFor(chart, this.type, context.locale);
    if (waiting) {
      this.waitFor(waiting);
      // A chart on screen keeps its place while the code of a new form loads (drawn plain until it is here).
      if (!this.#models.current || !chartWordsReady(context.locale)) return undefined;
    }
    const model = this.#models.of(payload!, chart, this.type, this.orientation, context);
    if (server || this.#tableOpen || this.#details.made || this.prerendered) this.#details.make(context.locale);
    if (this.prerendered && !this.hasUpdated) this.#takePictures();
    const details = this.#details.of(model);
    const pictures = server ? server.pictures?.(model, this.aspectRatio) : this.#pictures;
    this.#csv.set(this.noDownload ? undefined : model, context.locale);
    // On the server, the file itself, so the link works before (and without) the script.
    const csvHref = this.noDownload ? undefined : (server?.csvHref?.(model, context.locale) ?? this.#csv.href);
    return renderChartView(payload, chart, context, {
      model,
      aspectRatio: this.aspectRatio,
      // Lit sets `null` when the attribute is removed: the title is the caption again.
      headingLevel: this.headingLevel == null ? undefined : headingLevel(this.headingLevel, 3),
      // The server has no willUpdate: there the table is open as the attribute says.
      tableOpen: server ? this.showTable : this.#tableOpen,
      details: details ?? false,
      csvHref,
      pictures: pictures?.length ? pictures : undefined,
      // A tab stop with its keys, but not while a pre-rendered picture stands in for the canvas.
      explorable: !server && !pictures,
      onToggle: this.#toggleTable,
      onCsv: this.#csv.use,
      onExplore: this.#drawing.wake,
    });
  }

  /** A pre-rendered chart takes its words first, and, of the forms beyond plain bars and lines (its figure says `forms`), their code. */
  protected override codeForFirstRender(): Promise<unknown> {
    return prerendered.load().then(() => prerendered.module?.codeForPrerendered(this.renderRoot, this.locale));
  }

  /** The box's size and the legend's swatch colours, by selector (the server writes them as CSS). */
  override contentStyles(): ContentStyles {
    const model = this.#models.current;
    return model ? boxStyles(model, this.aspectRatio) : {};
  }

  /** Keeps the pictures the server drew; the live chart then draws without animation, and they give way to it. */
  #takePictures(): void {
    this.#pictures = prerendered.module?.picturesIn(this.renderRoot);
    this.#drawing.still ||= !!this.#pictures;
  }

  /** A page printed before the chart drew (or its table came) still prints the table. */
  #onPrint = (): void => {
    if (this.#detailsShown) return;
    this.#details.make();
    this.requestUpdate();
  };

  #toggleTable = (): void => {
    this.#tableOpen = !this.#tableOpen;
    this.requestUpdate();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const model = this.currentError || this.data.state.status !== 'ready' ? undefined : this.#models.current;
    if (model) this.#applyStyles(model);
    this.#detailsShown = !!model && !!this.#details.of(model);
    // A chart away from the viewport may not draw for a long time, but screen readers need its table now; one that
    // comes near draws first and asks again.
    if (model && !this.#detailsShown && !this.#details.waiting) this.#details.whenIdle(() => this.#drawing.near);
    this.#drawing.sync(model, this.locale);
    if (this.currentError) this.#flushWaiters();
    this.#announce();
  }

  /** Sizes the box and colours the legend's swatches, through the CSSOM (a strict CSP blocks `style` attributes). */
  #applyStyles(model: Model): void {
    for (const [selector, properties] of Object.entries(boxStyles(model, this.aspectRatio)))
      for (const [name, value] of Object.entries(properties))
        this.renderRoot.querySelector<HTMLElement>(selector)?.style.setProperty(name, value);
  }

  /** Drawn by Chart.js, with the table and text in place. */
  #settled(): boolean {
    return this.#drawing.drawn && this.#detailsShown;
  }

  /** Fires `nw-render` once per draw, when the draw and the details are both done. */
  #announce(): void {
    if (!this.#unannounced || !this.#settled()) return;
    this.#unannounced = false;
    this.emit('nw-render', {});
    this.#flushWaiters();
  }

  #flushWaiters(): void {
    for (const resolve of this.#waiters.splice(0)) resolve();
  }
}
