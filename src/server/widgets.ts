/**
 * The widgets on Node: the element classes, found through the widget
 * definitions (`src/widgets.ts`), and what each draws. An element is made with
 * its attributes applied as the browser applies them (Lit's converters and
 * defaults), and its content is drawn by the same `drawContent` its render
 * calls, so the browser can take the server's DOM over as it is (hydration).
 */
import type { TemplateResult } from 'lit';
import { shippedLanguages } from '../format/languages/shipped.js';
import { provideLanguages, strings } from '../format/strings.js';
import type { ContentInputs, ContentStyles } from '../internal/content.js';
import type { WidgetElement } from '../internal/widget-element.js';
import { WidgetError } from '../payload/errors.js';
import type { Payload } from '../payload/schema.js';
import { viewContext } from '../views/context.js';
import { chartStrings } from '../format/chart-strings.js';
import { csvDataUrl } from '../views/chart/csv.js';
import { provideFormsCode } from '../views/chart/forms-code.js';
import * as chartForms from '../views/chart/spec-forms.js';
import { renderFrame } from '../views/frame.js';
import { WIDGETS, widgetByTag, type WidgetDefinition } from '../widgets.js';
import { NO_SCRIPT_STYLES, WIDGET_LOADERS } from '../widget-loaders.js';

provideLanguages(shippedLanguages);
// The chart forms' code is here at once: a chart never waits for it.
provideFormsCode(chartForms);

/** A widget element class. */
type WidgetClass = (new () => WidgetElement) & typeof WidgetElement;

/** The element classes by tag, from each definition's module (which also defines the element, in the registry of Lit's DOM shim, so that SSR writes the widgets inside a widget as elements). */
const CLASSES = new Map<string, WidgetClass>(
  await Promise.all(
    WIDGETS.map(async (widget): Promise<[string, WidgetClass]> => [
      widget.tag,
      classOf(widget, await WIDGET_LOADERS[widget.tag]()),
    ]),
  ),
);

function classOf(widget: WidgetDefinition, module: Record<string, unknown>): WidgetClass {
  const Widget = module[widget.className];
  if (typeof Widget !== 'function') throw new Error(`the module of <${widget.tag}> exports no ${widget.className}`);
  return Widget as WidgetClass;
}

/** A widget tag. */
export type WidgetTag = `nw-${string}`;

/** Whether `name` is a widget's tag. */
export function isWidgetTag(name: string): name is WidgetTag {
  return CLASSES.has(name);
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
  /** The element's own text, read only by a widget that shows it (`nw-quote`). */
  ownText: () => string;
  /** The chart's pictures, when it has them. */
  pictures?: NonNullable<ContentInputs['server']>['pictures'];
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
  const Widget = CLASSES.get(tag)!;
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

/** The widget's whole shadow content (frame and content) and extra CSS, or the error it would show. */
export function drawWidget(tag: WidgetTag, element: WidgetElement, inputs: WidgetInputs): DrawnContent | WidgetError {
  const context = viewContext(inputs.locale, inputs.payload, strings(inputs.locale));
  let pictured = false;
  const pictures = inputs.pictures;
  const shown = element.drawContent({
    payload: inputs.payload,
    context,
    ownText: inputs.ownText,
    live: false,
    server: {
      csvHref: (model, locale) => csvDataUrl(model, chartStrings(locale)),
      pictures: pictures
        ? (model, aspectRatio) => {
            const drawn = pictures(model, aspectRatio);
            pictured = !!drawn?.length;
            return drawn;
          }
        : undefined,
    },
  });
  if (shown === undefined) return new WidgetError('no-data', `<${tag}> has nothing to draw`);
  if (shown instanceof WidgetError) return shown;
  const template = renderFrame(shown, {
    scheme: inputs.scheme,
    hasFallback: inputs.hasFallback,
    ui: context.ui,
  });
  return { template, css: cssRules(element.contentStyles()), pictured };
}

/** Custom properties by selector, as CSS rules. */
function cssRules(styles: ContentStyles): string {
  return Object.entries(styles)
    .map(
      ([selector, properties]) =>
        `${selector}{${Object.entries(properties)
          .map(([name, value]) => `${name}:${value}`)
          .join(';')}}`,
    )
    .join('');
}

/** The element's styles, as its shadow root adopts them. */
export function stylesOf(tag: WidgetTag): string[] {
  const Widget = CLASSES.get(tag)!;
  void Widget.observedAttributes; // finalizes the class: its properties and styles
  return Widget.elementStyles.flatMap((style) => ('cssText' in style ? [style.cssText] : []));
}

/** The styles a widget's shadow root adds when the page runs no script (the chart shows its table), or ''. */
export function noScriptStylesOf(tag: WidgetTag): string {
  return (isWidgetTag(tag) && NO_SCRIPT_STYLES[tag as keyof typeof NO_SCRIPT_STYLES]) || '';
}

/** The definition of a widget tag. */
export function definitionOf(tag: WidgetTag): WidgetDefinition {
  return widgetByTag(tag)!;
}
