import type { PropertyValues } from 'lit';
import { WidgetElement, type ContentInputs, type ContentResult } from '../../internal/widget-element.js';
import type { ContentStyles } from '../../internal/content.js';
import { WidgetError } from '../../payload/errors.js';
import { pick } from '../../views/context.js';
import { headingLevel } from '../../views/heading-level.js';
import { buildModel, type Model } from '../../views/chart/model.js';
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
 * The chart draws first: the data table, the generated text alternative and
 * the CSV are made in the next idle time after the first render, and are
 * there before `nw-render`. Chart.js loads only when the element comes near
 * the viewport (600px ahead);
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

  /** The title is a heading of this level (1–6) when given; without it, the title is the figure's caption. */
  headingLevel: number | null | undefined;

  /** Whether the data table is shown ("Show data"). */
  #tableOpen = false;

  #model: Model | undefined;
  #modelInputs: unknown[] = [];
  /** The text alternative and CSV of a model, made after the first render (at once when the table is open). */
  readonly #details = new ChartDetails({
    model: () => this.#model,
    locale: () => this.locale,
    requestUpdate: () => this.requestUpdate(),
  });
  /** True once the rendered DOM holds the details of the current model. */
  #detailsShown = false;
  readonly #csv = new CsvFile();
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
  /** Chart.js has drawn, and `nw-render` has not told the page yet. */
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
  content({ payload, context, server }: ContentInputs): ContentResult | undefined {
    const chart = pick(payload?.charts, this.chart?.trim() || undefined, 'chart');
    if (chart instanceof WidgetError) return chart;
    if (this.#loadError) return this.#loadError;
    // The strings are an input too: when they change, the table, text and CSV are made again in the new words.
    const inputs = [payload, chart, this.type, this.orientation, context.locale, context.ui];
    if (!this.#model || inputs.some((value, i) => value !== this.#modelInputs[i])) {
      this.#modelInputs = inputs;
      this.#model = buildModel(payload, chart, this.type, this.orientation, context.locale);
    }
    const model = this.#model;
    if (server || this.#tableOpen || this.#details.made || this.prerendered) this.#details.make(context.locale);
    if (this.prerendered && !this.hasUpdated) this.#takePictures();
    const details = this.#details.of(model);
    const pictures = server ? server.pictures?.(model, this.aspectRatio) : this.#pictures;
    this.#csv.set(this.noDownload ? undefined : details?.csv);
    const csvFile = server && details ? `data:text/csv;charset=utf-8,${encodeURIComponent(details.csv)}` : this.#csv.href;
    return renderChartView(payload, chart, context, {
      model,
      aspectRatio: this.aspectRatio,
      // Lit sets `null` when the attribute is removed: the title is the caption again.
      headingLevel: this.headingLevel == null ? undefined : headingLevel(this.headingLevel, 3),
      // The server has no willUpdate: there the table is open as the attribute says.
      tableOpen: server ? this.showTable : this.#tableOpen,
      details: details ?? false,
      // On the server, the file itself, so the link works before (and without) the script.
      csvHref: this.noDownload ? undefined : csvFile,
      pictures: pictures?.length ? pictures : undefined,
      // A tab stop with its keys, but not while a pre-rendered picture stands in for the canvas.
      explorable: !server && !pictures,
      onToggle: this.#toggleTable,
      onCsv: this.#prepareCsv,
      onExplore: this.#drawing.wake,
    });
  }

  /** The box's size and the legend's swatch colours, by selector (the server writes them as CSS). */
  override contentStyles(): ContentStyles {
    return this.#model ? boxStyles(this.#model, this.aspectRatio) : {};
  }

  /** Keeps the pictures the server drew; the live chart then draws without animation, and they give way to it. */
  #takePictures(): void {
    const pictures = Array.from(this.renderRoot.querySelectorAll('img'), (img) => ({
      className: img.className,
      src: img.getAttribute('src') ?? '',
      width: img.width,
      height: img.height,
    }));
    this.#pictures = pictures.length ? pictures : undefined;
    this.#drawing.still ||= !!this.#pictures;
  }

  /** A page printed before the chart drew (or its table came) still prints the table. */
  #onPrint = (): void => {
    if (this.#detailsShown) return;
    this.#details.make();
    this.requestUpdate();
  };

  #prepareCsv = (event: Event): void => {
    if (this.#csv.prepare(event.currentTarget as HTMLAnchorElement)) this.requestUpdate();
  };

  #toggleTable = (): void => {
    this.#tableOpen = !this.#tableOpen;
    this.requestUpdate();
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const model = this.currentError || this.data.state.status !== 'ready' ? undefined : this.#model;
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
