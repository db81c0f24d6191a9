/**
 * The author's HTML, parsed (parse5, with source positions) only to be read:
 * where the widgets are, what they hold, which language they sit in. The
 * output is the input with text inserted at those positions, so everything
 * else stays byte for byte as written.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { TextHost, TextNode } from '../elements/quote/own-text.js';
import { plainAttribute } from '../internal/plain-attributes.js';
import { isWidgetTag, type WidgetTag } from './widgets.js';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
/** An element of the parsed page. */
export type PageElement = DefaultTreeAdapterMap['element'];

/** A widget found in the page. */
export interface FoundWidget {
  tag: WidgetTag;
  /** The widget's element, or for the plain-markup form its `<div data-nw>`. */
  element: PageElement;
  /** True for `<div data-nw="…">`: its `data-NAME` attributes are the widget's attributes. */
  plain: boolean;
  /** The widget's attributes as the browser will see them. */
  attributes: [name: string, value: string][];
  /** Where it is, for messages: `<nw-chart> (line 12)`, `<div data-nw="chart"> (line 12)`. */
  name: string;
}

/** The parsed page: its widgets (outermost only), every element with an id, and any `data-nw` that names no widget. */
export interface Page {
  widgets: FoundWidget[];
  byId: Map<string, PageElement>;
  unknown: { name: string; value: string }[];
}

/** The widget a `<div data-nw>` stands for, `undefined` when its widget is already written in it, or `false` for no widget. */
function plainWidget(element: PageElement): WidgetTag | undefined | false | null {
  const value = element.tagName === 'div' ? attribute(element, 'data-nw') : undefined;
  if (value === undefined) return null;
  const tag = `nw-${value.trim().toLowerCase()}`;
  if (!isWidgetTag(tag)) return false;
  return element.childNodes.find(isElement)?.tagName === tag ? undefined : tag;
}

function isElement(node: Node): node is PageElement {
  return 'tagName' in node;
}

function childrenOf(node: ParentNode): Node[] {
  return node.nodeName === 'template' && 'content' in node ? node.content.childNodes : node.childNodes;
}

/** A whole document when the HTML has one, else a fragment (a snippet). */
export function parsePage(html: string): Page {
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html|head|body)\b/i.test(html);
  const root = whole ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const page: Page = { widgets: [], byId: new Map(), unknown: [] };
  const visit = (node: ParentNode, insideWidget: boolean) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      const id = attribute(child, 'id');
      if (id && !page.byId.has(id)) page.byId.set(id, child);
      const line = child.sourceCodeLocation?.startLine ?? 0;
      const located = !insideWidget && !!child.sourceCodeLocation?.startTag;
      const plain = located ? plainWidget(child) : null;
      if (plain === false)
        page.unknown.push({
          name: `<div data-nw="${attribute(child, 'data-nw')}"> (line ${line})`,
          value: attribute(child, 'data-nw')!,
        });
      let widget = false;
      if (located && isWidgetTag(child.tagName)) {
        widget = true;
        const attributes = child.attrs.map(({ name, value }): [string, string] => [name, value]);
        page.widgets.push({
          tag: child.tagName,
          element: child,
          plain: false,
          attributes,
          name: `<${child.tagName}> (line ${line})`,
        });
      } else if (plain) {
        widget = true;
        const attributes = child.attrs.flatMap(({ name, value }): [string, string][] => {
          const target = plainAttribute(plain.slice(3), name);
          return target ? [[target, value]] : [];
        });
        page.widgets.push({
          tag: plain,
          element: child,
          plain: true,
          attributes,
          name: `<div data-nw="${plain.slice(3)}"> (line ${line})`,
        });
      }
      visit(child, insideWidget || widget);
    }
  };
  visit(root, false);
  return page;
}

/** An attribute's value, or undefined. */
export function attribute(element: PageElement, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The text inside an element (a script's source). */
export function textOf(element: PageElement): string {
  return element.childNodes.map((node) => ('value' in node && node.nodeName === '#text' ? node.value : '')).join('');
}

/** The element's own `<script type="application/json">` child. */
export function inlineScript(element: PageElement): PageElement | undefined {
  return element.childNodes
    .filter(isElement)
    .find((child) => child.tagName === 'script' && attribute(child, 'type')?.trim().toLowerCase() === 'application/json');
}

/** A declarative shadow root already written into the element (by an earlier run). */
export function writtenShadowRoot(element: PageElement): PageElement | undefined {
  return element.childNodes.filter(isElement).find((child) => child.tagName === 'template' && attribute(child, 'shadowrootmode'));
}

/** The `lang` of the element or its nearest ancestor that has one. */
export function languageOf(element: PageElement): string {
  for (let node: ParentNode | null = element; node; node = 'parentNode' in node ? node.parentNode : null) {
    const lang = isElement(node) ? attribute(node, 'lang')?.trim() : undefined;
    if (lang) return lang;
  }
  return '';
}

/** True when the element holds fallback content of its own: anything but its JSON script, templates and blank text. */
export function hasFallback(element: PageElement): boolean {
  return element.childNodes.some((node) =>
    isElement(node)
      ? node.tagName !== 'script' && node.tagName !== 'template'
      : node.nodeName === '#text' && 'value' in node && node.value.trim() !== '',
  );
}

/** The element seen as the quote's text reader sees a DOM element. */
export function asTextHost(element: PageElement): TextHost {
  const wrap = (node: Node): TextNode =>
    isElement(node)
      ? { nodeType: 1, localName: node.tagName, textContent: null, childNodes: childrenOf(node).map(wrap) }
      : { nodeType: node.nodeName === '#text' ? 3 : 8, textContent: 'value' in node ? node.value : null, childNodes: [] };
  const find = (node: ParentNode): PageElement | undefined => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      if (child.tagName === 'blockquote' || child.tagName === 'q') return child;
      const inner = find(child);
      if (inner) return inner;
    }
    return undefined;
  };
  return {
    ...wrap(element),
    querySelector() {
      const quoted = find(element);
      return quoted ? wrap(quoted) : null;
    },
  };
}
