import type { PropertyValues } from 'lit';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import { whenIdle } from '../../internal/idle.js';
import { WidgetError } from '../../payload/errors.js';
import type { Payload } from '../../payload/schema.js';
import { pick } from '../../views/context.js';
import { headingLevel } from '../../views/heading-level.js';
import { buildModel, plotBox, type Model } from '../../views/chart/model.js';
import { chartStrings } from '../../format/chart-strings.js';
import { altText } from '../../views/chart/text.js';
import { csv } from '../../views/chart/csv.js';
import { renderChartView, type ChartPicture } from '../../views/chart/view.js';
import sharedStyles from '../../internal/shared.styles.js';
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
  #details: { model: Model; alt: string; csv: string } | undefined;
  /** True once the rendered DOM holds the details of the current model. */
  #detailsShown = false;
  #cancelIdle: (() => void) | undefined;
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
      if (!this.#detailsShown) this.#detailsWhenIdle(true);
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
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    this.#csv.clear();
  }

  protected override rendersSynchronously(): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('showTable')) this.#tableOpen = this.showTable;
  }

  protected renderContent(payload: Payload | undefined): ContentResult | undefined {
    const chart = pick(payload?.charts, this.chart || undefined, 'chart');
    if (chart instanceof WidgetError) return chart;
    if (this.#loadError) return this.#loadError;
    const context = this.viewContext(payload);
    // The strings are an input too: when they change, the table, text and CSV are made again in the new words.
    const inputs = [payload, chart, this.type, this.orientation, context.locale, context.ui];
    if (!this.#model || inputs.some((value, i) => value !== this.#modelInputs[i])) {
      this.#modelInputs = inputs;
      this.#model = buildModel(payload, chart, this.type, this.orientation, context.locale);
    }
    const model = this.#model;
    // The first time, a hidden table waits until the chart has drawn; an open one, new data later, and a
    // pre-rendered chart's (already on the page) are made at once.
    if (this.#tableOpen || this.#details || this.prerendered) this.#makeDetails();
    if (this.prerendered && !this.hasUpdated) this.#takePictures();
    const details = this.#details?.model === model ? this.#details : undefined;
    this.#csv.set(this.noDownload ? undefined : details?.csv);
    return renderChartView(payload, chart, context, {
      model,
      aspectRatio: this.aspectRatio,
      // Lit sets `null` when the attribute is removed: the title is the caption again.
      headingLevel: this.headingLevel == null ? undefined : headingLevel(this.headingLevel, 3),
      tableOpen: this.#tableOpen,
      details: details ?? false,
      csvHref: this.noDownload ? undefined : this.#csv.href,
      pictures: this.#pictures,
      // A tab stop with its keys, but not while a pre-rendered picture stands in for the canvas.
      explorable: !this.#pictures,
      onToggle: this.#toggleTable,
      onCsv: this.#prepareCsv,
      onExplore: this.#drawing.wake,
    });
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

  /**
   * Makes the details in the next idle time: after the first draw of a chart in
   * view (`afterDraw`), or for a chart away from the viewport, which may not
   * draw for a long time but whose table screen readers need now.
   */
  #detailsWhenIdle(afterDraw: boolean): void {
    this.#cancelIdle?.();
    this.#cancelIdle = whenIdle(() => {
      this.#cancelIdle = undefined;
      if (!afterDraw && this.#drawing.near) return; // the draw comes first and asks again
      this.#makeDetails();
      this.requestUpdate();
    });
  }

  /** Makes the text alternative and CSV of the current model, once. */
  #makeDetails(): void {
    const model = this.#model;
    if (!model || this.#details?.model === model) return;
    const words = chartStrings(this.locale);
    this.#details = { model, alt: altText(model, this.locale, words), csv: csv(model, words) };
  }

  /** A page printed before the chart drew (or its table came) still prints the table. */
  #onPrint = (): void => {
    if (this.#detailsShown) return;
    this.#makeDetails();
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
    this.#detailsShown = !!model && this.#details?.model === model;
    if (model && !this.#detailsShown && !this.#cancelIdle) this.#detailsWhenIdle(false);
    this.#drawing.sync(model, this.locale);
    if (this.currentError) this.#flushWaiters();
    this.#announce();
  }

  /** Sizes the box and colours the legend's swatches, through the CSSOM (a strict CSP blocks `style` attributes). */
  #applyStyles(model: Model): void {
    const root = this.renderRoot;
    root
      .querySelectorAll<HTMLElement>('.swatch')
      .forEach((swatch, i) => swatch.style.setProperty('--_swatch', model.series[i]!.color));
    const box = root.querySelector<HTMLElement>('.plot');
    if (!box) return;
    for (const [name, value] of Object.entries(plotBox(model, this.aspectRatio))) box.style.setProperty(name, value);
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
