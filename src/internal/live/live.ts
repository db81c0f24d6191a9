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
 * This module is a chunk of its own, loaded only by widgets with `refresh`; it
 * knows a widget only as a `LiveHost` (types.ts), so it never imports the controller.
 */
import type { TemplateResult } from 'lit';
import { WidgetError } from '../../payload/errors.js';
import { absoluteUrl, fetchPayload, responseHeaders, type RefreshRequest } from '../../payload/load.js';
import type { Payload } from '../../payload/schema.js';
import { emit } from '../events.js';
import { announcementText, changedIds, shownBy, speakerOf, type Announcement, type Shown } from './announce.js';
import { adoptStyles, liveLine } from './line.js';
import type { LiveFollower, LiveHost } from './types.js';

/** The shortest interval, in seconds: a smaller `refresh` is raised to it. */
export const MIN_REFRESH_SECONDS = 15;
/** The longest wait after failures, in milliseconds (unless the interval itself is longer). */
export const MAX_BACKOFF_MS = 10 * 60_000;
/** The shortest time between two announcements, page-wide, in milliseconds. */
export const ANNOUNCE_GAP_MS = 10_000;

/** One widget following a poll. */
class Follower implements LiveFollower {
  readonly controller: LiveHost;
  readonly poll: Poll;
  readonly seconds: number;
  readonly shown: Shown;
  /** What this widget's live region says now (it speaks for the page: one region says each change). */
  said: Announcement | undefined;

  constructor(controller: LiveHost, poll: Poll, seconds: number) {
    this.controller = controller;
    this.poll = poll;
    this.seconds = seconds;
    this.shown = shownBy(controller.host);
  }

  get host(): LiveHost['host'] {
    return this.controller.host;
  }

  get payload(): Payload {
    return this.poll.payload;
  }

  line(locale: string): TemplateResult {
    return liveLine(this.poll.updated, !!this.poll.failure, this.said ? announcementText(this.said, locale) : '', locale);
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
      emit(follower.host, 'nw-error', detail);
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
      for (const follower of followers) emit(follower.host, 'nw-update', { payload, changed });
    });
    if (changed.length) announcer.queue(this);
  }

  /** Says what changed since the last announcement, through the first widget (in page order) that shows it. */
  announce(): boolean {
    const before = this.announced;
    this.announced = this.payload;
    const chosen = speakerOf([...this.followers], before, this.payload);
    for (const follower of this.followers) {
      const next = follower === chosen?.speaker ? chosen.said : undefined;
      if (follower.said !== next) {
        follower.said = next;
        follower.host.requestUpdate();
      }
    }
    return !!chosen;
  }
}

/**
 * Starts a widget's live refresh of `src` (called by its payload controller
 * once the first payload is there): returns its follower, whose payload may be
 * newer than `payload` when the URL's poll already runs, or undefined when
 * `refresh` is not a number of seconds.
 */
export function follow(controller: LiveHost, src: string, payload: Payload, refresh: string): LiveFollower | undefined {
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
