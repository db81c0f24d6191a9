/**
 * A widget's declarative shadow root, written with Lit's own SSR: its styles,
 * then its frame and content with Lit's hydration markers. Widgets inside a
 * widget (the grid, charts and quotes of `nw-embed`) are written the same way,
 * nested, and wait for their host (`defer-hydration`).
 */
import { ElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import type { WidgetElement } from '../internal/widget-element.js';
import { WidgetError } from '../payload/errors.js';
import { parsePayload } from '../payload/validate.js';
import type { PictureDrawer } from './pictures.js';
import { withoutControlCharacters } from './control-characters.js';
import { minifyCss } from './css.js';
import {
  drawWidget,
  isWidgetTag,
  noScriptStylesOf,
  schemeOf,
  stylesOf,
  widgetElement,
  type WidgetInputs,
  type WidgetTag,
} from './widgets.js';

/** What a widget is written with. */
export interface ShadowInputs extends Omit<WidgetInputs, 'pictures'> {
  /** Draws a chart's pictures, when pictures are drawn at all. */
  drawPictures: PictureDrawer['draw'] | undefined;
}

/** The pictures, shown one at a time: the one for the chart's width (see pictures.ts) and, when both are drawn, the scheme. */
const PICTURE_CSS = minifyCss(`
  .picture { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: contain; display: none; }
  .picture.wide { display: block; }
  @container nw-chart (max-width: 30em) { .picture.wide { display: none; } .picture.narrow { display: block; } }
  @container nw-chart (min-width: 50em) { .picture.wide { display: none; } .picture.full { display: block; } }
  .scheme-light .picture.dark, .scheme-dark .picture.light { display: none !important; }
  @media (prefers-color-scheme: dark) { .scheme-light-dark .picture.light { display: none !important; } }
  @media not (prefers-color-scheme: dark) { .scheme-light-dark .picture.dark { display: none !important; } }
`);

const styleCache = new Map<WidgetTag, string>();
const noScriptCache = new Map<WidgetTag, string>();

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The shadow root's styles. The language and scheme the widget was drawn in
 * ride on them (`data-nw-locale`, `data-nw-scheme`): the browser's first
 * render repeats them to take the DOM over, then draws what the page asks for.
 */
function styles(tag: WidgetTag, inputs: WidgetInputs, extra: string, pictures: boolean): string {
  let css = styleCache.get(tag);
  if (css === undefined) styleCache.set(tag, (css = minifyCss(stylesOf(tag).join('\n'))));
  const drawn = `data-nw-locale="${attribute(inputs.locale)}" data-nw-scheme="${attribute(inputs.scheme)}"`;
  let noScript = noScriptCache.get(tag);
  if (noScript === undefined) {
    const noScriptCss = noScriptStylesOf(tag);
    noScriptCache.set(tag, (noScript = noScriptCss ? `<noscript><style>${minifyCss(noScriptCss)}</style></noscript>` : ''));
  }
  return `<style ${drawn}>${css}${extra}${pictures ? PICTURE_CSS : ''}</style>${noScript}`;
}

/** The widget being written, for the widgets inside it. */
let outer: { inputs: ShadowInputs; errors: WidgetError[] } | undefined;

function inputsFor(inputs: ShadowInputs, scheme: string): WidgetInputs {
  const draw = inputs.drawPictures;
  return {
    ...inputs,
    scheme,
    pictures: draw ? (model, aspectRatio) => draw(model, aspectRatio, inputs.locale, scheme) : undefined,
  };
}

function drawn(
  tag: WidgetTag,
  element: WidgetElement,
  inputs: WidgetInputs,
  renderInfo: RenderInfo | undefined,
): ThunkedRenderResult | WidgetError {
  const shown = drawWidget(tag, element, inputs);
  if (shown instanceof WidgetError) return shown;
  const head = styles(tag, inputs, shown.css, shown.pictured);
  if (renderInfo) return [head, ...renderValue(shown.template, renderInfo)];
  return [head, collectResultSync(render(shown.template, { elementRenderers: [InnerWidgetRenderer], deferHydration: true }))];
}

/** Writes the widgets inside a widget: their payload comes as a property, their language and scheme from their host. */
class InnerWidgetRenderer extends ElementRenderer {
  static override matchesClass(_class: typeof HTMLElement, tagName: string): boolean {
    return isWidgetTag(tagName);
  }

  override element: WidgetElement;

  constructor(tagName: string) {
    super(tagName);
    this.element = widgetElement(tagName as WidgetTag, []);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.element.attributeChangedCallback(name, old, value);
  }

  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
    if (!outer || !isWidgetTag(this.tagName)) return undefined;
    const parsed = parsePayload(this.element.payload);
    if (!parsed.ok) return undefined;
    const inputs = { ...outer.inputs, payload: parsed.payload, hasFallback: false, ownText: () => '' };
    const result = drawn(this.tagName, this.element, inputsFor(inputs, schemeOf(this.element)), renderInfo);
    if (result instanceof WidgetError) {
      outer.errors.push(result);
      return undefined;
    }
    return result;
  }
}

/**
 * The `<template shadowrootmode="open">` of a widget with `element`'s
 * attributes, drawn with `inputs`; or the errors it (or a widget inside it)
 * would show instead.
 */
export function writeShadowRoot(tag: WidgetTag, element: WidgetElement, inputs: ShadowInputs): string | WidgetError[] {
  const errors: WidgetError[] = [];
  outer = { inputs, errors };
  try {
    const result = drawn(tag, element, inputsFor(inputs, inputs.scheme), undefined);
    if (result instanceof WidgetError) return [result];
    const html = withoutControlCharacters(collectResultSync(result));
    return errors.length ? errors : `<template shadowrootmode="open">${html}</template>`;
  } finally {
    outer = undefined;
  }
}
