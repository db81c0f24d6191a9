/**
 * Helpers for the hostile-input tests: walking every shadow root, checking a
 * rendered widget for anything executable, checking the paths of reported
 * problems against the input, watching the page for uncaught errors, and
 * opening fixture pages in same-origin frames.
 */
import { expect } from '@open-wc/testing';
import type { WidgetErrorDetail } from '../../src/payload/errors.js';

// ---------------------------------------------------------------------------
// Walking rendered widgets

/** Every element under `host`, its light DOM and every shadow root inside, nested ones included (no recursion). */
export function deepElements(host: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [host];
  while (stack.length) {
    const element = stack.pop()!;
    out.push(element);
    for (const child of Array.from(element.children)) stack.push(child);
    if (element.shadowRoot) for (const child of Array.from(element.shadowRoot.children)) stack.push(child);
  }
  return out;
}

/** Every shadow root under `host`, its own included. */
export function shadowRoots(host: Element): ShadowRoot[] {
  return deepElements(host).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
}

/** Text and attribute values of every shadow root under `host`: where payload text may end up. */
export function renderedStrings(host: Element): string {
  const parts: string[] = [];
  for (const root of shadowRoots(host)) {
    parts.push(root.textContent ?? '');
    for (const element of Array.from(root.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) parts.push(attribute.value);
    }
  }
  return parts.join('\n');
}

/** Elements an attack string would try to create. A widget may draw some of them itself: those are compared with a clean render. */
export const DANGEROUS_TAGS = [
  'script',
  'img',
  'svg',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'math',
  'form',
  'input',
  'isindex',
  'bgsound',
  'video',
  'audio',
  'source',
  'details',
  'marquee',
  'body',
  'html',
  'head',
  'title',
  'textarea',
  'xmp',
  'noscript',
  'template',
  'xss',
] as const;

/** Attributes that load or run something when they hold a URL. */
const URL_ATTRIBUTES = [
  'src',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'background',
  'poster',
  'dynsrc',
  'lowsrc',
  'xlink:href',
];
/** Link schemes a widget may produce from payload data. */
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];

/** What `inspect` found in a rendered widget. */
export interface Inspection {
  /** `tag[onerror]` for every `on*` attribute in any shadow root (and in the host's light DOM). */
  handlers: string[];
  /** How many of each dangerous tag the shadow roots hold (light DOM not counted: the page put it there). */
  tags: Record<string, number>;
  /** Links whose scheme is not http, https or mailto (the widget's own CSV download, a same-page blob:, excepted). */
  badLinks: string[];
  /** URL-carrying attributes (`src`, `action`, …) found on any shadow element. */
  urlAttributes: string[];
  /** How many elements were inspected. */
  elements: number;
}

/** Looks through a widget and every shadow root inside it for anything executable. */
export function inspect(host: Element): Inspection {
  const result: Inspection = { handlers: [], tags: {}, badLinks: [], urlAttributes: [], elements: 0 };
  const inShadow = new Set<Element>();
  for (const root of shadowRoots(host)) for (const element of Array.from(root.querySelectorAll('*'))) inShadow.add(element);
  for (const element of deepElements(host)) {
    result.elements += 1;
    const name = element.localName;
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.toLowerCase().startsWith('on')) result.handlers.push(`${name}[${attribute.name}]`);
    }
    if (!inShadow.has(element)) continue;
    if ((DANGEROUS_TAGS as readonly string[]).includes(name)) result.tags[name] = (result.tags[name] ?? 0) + 1;
    for (const attribute of URL_ATTRIBUTES) {
      if (element.hasAttribute(attribute)) result.urlAttributes.push(`${name}[${attribute}=${element.getAttribute(attribute)}]`);
    }
    const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
    if (
      href !== null &&
      (name === 'a' || name === 'area' || name === 'link' || element.namespaceURI !== 'http://www.w3.org/1999/xhtml')
    ) {
      let protocol = '';
      try {
        protocol = new URL(href, document.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      const ownDownload =
        protocol === 'blob:' &&
        element.hasAttribute('download') &&
        element.getAttribute('part') === 'download' &&
        href.startsWith(`blob:${location.origin}/`);
      if (!LINK_SCHEMES.includes(protocol) && !ownDownload) result.badLinks.push(`${name}[href=${href}]`);
    }
    const cite = element.getAttribute('cite');
    if (cite !== null && !/^https?:$/.test(safeProtocol(cite))) result.badLinks.push(`${name}[cite=${cite}]`);
  }
  return result;
}

