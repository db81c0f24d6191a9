// The demo server and headless Chromium for the Node tests that open pages
// (test/node/demo.test.mjs, test/node/prerendered-page.test.mjs).
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { createDemoServer } from '../../scripts/serve.mjs';

/**
 * Serves the repository (as `npm start` does) on a free port, with `handle`
 * asked first (it answers true when it took the request), and launches
 * Chromium. Returns the base URL, the browser, and `close`.
 */
export async function openDemo(handle = () => false) {
  const serveDemo = createDemoServer().listeners('request')[0];
  const server = createServer((request, response) => handle(request, response) || serveDemo(request, response));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    browser,
    async close() {
      await browser.close();
      server.closeAllConnections();
      server.close();
    },
  };
}
