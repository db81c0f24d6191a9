/**
 * HTML as text, for the static target: a tagged template whose every
 * interpolated value is escaped (text and quoted attribute values alike),
 * except markup made by this same tag. Nothing from a payload can become a
 * tag, an attribute or a URL the caller did not write.
 */
import { withoutControlCharacters } from '../control-characters.js';

/** HTML that is safe to insert as it is: made only by `markup`. */
export class Markup {
  readonly #html: string;
  constructor(html: string, secret: typeof TOKEN) {
    if (secret !== TOKEN) throw new TypeError('Markup is made by the markup tag only');
    this.#html = html;
  }
  toString(): string {
    return this.#html;
  }
}

const TOKEN: unique symbol = Symbol('markup');

/** What may be interpolated: text and numbers (escaped), markup, lists of these; nothing at all for the rest. */
export type Part = string | number | Markup | readonly Part[] | undefined | null | false;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text with `& < > " '` escaped and control characters left out: safe as element text and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return withoutControlCharacters(text).replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function partText(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof Markup) return part.toString();
  if (Array.isArray(part)) return part.map(partText).join('');
  return escapeHtml(String(part as string | number));
}

/** HTML from a template: the literal parts as written, every value escaped. */
export function markup(strings: TemplateStringsArray, ...values: readonly Part[]): Markup {
  let html = strings[0]!;
  values.forEach((value, index) => {
    html += partText(value) + strings[index + 1]!;
  });
  return new Markup(html, TOKEN);
}

/** Markup joined by a separator (itself markup or text). */
export function joined(parts: readonly Part[], separator: Part): Markup {
  return markup`${parts.flatMap((part, index) => (index ? [separator, part] : [part]))}`;
}