function safeProtocol(url: string): string {
  try {
    return new URL(url, document.baseURI).protocol;
  } catch {
    return 'unparsable';
  }
}

/**
 * Asserts that a rendered widget holds nothing an attack string could have made:
 * no `on*` attribute, no more dangerous elements than `baseline` (a clean render
 * of the same widget), no URL attribute, no link other than http, https or mailto.
 */
export function expectNothingExecutable(host: Element, baseline: Record<string, number>, what: string): Inspection {
  const found = inspect(host);
  expect(found.handlers, `${what}: on* attributes`).to.deep.equal([]);
  expect(found.badLinks, `${what}: links`).to.deep.equal([]);
  expect(found.urlAttributes, `${what}: URL attributes`).to.deep.equal([]);
  for (const [tag, count] of Object.entries(found.tags)) {
    expect(count, `${what}: <${tag}> elements`).to.be.at.most(baseline[tag] ?? 0);
  }
  return found;
}

// ---------------------------------------------------------------------------
// Paths of reported problems

/** Keys that are required somewhere in a payload (or required by a rule, like `currency` for a currency figure). */
export const REQUIRED_KEYS = new Set([
  'version',
  'id',
  'label',
  'value',
  'series',
  'data',
  'x',
  'y',
  'text',
  'speaker',
  'name',
  'type',
  'currency',
]);

/** Splits `figures[2].source` or `sources["a b"].url` into keys; `(root)` is []; null when the path is malformed. */
export function parsePath(path: string): (string | number)[] | null {
  if (path === '(root)') return [];
  const keys: (string | number)[] = [];
  let rest = path;
  let first = true;
  while (rest.length) {
    let match: RegExpExecArray | null;
    if ((match = (first ? /^([A-Za-z_$][\w$]*)/ : /^\.([A-Za-z_$][\w$]*)/).exec(rest))) {
      keys.push(match[1]!);
    } else if ((match = /^\[(\d+)\]/.exec(rest))) {
      keys.push(Number(match[1]));
    } else if ((match = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest))) {
      keys.push(JSON.parse(match[1]!) as string);
    } else {
      return null;
    }
    rest = rest.slice(match[0].length);
    first = false;
  }
  return keys;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a reported path is right about `input`: it exists in the input, or
 * it names a missing required key of an object that exists.
 */
export function pathIsCorrect(input: unknown, path: string): boolean {
  const keys = parsePath(path);
  if (!keys) return false;
  let node: unknown = input;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const last = i === keys.length - 1;
    if (Array.isArray(node) && typeof key === 'number') {
      if (key >= node.length) return false;
      node = node[key];
    } else if (isPlainObject(node) && typeof key === 'string') {
      if (!Object.prototype.hasOwnProperty.call(node, key)) return last && REQUIRED_KEYS.has(key);
      node = node[key];
    } else {
      return false;
    }
  }
  return true;
}

/** Whether path `a` is `b`, or one of them lies inside the other. */
export function pathsOverlap(a: string, b: string): boolean {
  if (a === b || b === '(root)' || a === '(root)') return true;
  const inside = (inner: string, outer: string) =>
    inner.startsWith(outer) && (inner[outer.length] === '.' || inner[outer.length] === '[');
  return inside(a, b) || inside(b, a);
}

/** Formats keys the way the validator does. */
export function formatKeys(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(root)';
}

// ---------------------------------------------------------------------------
// Watching the page

/** Collects uncaught errors and unhandled rejections of this page while a suite runs. */
export class PageErrors {
  readonly errors: string[] = [];
  readonly rejections: string[] = [];
  private readonly onError = (event: ErrorEvent) => {
    // ResizeObserver loop notices are the browser's, not the library's.
    if (/ResizeObserver loop/.test(event.message)) return;
    this.errors.push(event.message);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    this.rejections.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
  };

  start(): void {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  /** Waits a task (rejections are reported after the microtask checkpoint), then asserts there were none. */
  async expectNone(what = 'the page'): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(this.errors, `uncaught errors in ${what}`).to.deep.equal([]);
    expect(this.rejections, `unhandled rejections in ${what}`).to.deep.equal([]);
  }
}

