/**
 * The plain-markup form of every widget, for CMS fields whose sanitizer
 * strips custom tags and scripts but keeps a `<div>` with `data-*` attributes
 * (WordPress's kses, most hosted rich-text fields):
 *
 *   <div data-nw="figure-card" data-figure="detained" data-src="/data/kz.json">
 *     <p>More than 5,000 people detained (Sputnik)</p>
 *   </div>
 *
 * The widget is created inside the div, which stays where it is; every
 * `data-NAME` that names one of the widget's attributes becomes that
 * attribute (nothing else: see plain-attributes.ts), and the
 * div's children move into the widget as its fallback, shown until it draws
 * and whenever its data is bad. Divs added later are upgraded as they come.
 */
import { loadLanguage, strings } from './format/strings.js';
import { emit } from './internal/events.js';
import { PLAIN_MARKUP_NAMES, plainAttribute } from './internal/plain-attributes.js';

export { PLAIN_MARKUP_NAMES };

const done = new WeakSet<Element>();

/** An unknown `data-nw`: logged, reported as `nw-error` on the div, its fallback kept (a neutral line when it has none). */
function unknownWidget(div: Element, name: string): void {
  const message = `no widget is named "${name}" (data-nw takes ${PLAIN_MARKUP_NAMES.join(', ')})`;
  console.error(`newsroom-widgets: <div data-nw="${name}"> not-found: ${message}`);
  emit(div, 'nw-error', { code: 'not-found', message });
  if (div.textContent?.trim()) return;
  const lang = div.closest('[lang]')?.getAttribute('lang') ?? undefined;
  void loadLanguage(lang).then(() =>
    div.append(Object.assign(document.createElement('p'), { textContent: strings(lang).dataUnavailable })),
  );
}

/** Makes the widget of one `[data-nw]` div, once. */
function upgrade(div: Element): void {
  if (done.has(div)) return;
  done.add(div);
  const name = (div.getAttribute('data-nw') ?? '').trim().toLowerCase();
  const tag = `nw-${name}`;
  if (!PLAIN_MARKUP_NAMES.includes(name)) return unknownWidget(div, name);
  // Pre-rendered: the server already wrote the widget into the div.
  if (div.firstElementChild?.localName === tag) return;
  const widget = document.createElement(tag);
  for (const { name: attribute, value } of [...div.attributes]) {
    if (attribute === 'data-nw' || !attribute.startsWith('data-')) continue;
    const target = plainAttribute(name, attribute);
    if (target) widget.setAttribute(target, value);
    else
      console.error(
        `newsroom-widgets: <div data-nw="${name}">: ${attribute} does not become an attribute of the widget; left out`,
      );
  }
  widget.append(...div.childNodes);
  div.append(widget);
}

/** Upgrades every `<div data-nw>` in `root` (a document or an element, itself included). */
export function upgradePlainMarkup(root: ParentNode): void {
  if (root instanceof Element && root.matches('div[data-nw]')) upgrade(root);
  for (const div of root.querySelectorAll('div[data-nw]')) upgrade(div);
}

/**
 * Upgrades the page's plain markup now and whatever is added to it later
 * (infinite scroll, live blogs, previews). While the page is still being
 * parsed, it waits for the end of parsing, so that a div is upgraded with
 * all of its fallback.
 */
export function watchPlainMarkup(): void {
  if (typeof document === 'undefined') return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watchPlainMarkup, { once: true });
    return;
  }
  upgradePlainMarkup(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) upgradePlainMarkup(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
