/**
 * What each widget shows, on Node: the same views, with the same inputs, as
 * the element's first render in the browser, so that the element can take the
 * server's DOM over as it is (hydration). Attributes become properties
 * through the element classes themselves (Lit's converters and defaults).
 */
import type { TemplateResult } from 'lit';
import { ChartElement } from '../elements/chart/chart-element.js';
import { EmbedElement } from '../elements/embed/embed-element.js';
import { FigureCardElement } from '../elements/figure-card/figure-card-element.js';
import { FigureGridElement } from '../elements/figure-grid/figure-grid-element.js';
import { QuoteElement, quoteAttributes } from '../elements/quote/quote-element.js';
import { chartStrings } from '../format/chart-strings.js';
import { kk } from '../format/kk.js';
import { ru } from '../format/ru.js';
import { provideLanguages, strings } from '../format/strings.js';
import type { WidgetElement } from '../internal/widget-element.js';
import { WidgetError } from '../payload/errors.js';
import type { Payload } from '../payload/schema.js';
import { pick, viewContext, type ViewContext } from '../views/context.js';
import { csv } from '../views/chart/csv.js';
import { buildModel, plotBox, type Model } from '../views/chart/model.js';
import { altText } from '../views/chart/text.js';
import { renderChartView, type ChartPicture } from '../views/chart/view.js';
import { embedSections, renderEmbed } from '../views/embed.js';
import { figureFromAttributesOnly, renderFigure, resolveFigure } from '../views/figure.js';
import { pickFigures, renderFigureGrid } from '../views/figure-grid.js';
import { headingLevel } from '../views/heading-level.js';
import { renderFrame } from '../views/frame.js';
import { quoteFromAttributesOnly, renderQuote, resolveQuote } from '../views/quote.js';

provideLanguages({ ru, kk });

/** The element classes by tag. */
export const WIDGET_CLASSES = {
  'nw-figure-card': FigureCardElement,
  'nw-figure-grid': FigureGridElement,
  'nw-chart': ChartElement,
  'nw-quote': QuoteElement,
  'nw-embed': EmbedElement,
} as const;

// Defined in the registry of Lit's DOM shim, so that SSR writes the widgets inside a widget (nw-embed's) as elements.
for (const [tag, Widget] of Object.entries(WIDGET_CLASSES)) if (!customElements.get(tag)) customElements.define(tag, Widget);

/** A widget tag. */
export type WidgetTag = keyof typeof WIDGET_CLASSES;

/** Whether `name` is a widget's tag. */
export function isWidgetTag(name: string): name is WidgetTag {
  return Object.hasOwn(WIDGET_CLASSES, name);
}

/** What a widget is drawn with besides its attributes. */
export interface WidgetInputs {
  payload: Payload | undefined;
  /** The resolved language. */
  locale: string;
  /** The `color-scheme` the frame uses: `light`, `dark` or `light dark`. */
  scheme: string;
  /** Whether the element holds fallback content of its own. */
  hasFallback: boolean;
  /** The element's own text (for `nw-quote`). */
  ownText: string;
  /** The chart's pictures, when it has them. */
  pictures?: (model: Model, aspectRatio: string | undefined) => ChartPicture[] | undefined;
}

/** A widget's content, drawn: its template, and the extra CSS its box needs (which the browser sets through the CSSOM). */
export interface DrawnContent {
  template: TemplateResult;
  css: string;
  /** Whether it holds pictures of a chart. */
  pictured: boolean;
}

/** An element of `tag` with `attributes` applied as the browser would apply them. */
export function widgetElement(tag: WidgetTag, attributes: Iterable<[string, string]>): WidgetElement {
  const Widget = WIDGET_CLASSES[tag];
  void Widget.observedAttributes; // finalizes the class: its properties and styles
  const element = new Widget();
  for (const [name, value] of attributes) {
    element.setAttribute(name, value);
    element.attributeChangedCallback(name, null, value);
  }
  return element;
}

/** The `color-scheme` a widget's `theme` gives on a page whose own scheme is not known: auto leaves it to the reader's OS. */
export function schemeOf(element: WidgetElement): string {
  return element.theme === 'dark' ? 'dark' : element.theme === 'auto' ? 'light dark' : 'light';
}

