/**
 * `render`: a payload as files for surfaces that run no script. `static` is
 * HTML for RSS readers, newsletters and print (a page per widget and
 * `index.html`); `apple-news` is Apple News Format JSON (the components of
 * each widget and a whole `article.json`). Charts become PNG pictures drawn
 * by Chart.js on Node when `@napi-rs/canvas` is installed.
 */
import { shippedLanguages } from '../format/languages/shipped.js';
import { provideLanguages, strings } from '../format/strings.js';
import type { Payload } from '../payload/schema.js';
import { isUsableLocale, parsePayload, type Problem } from '../payload/validate.js';
import { viewContext } from '../views/context.js';
import { figureView } from '../views/figure.js';
import type { QuoteView } from '../views/quote.js';
import { resolveSources } from '../views/sources.js';
import { buildModel } from '../views/chart/model.js';
import { modelForms } from '../views/chart/spec-forms.js';
import { altText } from '../views/chart/text.js';
import { chartStrings } from '../format/chart-strings.js';
import { appleNewsFiles } from './apple-news/article.js';
import { MAX_PICTURE_PIXELS, pictureDrawer, type PictureOptions } from './pictures.js';
import { staticDocument, staticIndexBody } from './static/document.js';
import { NO_CSS_INSET } from './static/styles.js';
import { staticChart, staticFigure, staticQuote } from './static/widgets.js';
import type { RenderedChart, RenderedFile, RenderInputs } from './types.js';

export type { RenderedChart, RenderedFile, RenderInputs };

provideLanguages(shippedLanguages);

/** The surfaces `render` writes for. */
export const RENDER_TARGETS = ['static', 'apple-news'] as const;
/** A surface `render` writes for. */
export type RenderTarget = (typeof RENDER_TARGETS)[number];

/** How `render` renders. */
export interface RenderOptions {
  target: RenderTarget;
  /** The widgets' language (a BCP 47 tag); default the payload's `locale`, else English. */
  lang?: string | undefined;
  /**
   * The width of the page in CSS pixels, default 600 (a newsletter's). Chart
   * pictures are drawn at this width for Apple News, and a little narrower for
   * static HTML, so that they fit a page that applies no CSS.
   */
  width?: number | undefined;
  /** How chart pictures are drawn; `false` draws none (a chart is then its table). */
  pictures?: PictureOptions | false | undefined;
  /** Told of what is worth knowing but not wrong (no canvas module, the font used). */
  onNotice?: ((message: string) => void) | undefined;
}

/** Thrown by `render` for bad data or bad options: every problem, with its path. */
export class RenderError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
    this.name = 'RenderError';
    this.problems = problems;
  }
}

/** The narrowest and widest content `--width` accepts, in CSS pixels. */
export const WIDTH_RANGE = [240, 2400] as const;

function optionProblems(options: RenderOptions): Problem[] {
  const problems: Problem[] = [];
  if (!(RENDER_TARGETS as readonly string[]).includes(options.target))
    problems.push({ path: '--target', message: `must be one of ${RENDER_TARGETS.join(', ')}` });
  if (options.lang !== undefined && !isUsableLocale(options.lang))
    problems.push({ path: '--lang', message: 'must be a language tag such as en, ru or kk' });
  const width = options.width;
  if (width !== undefined && !(Number.isInteger(width) && width >= WIDTH_RANGE[0] && width <= WIDTH_RANGE[1]))
    problems.push({ path: '--width', message: `must be a whole number of pixels from ${WIDTH_RANGE[0]} to ${WIDTH_RANGE[1]}` });
  return problems;
}

/**
 * What the payload must have for `target` beyond what validation asks: ids
 * that stay apart on file systems that ignore case (they name the files), and
 * for Apple News an `id` (the article's stable identifier) and a `title`.
 */
function targetProblems(payload: Payload, target: RenderTarget): Problem[] {
  const problems: Problem[] = [];
  for (const list of ['figures', 'charts', 'quotes'] as const) {
    const seen = new Map<string, number>();
    payload[list]?.forEach((item, index) => {
      const key = item.id.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        problems.push({
          path: `${list}[${index}].id`,
          message: `"${item.id}" differs from ${list}[${first}].id only in case: their files would be one file on many disks`,
        });
    });
  }
  if (target === 'apple-news') {
    if (!payload.id)
      problems.push({ path: 'id', message: 'is required for Apple News: it is the article’s identifier, which must not change' });
    if (!payload.title?.trim())
      problems.push({ path: 'title', message: 'is required for Apple News: it is the article’s title' });
  }
  return problems;
}

