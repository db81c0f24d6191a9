/** Helpers shared by the element tests. */
import type { WidgetErrorDetail } from '../../src/payload/errors.js';

/** U+00A0, which Intl puts between thousands in ru and kk. */
export const NBSP = '\u00a0';

/** Collapses runs of ASCII white space (not U+00A0) and trims. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** The widget's shadow root. */
export function shadowOf(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
}

/** One element in the shadow root (fails the test when absent). */
export function part(element: Element, selector: string): HTMLElement {
  const found = shadowOf(element).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

/** Text of one shadow element, white space collapsed. */
export function textOf(element: Element, selector: string): string {
  return squash(part(element, selector).textContent);
}

/** What a screen reader reads: the shadow tree's text without aria-hidden subtrees (and without slotted fallback). */
export function spokenText(element: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.localName === 'style')) return;
    // Blocks and flex items are read as separate chunks.
    const separate = node instanceof Element && !getComputedStyle(node).display.startsWith('inline');
    if (separate) out.push(' ');
    node.childNodes.forEach(walk);
    if (separate) out.push(' ');
  };
  walk(shadowOf(element));
  return squash(out.join(''));
}

/** Resolves with the first `nw-render` or `nw-error` of an element. */
export function settled(element: Element): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      element.removeEventListener('nw-render', done);
      element.removeEventListener('nw-error', done);
      resolve(event as CustomEvent);
    };
    element.addEventListener('nw-render', done);
    element.addEventListener('nw-error', done);
  });
}

/** Puts a new element in `container`, listening before it connects, and waits for it to render or fail. */
export async function mount<T extends HTMLElement>(
  container: HTMLElement,
  tag: string,
  setup: (element: T) => void = () => undefined,
): Promise<{ element: T; event: CustomEvent; errors: WidgetErrorDetail[] }> {
  const element = document.createElement(tag) as T;
  setup(element);
  const errors: WidgetErrorDetail[] = [];
  element.addEventListener('nw-error', (event) => errors.push((event as CustomEvent<WidgetErrorDetail>).detail));
  const event = settled(element);
  container.append(element);
  return { element, event: await event, errors };
}

/** The markup an attacker would try, in every text and URL field. */
export const ATTACKS = [
  '<img src=x onerror="window.__nwPwned = true">',
  '"><script>window.__nwPwned = true</script>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
] as const;

/** Fails when the shadow root holds anything an attack string could have made. */
export function assertInert(element: Element): string[] {
  const problems: string[] = [];
  const root = shadowOf(element);
  if (root.querySelector('img, script, iframe, object, embed')) problems.push('an img/script/iframe/object/embed element');
  for (const node of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(node.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`an ${attribute.name} attribute on <${node.localName}>`);
    }
  }
  for (const link of Array.from(root.querySelectorAll('a, [href]'))) {
    const href = link.getAttribute('href');
    if (href === null) continue;
    const protocol = new URL(href, location.href).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') problems.push(`a link to ${href}`);
  }
  if ((window as unknown as { __nwPwned?: boolean }).__nwPwned) problems.push('attack code ran');
  return problems;
}

/** Sets `prefers-reduced-motion` for the page (Chromium DevTools protocol through the test runner). */
export { emulateMedia } from '@web/test-runner-commands';
