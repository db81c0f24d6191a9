/**
 * Fetching a payload by URL: one request per URL per page, shared by every
 * widget that asks for it, with a timeout, a size cap counted while reading,
 * no cookies, and every failure mapped to one error code. The script-tag
 * entry loads this module the first time a widget has `src`
 * (`load-on-demand.ts`).
 */
import { WidgetError, problemsError } from './errors.js';
import type { Payload } from './schema.js';
import { loadSettings as settings } from './load-settings.js';
import { absoluteUrl } from './url.js';
import { parsePayloadForWidgets as parsePayload } from './validate.js';

export { configureLoading, type LoadSettings } from './load-settings.js';
export { absoluteUrl } from './url.js';

const REJECTED_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Reads the body whole, counting its bytes on a copy as they arrive so an
 * oversized body is stopped early. Reading the body only through a stream
 * reader can leave Chromium reporting the finished request as cancelled.
 */
async function readBody(response: Response, maxBytes: number, request: AbortController): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new WidgetError('too-large', `the payload is ${declared} bytes; the limit is ${maxBytes}`);
  const counted = response.body ? response.clone().body : null;
  const whole = response.arrayBuffer();
  whole.catch(() => undefined);
  const reader = counted?.getReader();
  let total = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      request.abort();
      throw new WidgetError('too-large', `the payload is over the limit of ${maxBytes} bytes`);
    }
  }
  // TextDecoder reads UTF-8 and drops a leading byte-order mark.
  return new TextDecoder().decode(await whole);
}

/** The headers of the latest successful response per URL (its `ETag` and `Last-Modified`, for live refreshes). */
export const responseHeaders = new Map<string, Headers>();

/** How a live refresh asks again: its conditional headers, and how the browser's cache takes part. */
export interface RefreshRequest {
  headers: Record<string, string>;
  cache: RequestCache;
}

/**
 * Fetches and validates one payload, without the shared cache; a live
 * refresh passes its `again` (a `304` then rejects as `http-error` with that
 * status). Rejects with a `WidgetError`, or with the signal's reason when aborted.
 */
export async function fetchPayload(url: string, signal?: AbortSignal, again?: RefreshRequest): Promise<Payload> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      headers: { accept: 'application/json', ...again?.headers },
      cache: again?.cache,
      signal: controller.signal,
    }).catch(() => {
      throw new WidgetError('fetch-failed', `could not fetch ${url} (network, CORS or CSP)`);
    });
    if (!response.ok) throw new WidgetError('http-error', `${url} answered HTTP ${response.status}`, { status: response.status });
    const type = response.headers.get('content-type') ?? '';
    if (REJECTED_TYPES.test(type)) throw new WidgetError('wrong-content-type', `${url} sent ${type.split(';')[0]}, not JSON`);
    const text = await readBody(response, settings.maxBytes, controller);
    const result = parsePayload(text);
    if (!result.ok) throw problemsError(result.code, result.problems);
    responseHeaders.set(url, response.headers);
    return result.payload;
  } catch (error) {
    if (timedOut) throw new WidgetError('timeout', `${url} did not answer within ${settings.timeoutMs} ms`);
    if (signal?.aborted) throw abortError();
    if (error instanceof WidgetError) throw error;
    throw new WidgetError('fetch-failed', `could not read ${url}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function abortError(): DOMException {
  return new DOMException('The payload request was aborted', 'AbortError');
}

interface CacheEntry {
  promise: Promise<Payload>;
  controller: AbortController;
  users: number;
  settled?: boolean;
}

const cache = new Map<string, CacheEntry>();

/**
 * Loads a payload through the page-wide cache: every caller of the same URL
 * shares one request. A caller's `signal` detaches only that caller; the
 * request itself is aborted when its last caller leaves before it finishes.
 * A failed request is forgotten, so a later call tries again.
 */
export function loadPayload(url: string, signal?: AbortSignal): Promise<Payload> {
  if (signal?.aborted) return Promise.reject(abortError());
  const key = absoluteUrl(url);
  const forget = (entry: CacheEntry) => cache.get(key) === entry && cache.delete(key);
  let shared = cache.get(key);
  if (!shared) {
    const controller = new AbortController();
    const created: CacheEntry = {
      controller,
      users: 0,
      promise: fetchPayload(key, controller.signal).finally(() => (created.settled = true)),
    };
    created.promise.catch(() => forget(created));
    cache.set(key, (shared = created));
  }
  const entry = shared;
  entry.users += 1;
  return new Promise<Payload>((resolve, reject) => {
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      entry.users -= 1;
      signal?.removeEventListener('abort', onAbort);
      if (!entry.settled && !entry.users) {
        entry.controller.abort();
        forget(entry);
      }
    };
    const onAbort = () => {
      release();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (payload) => {
        release();
        resolve(payload);
      },
      (error: unknown) => {
        release();
        reject(error);
      },
    );
  });
}

/** Forgets every cached payload (for tests, or an editor's preview that reloads data). */
export function clearPayloadCache(): void {
  cache.clear();
}
