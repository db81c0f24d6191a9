/**
 * `prerender(html)`: the author's HTML with every widget's shadow root written
 * out as declarative shadow DOM, so the page paints with no JavaScript and the
 * script, when it runs, takes the widgets over in place.
 */
import { createHash } from 'node:crypto';
import { lightDomQuote } from '../elements/quote/own-text.js';
import { usableLocale } from '../internal/controllers/language.js';
import { PLAIN_MARKUP_NAMES } from '../internal/plain-attributes.js';
import { jsonForScript } from '../payload/embed-snippet.js';
import type { WidgetError } from '../payload/errors.js';
import type { Payload } from '../payload/schema.js';
import { parsePayload, type ParseResult } from '../payload/validate.js';
import {
  asTextHost,
  hasFallback,
  inlineScript,
  languageOf,
  parsePage,
  textOf,
  writtenShadowRoot,
  type FoundWidget,
  type PageElement,
} from './page.js';
import { pictureDrawer, type PictureDrawer, type PictureOptions } from './pictures.js';
import { writeShadowRoot } from './shadow.js';
import { definitionOf, schemeOf, widgetElement } from './widgets.js';

/** How `prerender` resolves data and draws pictures. */
export interface PrerenderOptions {
  /** Payloads by id, for widgets whose `payload-id` names no script in the page: objects or JSON text. */
  payloads?: Readonly<Record<string, unknown>>;
  /**
   * Reads a widget's `src` at build time: the payload as JSON text or an
   * object, or undefined to leave that widget to the browser. Without it,
   * widgets with only a `src` are left as they are.
   */
  readSrc?: (url: string) => Promise<unknown>;
  /** Chart pictures: drawn by default when `@napi-rs/canvas` is installed; `false` leaves them out. */
  pictures?: boolean | PictureOptions;
  /** Told what was left out or how pictures were drawn, once each. */
  onNotice?: (message: string) => void;
}

/** One thing wrong with a widget's data, as `validate` reports it, with the widget it belongs to. */
export interface PrerenderProblem {
  /** The widget: `<nw-chart> (line 12)`. */
  widget: string;
  /** The JSON path (`figures[2].source`), `@attribute`, or `(data)` for the data source itself. */
  path: string;
  message: string;
}

