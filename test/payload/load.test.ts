import { expect } from '@open-wc/testing';
import { loadPayload, configureLoading, clearPayloadCache, WidgetError } from '../../src/payload/index.js';

interface LoggedRequest {
  route: string;
  search: string;
  cookie: string | null;
}

async function requestLog(): Promise<LoggedRequest[]> {
  return (await (await fetch('/__nw/requests')).json()) as LoggedRequest[];
}

async function failure(promise: Promise<unknown>): Promise<WidgetError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(WidgetError);
    return error as WidgetError;
  }
  throw new Error('expected the load to fail');
}

let unique = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}n=${Date.now()}-${unique++}`;

describe('loadPayload', () => {
  beforeEach(() => {
    clearPayloadCache();
    configureLoading({ timeoutMs: 10_000, maxBytes: 1024 * 1024 });
  });
  after(() => configureLoading({ timeoutMs: 10_000, maxBytes: 1024 * 1024 }));

  it('loads and validates a payload', async () => {
    const payload = await loadPayload(fresh('/__nw/story.json'));
    expect(payload.figures?.[0]?.id).to.equal('detained');
  });

  it('maps 404 to http-error with the status', async () => {
    const error = await failure(loadPayload(fresh('/__nw/status?code=404')));
    expect(error.code).to.equal('http-error');
    expect(error.status).to.equal(404);
  });

  it('maps 500 to http-error with the status', async () => {
    const error = await failure(loadPayload(fresh('/__nw/status?code=500')));
    expect([error.code, error.status]).to.deep.equal(['http-error', 500]);
  });

  it('gives up on a hanging server with timeout', async () => {
    configureLoading({ timeoutMs: 300 });
    const error = await failure(loadPayload(fresh('/__nw/hang?ms=3000')));
    expect(error.code).to.equal('timeout');
  });

  it('stops reading a body over the size cap with too-large, without Content-Length', async () => {
    configureLoading({ maxBytes: 256 * 1024 });
    const error = await failure(loadPayload(fresh('/__nw/big?bytes=5000000')));
    expect(error.code).to.equal('too-large');
  });

  it('rejects an HTML page with wrong-content-type', async () => {
    const error = await failure(loadPayload(fresh('/__nw/html')));
    expect(error.code).to.equal('wrong-content-type');
  });

  it('rejects malformed JSON with invalid-json', async () => {
    const error = await failure(loadPayload(fresh('/__nw/truncated')));
    expect(error.code).to.equal('invalid-json');
  });

  it('maps a network failure to fetch-failed', async () => {
    const error = await failure(loadPayload('http://127.0.0.1:9/payload.json'));
    expect(error.code).to.equal('fetch-failed');
  });

  it('reports an invalid payload with every path', async () => {
    const error = await failure(loadPayload(fresh('/__nw/status?code=200')));
    expect(error.code).to.equal('invalid-payload');
    expect(error.path).to.deep.equal(['version', 'error']);
  });

  it('reads JSON that starts with a byte-order mark', async () => {
    const payload = await loadPayload(fresh('/__nw/bom'));
    expect(payload.version).to.equal(1);
  });

  it('sends one request for many callers of the same URL', async () => {
    const url = fresh('/__nw/story.json?delay=100');
    const search = new URL(url, location.href).search;
    const results = await Promise.all([loadPayload(url), loadPayload(url), loadPayload(new URL(url, location.href).href)]);
    expect(results[0]).to.equal(results[1]);
    expect(results[1]).to.equal(results[2]);
    await loadPayload(url);
    const sent = (await requestLog()).filter((entry) => entry.search === search);
    expect(sent.length).to.equal(1);
  });

  it('sends no cookies', async () => {
    document.cookie = 'nw-test-session=secret; path=/';
    const url = fresh('/__nw/story.json');
    const search = new URL(url, location.href).search;
    await loadPayload(url);
    const sent = (await requestLog()).filter((entry) => entry.search === search);
    expect(sent.length).to.equal(1);
    expect(sent[0]!.cookie).to.equal(null);
    document.cookie = 'nw-test-session=; max-age=0; path=/';
  });

  it('detaches an aborted caller without failing the others', async () => {
    const url = fresh('/__nw/story.json?delay=200');
    const controller = new AbortController();
    const first = loadPayload(url, controller.signal);
    const second = loadPayload(url);
    controller.abort();
    let firstError: unknown;
    await first.catch((error: unknown) => (firstError = error));
    expect((firstError as DOMException).name).to.equal('AbortError');
    expect((await second).version).to.equal(1);
  });

  it('aborts the request when its last caller leaves, and a later call fetches again', async () => {
    const url = fresh('/__nw/story.json?delay=300');
    const controller = new AbortController();
    const pending = loadPayload(url, controller.signal).catch((error: unknown) => error);
    controller.abort();
    expect(((await pending) as DOMException).name).to.equal('AbortError');
    const payload = await loadPayload(url);
    expect(payload.version).to.equal(1);
  });

  it('forgets a failure, so a later call tries again', async () => {
    const url = fresh('/__nw/status?code=503');
    await failure(loadPayload(url));
    await failure(loadPayload(url));
    const search = new URL(url, location.href).search;
    expect((await requestLog()).filter((entry) => entry.search === search).length).to.equal(2);
  });
});