async function drawCharts(
  payload: Payload,
  locale: string,
  pictureWidth: number,
  options: RenderOptions,
): Promise<RenderedChart[]> {
  const charts = payload.charts ?? [];
  let drawer: Awaited<ReturnType<typeof pictureDrawer>>;
  try {
    drawer = charts.length && options.pictures !== false ? await pictureDrawer(options.pictures || {}) : undefined;
  } catch (error) {
    throw new RenderError([{ path: '--font', message: error instanceof Error ? error.message : String(error) }]);
  }
  if (charts.length && options.pictures !== false) {
    options.onNotice?.(
      drawer
        ? `chart pictures are drawn with the font ${drawer.font}`
        : 'chart pictures are left out: @napi-rs/canvas is not installed (npm install @napi-rs/canvas); charts are rendered as their text and data table',
    );
  }
  return charts.map((chart) => {
    const model = buildModel(payload, chart, undefined, undefined, locale, modelForms);
    const png = drawer?.png(model, undefined, locale, pictureWidth);
    if (drawer && !png)
      options.onNotice?.(
        `chart "${chart.id}" is too tall for a picture (at most ${MAX_PICTURE_PIXELS} pixels); it is rendered as its data table`,
      );
    return {
      chart,
      model,
      alt: altText(model, locale, chartStrings(locale)),
      picture: png && { ...png, file: `${chart.id}.png` },
    };
  });
}

/** The payload's quotes as views (their source ids resolved). */
function quoteViews(payload: Payload): QuoteView[] {
  return (payload.quotes ?? []).map((quote) => ({
    text: quote.text,
    speaker: quote.speaker,
    role: quote.role,
    kind: quote.kind ?? 'direct',
    source: resolveSources(payload, quote.source)[0],
    date: quote.date,
    context: quote.context,
  }));
}

function staticFiles(inputs: RenderInputs): RenderedFile[] {
  const { payload, context, width, charts, quotes } = inputs;
  const page = (title: string | undefined, body: Parameters<typeof staticDocument>[1]) =>
    staticDocument(title || payload.title || 'newsroom-widgets', body, width, context);
  const figures = (payload.figures ?? []).map((figure) => ({
    name: `figure-${figure.id}.html`,
    title: figure.label,
    body: staticFigure(figureView(figure, payload), context),
  }));
  const chartPages = charts.map(({ chart, model, alt, picture }) => ({
    name: `chart-${chart.id}.html`,
    title: chart.title,
    body: staticChart(model, resolveSources(payload, chart.source), picture && { ...picture, alt }, context),
  }));
  const quotePages = quotes.map((quote, index) => ({
    name: `quote-${payload.quotes![index]!.id}.html`,
    title: quote.speaker,
    body: staticQuote(quote, context),
  }));
  const widgets = [...figures, ...chartPages, ...quotePages];
  return [
    {
      name: 'index.html',
      content: page(
        payload.title,
        staticIndexBody(
          payload,
          widgets.map((widget) => widget.body),
          context,
        ),
      ),
    },
    ...widgets.map((widget) => ({ name: widget.name, content: page(widget.title, widget.body) })),
    ...charts.flatMap(({ picture }) => (picture ? [{ name: picture.file, content: picture.data }] : [])),
  ];
}

/**
 * Renders `payload` (JSON text or a parsed value) for `options.target`: the
 * files to write, in memory. Throws `RenderError` with every problem of the
 * payload and the options; nothing is drawn until all of them are right.
 */
export async function render(payload: unknown, options: RenderOptions): Promise<RenderedFile[]> {
  const parsed = parsePayload(payload);
  const problems = [...optionProblems(options), ...parsed.problems];
  if (parsed.ok) problems.push(...targetProblems(parsed.payload, options.target));
  if (!parsed.ok || problems.length) throw new RenderError(problems);
  const data = parsed.payload;
  const locale = options.lang ?? data.locale ?? 'en';
  const width = options.width ?? 600;
  const context = viewContext(locale, data, strings(locale));
  const inputs: RenderInputs = {
    payload: data,
    context,
    width,
    charts: await drawCharts(data, locale, options.target === 'static' ? width - 2 * NO_CSS_INSET : width, options),
    quotes: quoteViews(data),
  };
  return options.target === 'static' ? staticFiles(inputs) : appleNewsFiles(inputs);
}
