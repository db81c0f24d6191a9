/** The quote an element writes as its own text (light DOM), for `nw-quote` without a payload. */

const OPENING = '"“«„‘\'‹';
const CLOSING = '"”»“’\'›';

/** The part of a DOM node the quote is read from: a browser node, or a node of a page parsed on Node. */
export interface TextNode {
  /** 1 for an element, 3 for text. */
  readonly nodeType: number;
  readonly localName?: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<TextNode>;
}

/** An element the quote can be read from. */
export interface TextHost extends TextNode {
  querySelector(selectors: 'blockquote, q'): TextNode | null;
}

/** Elements whose text stands apart from the text around them. */
const BLOCK = /^(?:p|div|br|li|ul|ol|blockquote|figure|figcaption|section|article|h[1-6])$/;

/** Text of light-DOM nodes, without scripts, styles and templates. */
function textOf(node: TextNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const name = node.localName ?? '';
  if (name === 'script' || name === 'style' || name === 'template') return '';
  const text = Array.from(node.childNodes, textOf).join('');
  return BLOCK.test(name) ? ` ${text} ` : text;
}

/**
 * The quote text an element holds in its light DOM: the text of its first
 * `<blockquote>` or `<q>` when it has one (so fallback markup can carry its own
 * attribution), else all its text; one pair of surrounding quotation marks removed.
 */
export function lightDomQuote(host: TextHost): string {
  const quoted = host.querySelector('blockquote, q');
  let text = (quoted ? textOf(quoted) : Array.from(host.childNodes, textOf).join('')).replace(/\s+/g, ' ').trim();
  if (text.length > 1 && OPENING.includes(text.charAt(0)) && CLOSING.includes(text.charAt(text.length - 1))) {
    text = text.slice(1, -1).trim();
  }
  return text;
}
