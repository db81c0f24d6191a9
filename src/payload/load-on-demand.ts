/**
 * Loading payloads by URL, with the fetching code (`load.ts`) loaded the first
 * time a widget has `src` or the page asks: most pages carry their payload
 * inline and never download it. The same functions as `load.ts`.
 */
import type { RefreshRequest } from './load.js';
import type { Payload } from './schema.js';

let loader: Promise<typeof import('./load.js')> | undefined;
const load = () => (loader ??= import('./load.js'));

/** Loads a payload through the page-wide cache (see `load.ts`). */
export const loadPayload = (url: string, signal?: AbortSignal): Promise<Payload> =>
  load().then((module) => module.loadPayload(url, signal));

/** Fetches and validates one payload, without the shared cache (see `load.ts`). */
export const fetchPayload = (url: string, signal?: AbortSignal, again?: RefreshRequest): Promise<Payload> =>
  load().then((module) => module.fetchPayload(url, signal, again));

/**
 * Forgets every cached payload; nothing is cached before the fetching code has loaded. Once it has, the cache is
 * cleared in a microtask, still before any load asked for after this call.
 */
export function clearPayloadCache(): void {
  void loader?.then(
    (module) => module.clearPayloadCache(),
    () => undefined,
  );
}