function chartContent(element: ChartElement, inputs: WidgetInputs, context: ViewContext): DrawnContent | WidgetError {
  const { payload } = inputs;
  const chart = pick(payload?.charts, element.chart || undefined, 'chart');
  if (chart instanceof WidgetError) return chart;
  const model = buildModel(payload, chart, element.type, element.orientation, context.locale);
  const words = chartStrings(context.locale);
  const drawnPictures = inputs.pictures?.(model, element.aspectRatio);
  const pictures = drawnPictures?.length ? drawnPictures : undefined;
  const template = renderChartView(payload, chart, context, {
    model,
    aspectRatio: element.aspectRatio,
    headingLevel: element.headingLevel == null ? undefined : headingLevel(element.headingLevel, 3),
    tableOpen: element.showTable,
    details: { alt: altText(model, context.locale, words) },
    // The file itself, so the link works before (and without) the script.
    csvHref: element.noDownload ? undefined : `data:text/csv;charset=utf-8,${encodeURIComponent(csv(model, words))}`,
    pictures,
  });
  const box = Object.entries(plotBox(model, element.aspectRatio))
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  const swatches = model.legend
    ? model.series.map((series, i) => `.legend li:nth-child(${i + 1}) .swatch{--_swatch:${series.color}}`).join('')
    : '';
  return { template, css: `.plot{${box}}${swatches}`, pictured: !!pictures?.length };
}

/** The content of `element`, as its `renderContent` draws it, or the error it would show. */
function content(element: WidgetElement, inputs: WidgetInputs, context: ViewContext): DrawnContent | WidgetError {
  const { payload } = inputs;
  const drawn = (template: TemplateResult): DrawnContent => ({ template, css: '', pictured: false });
  if (element instanceof FigureCardElement) {
    if (!payload && !figureFromAttributesOnly(element)) return noData();
    const view = resolveFigure(payload, element);
    return view instanceof WidgetError ? view : drawn(renderFigure(view, context));
  }
  if (element instanceof FigureGridElement) {
    if (!payload) return noData();
    const figures = pickFigures(payload, element.figures);
    return figures instanceof WidgetError ? figures : drawn(renderFigureGrid(figures, payload, context));
  }
  if (element instanceof QuoteElement) {
    const attributes = quoteAttributes(element, () => inputs.ownText);
    if (!payload && !quoteFromAttributesOnly(attributes)) return noData();
    const view = resolveQuote(payload, attributes);
    return view instanceof WidgetError ? view : drawn(renderQuote(view, context));
  }
  if (element instanceof ChartElement) return payload ? chartContent(element, inputs, context) : noData();
  if (element instanceof EmbedElement) {
    if (!payload) return new WidgetError('no-data', 'no payload');
    const options = {
      sections: embedSections(element.sections),
      headingLevel: headingLevel(element.headingLevel, 2),
      theme: element.theme,
      debug: element.debug,
    };
    return drawn(renderEmbed(payload, options, context));
  }
  return noData();
}

function noData(): WidgetError {
  return new WidgetError('no-data', 'no payload: set a child <script type="application/json">, payload-id or src');
}

/** The widget's whole shadow content (frame and content) and extra CSS, or the error it would show. */
export function drawWidget(tag: WidgetTag, element: WidgetElement, inputs: WidgetInputs): DrawnContent | WidgetError {
  const context = viewContext(inputs.locale, inputs.payload, strings(inputs.locale));
  let shown: DrawnContent | WidgetError;
  try {
    shown = content(element, inputs, context);
  } catch (error) {
    shown = new WidgetError('invalid-payload', `could not draw: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (shown instanceof WidgetError) return shown;
  const template = renderFrame(shown.template, {
    scheme: inputs.scheme,
    hasFallback: inputs.hasFallback,
    debug: element.debug,
    tag,
    ui: context.ui,
  });
  return { ...shown, template };
}

/** The element's styles, as its shadow root adopts them. */
export function stylesOf(tag: WidgetTag): string[] {
  const Widget = WIDGET_CLASSES[tag];
  void Widget.observedAttributes; // finalizes the class: its properties and styles
  return Widget.elementStyles.flatMap((style) => ('cssText' in style ? [style.cssText] : []));
}
