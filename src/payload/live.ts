/**
 * Live payloads: widgets with `refresh="SECONDS"` and `src` re-read their URL.
 * One poll per URL for the whole page, at the shortest interval its widgets
 * ask for (at least 15 seconds):
 *
 * - same-origin polls send `If-None-Match` / `If-Modified-Since` and skip the
 *   browser's cache, so a `304` costs nothing; a cross-origin poll lets the
 *   browser's cache send them (no CORS preflight), and an unchanged body is
 *   known by its text;
 * - no request while the page is hidden; one at once when it shows again, if
 *   one came due meanwhile;
 * - a new payload is validated before anything changes; a failed or invalid
 *   refresh keeps the last good data, says so on the "Updated" line, fires
 *   `nw-error`, and backs off (twice the interval, doubling, at most 10 minutes);
 * - a changed payload is shown by every widget in place, then `nw-update`
 *   fires; changed figures are announced politely, at most once every 10 seconds.
 *
 * This module is a chunk of its own, loaded only by widgets with `refresh`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { capitalize, formatValue } from '../format/figures.js';
import { formatDate } from '../format/dates.js';
import { dateFormat } from '../format/intl-cache.js';
import { strings, uiLanguage } from '../format/strings.js';
import type { LiveFollower, PayloadController } from '../internal/controllers/payload.js';
import { WidgetError } from './errors.js';
import { absoluteUrl, fetchPayload, responseHeaders, type RefreshRequest } from './load.js';
import type { Figure, Payload } from './schema.js';

/** The shortest interval, in seconds: a smaller `refresh` is raised to it. */
export const MIN_REFRESH_SECONDS = 15;
/** The longest wait after failures, in milliseconds (unless the interval itself is longer). */
export const MAX_BACKOFF_MS = 10 * 60_000;
/** The shortest time between two announcements, page-wide, in milliseconds. */
export const ANNOUNCE_GAP_MS = 10_000;

/** The words of the live line and the announcements; the rest comes from the UI strings. */
const WORDS = {
  en: { failed: 'the latest refresh failed; retrying', now: 'now', was: 'was', newData: 'new data' },
  ru: { failed: 'последнее обновление не удалось; повторим', now: 'теперь', was: 'было', newData: 'новые данные' },
  kk: { failed: 'соңғы жаңарту сәтсіз болды; қайталаймыз', now: 'қазір', was: 'бұрын', newData: 'жаңа деректер' },
};

/** What one widget shows of a payload, for its announcements: ids of figures and charts. */
interface Shown {
  figures: (payload: Payload) => string[];
  charts: (payload: Payload) => string[];
}

const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((item) => item.id);
const firstOr = (list: readonly { id: string }[] | undefined, id: string | null) => (id ? [id] : ids(list).slice(0, 1));
const none = () => [];

