/** The quote an element writes as its own text (light DOM), for `nw-quote` without a payload. */

const OPENING = '"“«„‘\'‹';
const CLOSING = '"”»“’\'›';

/** Elements whose text stands apart from the text around them. */
const BLOCK = /^(?:p|div|br|li|ul|ol|blockquote|figure|figcaption|section|article|h[1-6])$/;

/** Text of light-DOM nodes, without scripts, styles and templates. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const name = (node as Element).localName;
  if (name === 'script' || name === 'style' || name === 'template') return '';
  const text = Array.from(node.childNodes, textOf).join('');
  return BLOCK.test(name) ? ` ${text} ` : text;
}

/**
 * The quote text an element holds in its light DOM: the text of its first
 * `<blockquote>` or `<q>` when it has one (so fallback markup can carry its own
 * attribution), else all its text; one pair of surrounding quotation marks removed.
 */
export function lightDomQuote(host: Element): string {
  const quoted = host.querySelector('blockquote, q');
  let text = (quoted ? textOf(quoted) : Array.from(host.childNodes, textOf).join('')).replace(/\s+/g, ' ').trim();
  if (text.length > 1 && OPENING.includes(text.charAt(0)) && CLOSING.includes(text.charAt(text.length - 1))) {
    text = text.slice(1, -1).trim();
  }
  return text;
}