/** Thrown by `prerender` when any widget's data is bad: every problem of every widget, nothing written. */
export class PrerenderError extends Error {
  readonly problems: readonly PrerenderProblem[];
  constructor(problems: readonly PrerenderProblem[]) {
    super(`cannot pre-render: ${problems.map((p) => `${p.widget} ${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'PrerenderError';
    this.problems = problems;
  }
}

interface Edit {
  at: number;
  /** Characters removed from `at`. */
  remove: number;
  text: string;
}

const scriptFor = (id: string, payload: unknown) =>
  `<script type="application/json" id="${id}">\n${jsonForScript(payload)}\n</script>\n`;

function problemsOf(widget: FoundWidget, result: ParseResult | WidgetError[]): PrerenderProblem[] {
  if (Array.isArray(result))
    return result.flatMap((error) =>
      error.problems.length
        ? error.problems.map((p) => ({ widget: widget.name, path: p.path, message: p.message }))
        : [{ widget: widget.name, path: `(${error.code})`, message: error.message }],
    );
  return result.ok ? [] : result.problems.map((p) => ({ widget: widget.name, path: p.path, message: p.message }));
}

/**
 * Returns `html` with each widget's shadow root written out (fallback kept),
 * the data it was drawn from carried in the page (one JSON script per
 * payload), and nothing else changed. Widgets whose data is only known in the
 * browser are left as they are. Throws `PrerenderError` with every problem
 * when any widget's data is bad.
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<string> {
  const page = parsePage(html);
  const notice = options.onNotice ?? (() => {});
  const drawer = await picturesFor(page.widgets, options, notice);
  const edits: Edit[] = [];
  const problems: PrerenderProblem[] = [];
  const added = new Set<string>();

  for (const { name, value } of page.unknown)
    problems.push({
      widget: name,
      path: '@data-nw',
      message: `no widget is named "${value}" (data-nw takes ${PLAIN_MARKUP_NAMES.join(', ')})`,
    });

  for (const widget of page.widgets) {
    const { element, tag } = widget;
    const start = element.sourceCodeLocation!.startTag!;
    const attributes = [...widget.attributes];
    const attributeOf = (name: string) => attributes.find(([key]) => key === name)?.[1];
    const resolved = await dataOf(widget, attributeOf, options, page.byId);
    if (resolved === 'left') {
      notice(`${widget.name}: its src is read in the browser (give readSrc, or --root, to pre-render it)`);
      continue;
    }
    let payload: Payload | undefined;
    if (resolved && 'problem' in resolved) {
      problems.push({ widget: widget.name, path: '(data)', message: resolved.problem });
      continue;
    }
    if (resolved) {
      const parsed = parsePayload(resolved.data);
      if (!parsed.ok) {
        problems.push(...problemsOf(widget, parsed));
        continue;
      }
      payload = parsed.payload;
      if (resolved.addAs && !added.has(resolved.addAs)) {
        added.add(resolved.addAs);
        if (!page.byId.has(resolved.addAs))
          edits.push({ at: start.startOffset, remove: 0, text: scriptFor(resolved.addAs, payload) });
      }
      if (resolved.addAs && attributeOf('payload-id') === undefined) {
        // A plain-markup div gets it on the widget written into it (below).
        if (!widget.plain) {
          const end = html.slice(start.endOffset - 2, start.endOffset) === '/>' ? start.endOffset - 2 : start.endOffset - 1;
          edits.push({ at: end, remove: 0, text: ` payload-id="${resolved.addAs}"` });
        }
        attributes.push(['payload-id', resolved.addAs]);
      }
    }
    const host = widgetElement(tag, attributes);
    const written = writeShadowRoot(tag, host, {
      payload,
      locale: usableLocale(languageOf(element)) || usableLocale(payload?.locale) || 'en',
      scheme: schemeOf(host),
      hasFallback: hasFallback(element),
      ownText: () => lightDomQuote(asTextHost(element)),
      drawPictures: drawer?.draw,
    });
    if (typeof written !== 'string') {
      problems.push(...problemsOf(widget, written));
      continue;
    }
    const old = writtenShadowRoot(element)?.sourceCodeLocation;
    if (widget.plain) {
      // The widget is written into its div, around the div's children (its fallback): the div stays as it was.
      const open = `<${tag}${attributes.map(([key, value]) => ` ${key}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')}>`;
      const location = element.sourceCodeLocation!;
      edits.push({ at: start.endOffset, remove: 0, text: open + written });
      edits.push({ at: location.endTag?.startOffset ?? location.endOffset, remove: 0, text: `</${tag}>` });
    } else if (old) edits.push({ at: old.startOffset, remove: old.endOffset - old.startOffset, text: written });
    else edits.push({ at: start.endOffset, remove: 0, text: written });
  }
  if (problems.length) throw new PrerenderError(problems);
  let out = html;
  // From the end of the page back; of two edits at one place (an empty div's opening and closing), the later first,
  // so they read in the order they were made.
  const ordered = edits.map((edit, index) => ({ ...edit, index })).sort((a, b) => b.at - a.at || b.index - a.index);
  for (const edit of ordered) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.remove);
  return out;
}

/** Where a widget's data comes from: the data (text or object) and, when the page lacks it, the id to carry it under. */
async function dataOf(
  widget: FoundWidget,
  attributeOf: (name: string) => string | undefined,
  options: PrerenderOptions,
  byId: ReadonlyMap<string, PageElement>,
): Promise<{ data: unknown; addAs?: string } | { problem: string } | undefined | 'left'> {
  const { element } = widget;
  const script = inlineScript(element);
  if (script) return { data: textOf(script) };
  const id = attributeOf('payload-id')?.trim();
  if (id) {
    const target = byId.get(id);
    if (target?.tagName === 'script') return { data: textOf(target) };
    if (options.payloads && Object.hasOwn(options.payloads, id)) return { data: options.payloads[id], addAs: id };
    return { problem: `no <script type="application/json" id="${id}"> in the page, and no payload "${id}" given` };
  }
  const src = attributeOf('src')?.trim();
  if (!src) return undefined;
  if (!options.readSrc) return 'left';
  let data: unknown;
  try {
    data = await options.readSrc(src);
  } catch (error) {
    return { problem: `cannot read src "${src}": ${error instanceof Error ? error.message : String(error)}` };
  }
  if (data === undefined) return 'left';
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return { data, addAs: `nw-payload-${createHash('sha256').update(text).digest('hex').slice(0, 12)}` };
}

async function picturesFor(
  widgets: readonly FoundWidget[],
  options: PrerenderOptions,
  notice: (message: string) => void,
): Promise<PictureDrawer | undefined> {
  if (options.pictures === false || !widgets.some(({ tag }) => definitionOf(tag).items.includes('charts'))) return undefined;
  const drawer = await pictureDrawer(options.pictures === true ? {} : options.pictures);
  notice(
    drawer
      ? `chart pictures are drawn with the font ${drawer.font}`
      : 'chart pictures are left out: @napi-rs/canvas is not installed (npm install @napi-rs/canvas); charts are pre-rendered as their frame, summary and table',
  );
  return drawer;
}