/** Which figures and charts a widget shows, from its tag and attributes. */
function shownBy(host: Element): Shown {
  const attribute = (name: string) => host.getAttribute(name);
  switch (host.localName) {
    case 'nw-figure-card':
      return { figures: (p) => firstOr(p.figures, attribute('figure')), charts: none };
    case 'nw-figure-grid': {
      const listed = attribute('figures')
        ?.split(/[\s,]+/)
        .filter(Boolean);
      return { figures: (p) => (listed?.length ? listed : ids(p.figures)), charts: none };
    }
    case 'nw-chart':
      return { figures: none, charts: (p) => firstOr(p.charts, attribute('chart')) };
    case 'nw-embed': {
      const sections = attribute('sections') ?? 'figures,charts';
      return {
        figures: (p) => (sections.includes('figures') ? ids(p.figures) : []),
        charts: (p) => (sections.includes('charts') ? ids(p.charts) : []),
      };
    }
    default:
      return { figures: none, charts: none };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Ids of the figures, charts and quotes whose content differs between two payloads (added and removed ones too). */
export function changedIds(before: Payload, after: Payload): string[] {
  const changed: string[] = [];
  for (const key of ['figures', 'charts', 'quotes'] as const) {
    const old = new Map<string, unknown>((before[key] ?? []).map((item) => [item.id, item]));
    const now = new Map<string, unknown>((after[key] ?? []).map((item) => [item.id, item]));
    for (const id of new Set([...old.keys(), ...now.keys()])) if (!same(old.get(id), now.get(id))) changed.push(id);
  }
  return changed;
}

/** What a widget announces: the payload last announced, the one now shown, and what changed between them. */
interface Announcement {
  before: Payload;
  after: Payload;
  figures: string[];
  charts: string[];
}

const findFigure = (payload: Payload, id: string): Figure | undefined => payload.figures?.find((f) => f.id === id);

/** The sentence a screen reader hears: "People detained: now more than 7,900, was more than 5,000." */
export function announcementText(announcement: Announcement, locale: string): string {
  const words = WORDS[uiLanguage(locale)];
  const spoken = (figure: Figure) => formatValue(figure, locale).spoken;
  const parts = announcement.figures.flatMap((id) => {
    const now = findFigure(announcement.after, id);
    if (!now) return [];
    const was = findFigure(announcement.before, id);
    const label = capitalize(now.label?.trim() || id, locale);
    return [`${label}: ${words.now} ${spoken(now)}${was ? `, ${words.was} ${spoken(was)}` : ''}`];
  });
  for (const id of announcement.charts) {
    const chart = announcement.after.charts?.find((c) => c.id === id);
    if (chart) parts.push(`${chart.title?.trim() || id}: ${words.newData}`);
  }
  return parts.length ? `${parts.join('. ')}.` : '';
}

/** The time shown on the "Updated" line: a date alone, or a date and time in the reader's time zone. */
function updatedText(iso: string, locale: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso, locale);
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

let sheet: CSSStyleSheet | undefined;

/** The live line's styles, added to the widget's shadow root (constructed, so a strict CSP allows them). */
function adoptStyles(root: ShadowRoot | null): void {
  if (!root || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      .live { margin: 0.5em 0 0; min-block-size: 1lh; color: var(--nw-color-muted); font-size: 0.8125em; }
      .live-failed::before { content: ' · '; }
      .live-said { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
        clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
    `);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** One widget following a poll. */
class Follower implements LiveFollower {
  readonly controller: PayloadController;
  readonly poll: Poll;
  readonly seconds: number;
  readonly shown: Shown;
  /** What this widget's live region says now (it speaks for the page: one region says each change). */
  said: Announcement | undefined;

  constructor(controller: PayloadController, poll: Poll, seconds: number) {
    this.controller = controller;
    this.poll = poll;
    this.seconds = seconds;
    this.shown = shownBy(controller.host);
  }

  get host(): PayloadController['host'] {
    return this.controller.host;
  }

  get payload(): Payload {
    return this.poll.payload;
  }

  line(locale: string): TemplateResult {
    const ui = strings(locale);
    const { updated, failure } = this.poll;
    const words = WORDS[uiLanguage(locale)];
    const said = this.said ? announcementText(this.said, locale) : '';
    return html`<p class="live" part="updated">
        ${
          updated ? html`${ui.updated} <time datetime=${updated}>${updatedText(updated, locale)}</time>` : nothing
        }${failure ? html`<span class="live-failed" part="refresh-failed">${words.failed}</span>` : nothing}
      </p>
      <p class="live-said" role="status">${said}</p>`;
  }

  stop(): void {
    this.poll.leave(this);
  }
}

const polls = new Map<string, Poll>();

/** Announcements, page-wide: at most one every `ANNOUNCE_GAP_MS`; changes that come sooner wait and are said together. */
const announcer = {
  last: -Infinity,
  timer: undefined as ReturnType<typeof setTimeout> | undefined,
  waiting: new Set<Poll>(),
  queue(poll: Poll): void {
    this.waiting.add(poll);
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), Math.max(0, this.last + ANNOUNCE_GAP_MS - Date.now()));
  },
  flush(): void {
    this.timer = undefined;
    let spoke = false;
    for (const poll of this.waiting) spoke = poll.announce() || spoke;
    this.waiting.clear();
    if (spoke) this.last = Date.now();
  },
};

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') return;
  for (const poll of polls.values()) if (poll.waiting) poll.tick();
});

/** The poll of one URL. */
class Poll {
  readonly url: string;
  readonly sameOrigin: boolean;
  payload: Payload;
  text: string;
  /** The payload whose values were last announced. */
  announced: Payload;
  etag: string | null = null;
  lastModified: string | null = null;
  readonly followers = new Set<Follower>();
  failures = 0;
  failure: WidgetError | undefined;
  /** When the last request went out (Date.now()), or the first payload came. */
  last = Date.now();
  /** A request came due while the page was hidden. */
  waiting = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #request: AbortController | undefined;

  constructor(url: string, payload: Payload) {
    this.url = url;
    this.sameOrigin = typeof location !== 'undefined' && new URL(url).origin === location.origin;
    this.payload = this.announced = payload;
    this.text = JSON.stringify(payload);
    this.#remember();
  }

  /** The "Updated" time: the payload's `updated`, else the response's `Last-Modified`, as ISO. */
  get updated(): string | undefined {
    if (this.payload.updated) return this.payload.updated;
    const date = this.lastModified ? new Date(this.lastModified) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
  }

  /** Keeps the validators of the latest successful response. */
  #remember(): void {
    const headers = responseHeaders.get(this.url);
    this.etag = headers?.get('etag') ?? null;
    this.lastModified = headers?.get('last-modified') ?? null;
  }

  /** Milliseconds between requests: the shortest interval its widgets ask for. */
  get interval(): number {
    return Math.min(...[...this.followers].map((f) => f.seconds)) * 1000;
  }

  /** Milliseconds to wait after the last request: the interval, or after failures a backoff. */
  get wait(): number {
    const interval = this.interval;
    return this.failures ? Math.min(interval * 2 ** this.failures, Math.max(MAX_BACKOFF_MS, interval)) : interval;
  }

  join(follower: Follower): void {
    this.followers.add(follower);
    adoptStyles(follower.host.shadowRoot);
    if (!this.#request) this.schedule();
  }

  leave(follower: Follower): void {
    this.followers.delete(follower);
    if (this.followers.size) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#request?.abort();
    this.#request = undefined;
    this.waiting = false;
  }

  schedule(): void {
    clearTimeout(this.#timer);
    if (!this.followers.size) return;
    this.#timer = setTimeout(() => this.tick(), Math.max(0, this.last + this.wait - Date.now()));
  }

  tick(): void {
    this.#timer = undefined;
    this.waiting = document.visibilityState === 'hidden';
    if (!this.waiting && !this.#request) void this.#fetch();
  }

  /** The request's conditional headers, or the browser cache's (cross-origin: no preflight). */
  #again(): RefreshRequest {
    if (!this.sameOrigin) return { headers: {}, cache: 'no-cache' };
    const headers: Record<string, string> = {};
    if (this.etag) headers['if-none-match'] = this.etag;
    if (this.lastModified) headers['if-modified-since'] = this.lastModified;
    return { headers, cache: 'no-store' };
  }

  async #fetch(): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.last = Date.now();
    try {
      const payload = await fetchPayload(this.url, request.signal, this.#again());
      if (request.signal.aborted) return;
      this.#remember();
      this.#succeeded();
      const text = JSON.stringify(payload);
      if (text !== this.text) this.#show(payload, text);
    } catch (error) {
      if (request.signal.aborted) return;
      if (error instanceof WidgetError && error.status === 304) this.#succeeded();
      else this.#failed(error instanceof WidgetError ? error : new WidgetError('fetch-failed', String(error)));
    } finally {
      if (this.#request === request) {
        this.#request = undefined;
        this.schedule();
      }
    }
  }

  #succeeded(): void {
    if (!this.failure) return;
    this.failures = 0;
    this.failure = undefined;
    for (const follower of this.followers) follower.host.requestUpdate();
  }

  #failed(error: WidgetError): void {
    this.failures += 1;
    this.failure = error;
    console.error(
      `newsroom-widgets: refreshing ${this.url} failed, ${error.code}: ${error.message}; the last good data stays, next try in ${this.wait / 1000} s`,
    );
    const detail = error.toDetail();
    for (const follower of this.followers) {
      follower.host.requestUpdate();
      follower.host.dispatchEvent(new CustomEvent('nw-error', { detail, bubbles: true, composed: true }));
    }
  }

  /** Every widget shows the new payload in place; then `nw-update` fires, and the change is announced. */
  #show(payload: Payload, text: string): void {
    const before = this.payload;
    const changed = changedIds(before, payload);
    this.payload = payload;
    this.text = text;
    const followers = [...this.followers];
    for (const follower of followers) follower.controller.show(payload);
    void Promise.all(followers.map((f) => f.host.updateComplete)).then(() => {
      for (const follower of followers)
        follower.host.dispatchEvent(
          new CustomEvent('nw-update', { detail: { payload, changed }, bubbles: true, composed: true }),
        );
    });
    if (changed.length) announcer.queue(this);
  }

  /** Says what changed since the last announcement, through the first widget (in page order) that shows it. */
  announce(): boolean {
    const before = this.announced;
    const after = this.payload;
    this.announced = after;
    const changed = new Set(changedIds(before, after));
    const followers = [...this.followers].sort((a, b) =>
      a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    let speaker: Follower | undefined;
    let said: Announcement | undefined;
    for (const follower of followers) {
      const figures = follower.shown.figures(after).filter((id) => changed.has(id));
      const charts = follower.shown.charts(after).filter((id) => changed.has(id));
      if (!speaker && (figures.length || charts.length)) {
        speaker = follower;
        // The speaker names every changed figure and chart that some widget of the page shows.
        const all = (pick: (s: Shown) => string[]) => [
          ...new Set(followers.flatMap((f) => pick(f.shown).filter((id) => changed.has(id)))),
        ];
        said = { before, after, figures: all((s) => s.figures(after)), charts: all((s) => s.charts(after)) };
      }
    }
    for (const follower of followers) {
      const next = follower === speaker ? said : undefined;
      if (follower.said !== next) {
        follower.said = next;
        follower.host.requestUpdate();
      }
    }
    return !!speaker;
  }
}

/**
 * Starts a widget's live refresh of `src` (called by its payload controller
 * once the first payload is there): returns its follower, whose payload may be
 * newer than `payload` when the URL's poll already runs, or undefined when
 * `refresh` is not a number of seconds.
 */
export function follow(controller: PayloadController, src: string, payload: Payload, refresh: string): LiveFollower | undefined {
  let seconds = Number(refresh);
  if (!refresh.trim() || !Number.isFinite(seconds) || seconds <= 0) {
    console.warn(`<${controller.host.localName}> refresh="${refresh}" is not a number of seconds: the widget does not refresh`);
    return undefined;
  }
  if (seconds < MIN_REFRESH_SECONDS) {
    console.warn(
      `<${controller.host.localName}> refresh="${refresh}" is raised to ${MIN_REFRESH_SECONDS} seconds, the shortest interval`,
    );
    seconds = MIN_REFRESH_SECONDS;
  }
  const url = absoluteUrl(src);
  let poll = polls.get(url);
  if (!poll) polls.set(url, (poll = new Poll(url, payload)));
  const follower = new Follower(controller, poll, seconds);
  poll.join(follower);
  return follower;
}

/** Stops every poll and forgets them (for tests, or an editor's preview that reloads). */
export function stopLiveRefresh(): void {
  for (const poll of polls.values()) for (const follower of [...poll.followers]) poll.leave(follower);
  polls.clear();
  clearTimeout(announcer.timer);
  announcer.timer = undefined;
  announcer.last = -Infinity;
  announcer.waiting.clear();
}
