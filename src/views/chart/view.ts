/**
 * One chart with everything around it: title, description, legend, the box
 * the canvas draws in, "Show data" and "Download CSV", the data table, notes
 * and source. The canvas itself is drawn by the element (Chart.js); this view
 * is the same in the browser and on Node.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Chart, Payload } from '../../payload/schema.js';
import { chartStrings } from '../../format/chart-strings.js';
import type { ViewContext } from '../context.js';
import { resolveSources, sourceList, sourcesLabel } from '../sources.js';
import { formsCode } from './forms-code.js';
import { buildModel, QUALIFIER_MARK, sizedByRows, usesForms, type Model } from './model.js';
import { renderMarked, renderTable } from './table.js';
import { fill } from '../../format/strings.js';
import { altText } from './text.js';

/** How the element wants the chart drawn; every field may be left out. */
export interface ChartViewOptions {
  /** The chart's model, when the element keeps one; else it is built from `chart`. */
  model?: Model | undefined;
  /** The `aspect-ratio` attribute. */
  aspectRatio?: string | undefined;
  /** The title is a heading of this level (1–6) only when given; else it is the figure's caption. */
  headingLevel?: number | undefined;
  /** The data table is shown ("Hide data"). */
  tableOpen?: boolean;
  /**
   * The text alternative and the data table: made here when left out, given
   * by the element once made, or `false` while the chart draws its first
   * frame (the canvas then has only the author's description).
   */
  details?: { alt: string } | false | undefined;
  /** The "Download CSV" link's address; no link when left out. */
  csvHref?: string | undefined;
  /**
   * Pictures of the chart drawn on Node (pre-rendered): shown in the box until
   * the live canvas draws; the canvas is hidden from screen readers meanwhile.
   */
  pictures?: readonly ChartPicture[] | undefined;
  /**
   * The live chart can be explored by keyboard: the canvas is then a tab stop, its keys in its description
   * (an element always rendered, empty otherwise, so that pre-rendered markup is taken over as it is).
   */
  explorable?: boolean;
  /** Listeners of the element (left out on Node). */
  onExplore?: ((event: Event) => void) | undefined;
  onToggle?: (() => void) | undefined;
  onCsv?: ((event: Event) => void) | undefined;
}

/** A still picture of the chart, for one layout and scheme (its classes say which). */
export interface ChartPicture {
  className: string;
  src: string;
  width: number;
  height: number;
}

function title(chart: Chart, level: number | undefined): TemplateResult | typeof nothing {
  if (!chart.title) return nothing;
  return level === undefined
    ? html`<figcaption id="title" class="title" part="title">${chart.title}</figcaption>`
    : html`<div id="title" class="title" part="title" role="heading" aria-level=${level}>${chart.title}</div>`;
}

function note(text: unknown, label: string, part: string): TemplateResult | typeof nothing {
  return text ? html`<p class="note" part=${part}><span class="label">${label}:</span> ${text}</p>` : nothing;
}

/** Draws the chart's frame and text; the canvas inside stays empty until Chart.js draws on it. */
export function renderChartView(
  payload: Payload | undefined,
  chart: Chart,
  context: ViewContext,
  options: ChartViewOptions = {},
): TemplateResult {
  const { ui, locale } = context;
  const words = chartStrings(locale);
  const model = options.model ?? buildModel(payload, chart, undefined, undefined, locale, formsCode.module?.modelForms);
  const details = options.details === false ? undefined : (options.details ?? { alt: altText(model, locale, words) });
  const open = options.tableOpen ?? false;
  const sources = resolveSources(payload, chart.source);
  const alt = details?.alt ?? chart.description?.trim();
  const explorable = !!options.explorable;
  return html`
    <figure class=${usesForms(model) ? 'chart forms' : 'chart'} part="figure" aria-labelledby=${chart.title ? 'title' : nothing}>
      ${title(chart, options.headingLevel)}
      ${chart.description ? html`<p class="description" part="description">${chart.description}</p>` : nothing}
      ${
        model.legend
          ? html`<ul class="legend" part="legend">
              ${model.series.map(
                (series, i) =>
                  html`<li class=${model.highlight.series.includes(i) ? 'highlighted' : nothing}>
                    <span class="swatch ${series.type}"></span>${series.header}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <div class="plot ${sizedByRows(model, options.aspectRatio) ? 'rows' : 'ratio'}" part="chart">
        ${options.pictures?.map(
          (picture) =>
            html`<img
              class=${picture.className}
              src=${picture.src}
              width=${picture.width}
              height=${picture.height}
              alt=${alt ?? ''}
            />`,
        )}
        <canvas
          role=${explorable ? 'application' : 'img'}
          tabindex=${explorable ? 0 : nothing}
          aria-label=${alt || nothing}
          aria-describedby=${explorable ? 'keys' : nothing}
          aria-hidden=${options.pictures ? 'true' : nothing}
          @focus=${options.onExplore}
          @pointerdown=${options.onExplore}
        ></canvas>
        <span id="keys" hidden>${explorable ? words.keys : ''}</span>
        <div class="tip" hidden aria-hidden="true"></div>
      </div>
      ${
        model.series.some(({ source }) => source.data.some((point) => point.qualifier))
          ? html`<p class="mark-key" part="mark-key">${fill(words.qualifiedMark, { mark: QUALIFIER_MARK })}</p>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="button" part="toggle" aria-expanded=${open} aria-controls="data" @click=${options.onToggle}>
          ${open ? words.hideData : words.showData}
        </button>
        ${
          details && options.csvHref !== undefined
            ? html`<a
                part="download"
                href=${options.csvHref}
                download=${model.fileName}
                @pointerenter=${options.onCsv}
                @focus=${options.onCsv}
                @click=${options.onCsv}
                >${words.downloadCsv}</a
              >`
            : nothing
        }
      </div>
      <div
        id="data"
        class="table-wrap ${open ? 'open' : 'visually-hidden'}"
        part="table"
        role="region"
        aria-labelledby=${details ? 'caption' : nothing}
        tabindex=${open ? '0' : nothing}
      >
        ${details ? renderTable(model, context) : nothing} ${details ? renderMarked(model, context) : nothing}
      </div>
      ${note(chart.notes, ui.notes, 'notes')}
      ${sources.length ? note(sourceList(sources), sourcesLabel(sources, ui), 'source') : nothing}
    </figure>
    <i class="probe" hidden></i>
  `;
}