/** Replaces `console[kind]` with a recorder until `restore()`; the fuzz runs would flood the test log otherwise. */
export function recordConsole(kind: 'error' | 'warn'): { calls: string[]; restore: () => void } {
  const original = console[kind];
  const calls: string[] = [];
  console[kind] = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  return { calls, restore: () => (console[kind] = original) };
}

/** Records the `nw-*` events of one element. */
export function recordEvents(element: Element): {
  events: { type: string; detail: unknown }[];
  errors: () => WidgetErrorDetail[];
  clear: () => void;
  stop: () => void;
} {
  const events: { type: string; detail: unknown }[] = [];
  const listener = (event: Event) => {
    if (event.target === element) events.push({ type: event.type, detail: (event as CustomEvent).detail });
  };
  for (const type of ['nw-load', 'nw-render', 'nw-error']) element.addEventListener(type, listener);
  return {
    events,
    errors: () => events.filter((event) => event.type === 'nw-error').map((event) => event.detail as WidgetErrorDetail),
    clear: () => (events.length = 0),
    stop: () => {
      for (const type of ['nw-load', 'nw-render', 'nw-error']) element.removeEventListener(type, listener);
    },
  };
}

/** Polls until `check` returns true (every animation frame or 20 ms); throws with `what` when `timeoutMs` passes. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Stores a body on the test server; returns the URL that serves it (`delay` ms later, as `type`). */
export async function store(body: string, options: { delay?: number; type?: string } = {}): Promise<string> {
  const response = await fetch('/__nw/store', { method: 'POST', body });
  const { url } = (await response.json()) as { url: string };
  const extra = new URLSearchParams();
  if (options.delay) extra.set('delay', String(options.delay));
  if (options.type) extra.set('type', options.type);
  const query = extra.toString();
  return query ? `${url}&${query}` : url;
}

/** What the test server saw: one entry per request to /__nw/. */
export interface LoggedRequest {
  route: string;
  search: string;
  cookie: string | null;
}

/** The test server's request log. */
export async function requestLog(): Promise<LoggedRequest[]> {
  return (await (await fetch('/__nw/requests')).json()) as LoggedRequest[];
}

// ---------------------------------------------------------------------------
// Fixture pages in frames

/** What test/pages/listen.js records in a fixture page. */
export interface PageLog {
  violations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
  errors: string[];
  rejections: string[];
  events: { type: string; tag: string; id: string; detail: WidgetErrorDetail | null }[];
  warnings: string[];
  consoleErrors: string[];
}

/** A fixture page open in a same-origin frame. */
export interface OpenPage {
  frame: HTMLIFrameElement;
  win: Window & { __nw: PageLog; __xss?: unknown };
  doc: Document;
  log: PageLog;
  close: () => void;
}

/** Opens a page of test/pages in a same-origin frame at the top left of the test page, and waits for its load event. */
export async function openPage(path: string, size: { width?: number; height?: number } = {}): Promise<OpenPage> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = String(size.width ?? 1000);
  frame.height = String(size.height ?? 1400);
  // CSSOM, not a style attribute: the frame sits in view, so charts near the top draw.
  frame.style.position = 'fixed';
  frame.style.top = '0';
  frame.style.left = '0';
  frame.style.border = '0';
  frame.style.background = 'white';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${path}`)), { once: true });
  });
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as OpenPage['win'];
  const doc = frame.contentDocument!;
  if (!win.__nw) throw new Error(`${path} did not load test/pages/listen.js`);
  return { frame, win, doc, log: win.__nw, close: () => frame.remove() };
}

/**
 * Scrolls each element with one of `ids` into view in turn (charts draw only
 * near the viewport) and waits until it has fired `nw-render` or `nw-error`.
 */
export async function waitForWidgets(page: OpenPage, ids: readonly string[], timeoutMs = 15_000): Promise<void> {
  for (const id of ids) {
    page.doc.getElementById(id)?.scrollIntoView({ block: 'start' });
    await waitFor(
      () => page.log.events.some((event) => event.id === id && (event.type === 'nw-render' || event.type === 'nw-error')),
      `#${id} to render in ${page.frame.src}`,
      timeoutMs,
    );
  }
  page.win.scrollTo(0, 0);
}
