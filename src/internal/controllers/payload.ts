/**
 * Where an element gets its data, as one Lit reactive controller. The first
 * that applies wins: the `payload` property, a child
 * `<script type="application/json">`, `payload-id`, then `src`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WidgetError, problemsError } from '../../payload/errors.js';
import { loadPayload } from '../../payload/load-on-demand.js';
import type { Payload } from '../../payload/schema.js';
import { parsePayloadForWidgets as parsePayload, type ParseResult } from '../../payload/validate.js';
import type { LiveFollower, LiveHost } from '../live/types.js';

/** The element side of the controller. */
export interface PayloadHost extends ReactiveControllerHost, HTMLElement {
  payload: unknown;
  payloadId: string | undefined;
  src: string | undefined;
}

/** What the controller knows: nothing asked, loading, a payload, or an error. */
export type PayloadState =
  { status: 'none' } | { status: 'loading' } | { status: 'ready'; payload: Payload } | { status: 'error'; error: WidgetError };

// One parse per payload object and per inline script text, shared by every widget on the page.
const parsedObjects = new WeakMap<object, ParseResult>();
const parsedScripts = new WeakMap<Element, { text: string; result: ParseResult }>();

function parseObject(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null) return parsePayload(value);
  let result = parsedObjects.get(value);
  if (!result) {
    result = parsePayload(value);
    parsedObjects.set(value, result);
  }
  return result;
}

function parseScript(script: Element): ParseResult {
  const text = script.textContent ?? '';
  const cached = parsedScripts.get(script);
  if (cached && cached.text === text) return cached.result;
  const result = parsePayload(text);
  parsedScripts.set(script, { text, result });
  return result;
}

/** The element's own `<script type="application/json">` child, if it has one. */
export function inlineScript(host: Element): Element | null {
  for (const child of host.children) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') return child;
  }
  return null;
}

function fromResult(result: ParseResult): PayloadState {
  return result.ok
    ? { status: 'ready', payload: result.payload }
    : { status: 'error', error: problemsError(result.code, result.problems) };
}

/** Resolves the host's payload and calls `requestUpdate` whenever the state changes. */
export class PayloadController implements ReactiveController, LiveHost {
  state: PayloadState = { status: 'none' };
  /** The widget. */
  readonly host: PayloadHost;
  #request?: AbortController;
  #key = '';
  /** Set while the widget follows a live refresh of its `src` (made by the live chunk, which shows each new payload). */
  live: LiveFollower | undefined;

  constructor(host: PayloadHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostDisconnected(): void {
    if (this.live) {
      // A widget that comes back follows its URL again, from the newest payload.
      this.#stopLive();
      this.#key = '';
    }
    if (this.#request) {
      // The request is dropped; a later connection starts again.
      this.#request.abort();
      this.#request = undefined;
      if (this.state.status === 'loading') this.#key = '';
    }
  }

  /** Re-reads the data sources; cheap when nothing changed. */
  refresh(): void {
    const { payload, payloadId, src } = this.host;
    const script = payload === undefined ? inlineScript(this.host) : null;
    // Parsing is cached, so only a fetch (or no source at all, `src:`) is worth skipping when nothing changed.
    const key = payload !== undefined || script ? '' : payloadId ? `id:${payloadId}` : `src:${src ?? ''}`;
    if (key === this.#key && key.startsWith('src:')) return;
    this.#key = key;
    this.#stopLive();
    this.#request?.abort();
    this.#request = undefined;
    this.#set(
      payload !== undefined
        ? fromResult(parseObject(payload))
        : script
          ? fromResult(parseScript(script))
          : payloadId
            ? this.#fromPayloadId(payloadId)
            : src
              ? this.#fetch(src)
              : { status: 'none' },
    );
  }

  #fromPayloadId(id: string): PayloadState {
    const script = this.host.ownerDocument.getElementById(id);
    if (script?.localName === 'script') return fromResult(parseScript(script));
    if (!script && this.host.ownerDocument.readyState === 'loading') {
      // The payload script may come later in the document than the widget.
      this.host.ownerDocument.addEventListener(
        'DOMContentLoaded',
        () => {
          this.#key = '';
          this.refresh();
        },
        { once: true },
      );
      return { status: 'loading' };
    }
    return { status: 'error', error: new WidgetError('no-data', `no <script type="application/json" id="${id}"> in the page`) };
  }

  #stopLive(): void {
    this.live?.stop();
    this.live = undefined;
  }

  /** Shows a newer payload of the same source (a live refresh). */
  show(payload: Payload): void {
    this.#set({ status: 'ready', payload });
  }

  #fetch(src: string): PayloadState {
    const request = new AbortController();
    this.#request = request;
    const refresh = this.host.getAttribute('refresh');
    // With `refresh`, the live chunk loads beside the payload, so the first drawing has its "Updated" line.
    Promise.all([loadPayload(src, request.signal), refresh !== null && import('../live/live.js').catch(() => undefined)]).then(
      ([payload, live]) => {
        if (this.#request !== request) return; // a newer source won
        this.#request = undefined;
        this.live = live ? live.follow(this, src, payload, refresh!) : undefined;
        this.show(this.live?.payload ?? payload);
      },
      (error: unknown) => {
        if (this.#request !== request || request.signal.aborted) return;
        this.#request = undefined;
        this.#set({
          status: 'error',
          error: error instanceof WidgetError ? error : new WidgetError('fetch-failed', String(error)),
        });
      },
    );
    return { status: 'loading' };
  }

  #set(state: PayloadState): void {
    const previous = this.state;
    const same =
      previous.status === state.status &&
      (state.status !== 'ready' || (previous.status === 'ready' && previous.payload === state.payload)) &&
      (state.status !== 'error' || (previous.status === 'error' && previous.error.message === state.error.message));
    this.state = state;
    if (!same) this.host.requestUpdate();
  }
}
