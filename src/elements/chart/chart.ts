import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement } from '../../internal/define.js';
import { sliceHasRoom, waitForNextSlice } from '../../internal/slices.js';
import { WidgetElement, type ContentResult } from '../../internal/widget-element.js';
import { resolveSources, sourceList } from '../../internal/sources.js';
import { WidgetError } from '../../payload/errors.js';
import type { Payload } from '../../payload/schema.js';
import type { ChartHandle } from '../../chart/spec.js';
import { buildModel, plotBox, sizedByRows, type Model } from '../../views/chart/model.js';
import { altText, valueText } from '../../views/chart/text.js';
import { csv } from '../../views/chart/csv.js';
import { buildSpec, THEME_TOKENS } from '../../views/chart/build-spec.js';
import sharedStyles from '../../internal/shared.styles.js';
import { loadRenderer, type RendererModule } from './load-renderer.js';
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
  /** The text alternative and CSV of `#text.model`, once made. */
  #text: { model?: Model; alt?: string; csv?: string } = {};
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
      this.#model = buildModel(payload, chart, this.type, this.orientation, locale);
    }
    const model = this.#model;
    if (!this.noDownload && this.#csvText !== this.#textOf(model, 'csv')) {
      if (this.#csvUrl) URL.revokeObjectURL(this.#csvUrl);
      this.#csvText = this.#textOf(model, 'csv');
      this.#csvUrl = undefined;
    }
    return this.#renderChart(payload, model, locale);
  }

  /** The model's text alternative or CSV, each made once per model, when first asked for. */
  #textOf(model: Model, kind: 'alt' | 'csv'): string {
    if (this.#text.model !== model) this.#text = { model };
    return (this.#text[kind] ??= kind === 'alt' ? altText(model, this.locale, this.ui) : csv(model, this.ui));
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
          <canvas role="img" aria-label=${this.#textOf(model, 'alt')}></canvas>
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
    return sizedByRows(model, this.aspectRatio);
  }

  /** Sizes the box and colours the legend's swatches, through the CSSOM (a strict CSP blocks `style` attributes). */
  #applyStyles(model: Model): void {
    const root = this.renderRoot;
    root
      .querySelectorAll<HTMLElement>('.swatch')
      .forEach((swatch, i) => swatch.style.setProperty('--_swatch', model.series[i]!.color));
    const box = root.querySelector<HTMLElement>('.plot');
    if (!box) return;
    const style = plotBox(model, this.aspectRatio);
    for (const [name, value] of Object.entries(style)) box.style.setProperty(name, value);
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

defineElement('nw-chart', ChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'nw-chart': ChartElement;
  }
}
