// What a reader sees first, measured in the browser: the paint timings of
// pages with and without pre-rendered widgets (paint-probe.js), and whether
// two pages look the same, pixel by pixel.
import { readFile } from 'node:fs/promises';
import { sleep } from './browser.mjs';
import { firstLine } from './report.mjs';
import { summary } from './stats.mjs';

const paintProbe = readFile(new URL('./paint-probe.js', import.meta.url), 'utf8');

/**
 * First paint, first contentful paint and the first paint of the widgets'
 * content (paint-probe.js) of several pages, `runs` cold loads each,
 * interleaved; then, where the page has widgets, the moment those in view are
 * all live (their nw-render), whether hydration kept the pre-rendered DOM, and what
 * the console said. Reduced motion, as for the other timings. A variant's
 * `widgets` is how many top-level widgets its page has.
 */
export async function paintLoads(bench, origin, variants, runs, log) {
  const probe = await paintProbe;
  const samples = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const variant of variants) {
      try {
        samples[variant.name].push(
          await bench.withPage(
            async (page, context) => {
              const messages = [];
              page.on('console', (message) => {
                if (message.type() === 'error' || message.type() === 'warning')
                  messages.push(`${message.type()}: ${message.text()}`);
              });
              page.on('pageerror', (error) => messages.push(`page error: ${firstLine(error)}`));
              page.on('requestfailed', (request) => messages.push(`failed: ${new URL(request.url()).pathname}`));
              page.on('response', (response) => {
                if (response.status() >= 400) messages.push(`HTTP ${response.status()}: ${new URL(response.url()).pathname}`);
              });
              await context.addInitScript({ content: `window.__paintWidgets = ${Number(variant.widgets) || 0};\n${probe}` });
              await page.goto(origin + variant.url, { waitUntil: 'load' });
              await page.waitForFunction(() => window.__paint.contentNext !== null, null, { timeout: 15_000, polling: 50 });
              // The marker's Element Timing entry, when Chromium reports it.
              await page
                .waitForFunction(() => window.__paint.content !== null, null, { timeout: 1_000, polling: 50 })
                .catch(() => {});
              const widgets = await page.evaluate(() => window.__bench.widgets().length);
              if (widgets)
                await page
                  .waitForFunction(() => window.__bench.inView !== null, null, { timeout: 15_000, polling: 50 })
                  .catch(() => {});
              await sleep(200);
              return page.evaluate(
                ({ messages }) => {
                  const paint = Object.fromEntries(performance.getEntriesByType('paint').map((entry) => [entry.name, entry]));
                  const b = window.__bench;
                  return {
                    // Presented (startTime), and the end of the rendering update that painted (paintTime).
                    fp: paint['first-paint']?.startTime ?? null,
                    fcp: paint['first-contentful-paint']?.startTime ?? null,
                    fpRendered: paint['first-paint']?.paintTime ?? null,
                    fcpRendered: paint['first-contentful-paint']?.paintTime ?? null,
                    content: window.__paint.content?.presented ?? null,
                    contentRendered: window.__paint.content?.rendered ?? null,
                    contentFrame: window.__paint.contentFrame,
                    contentNext: window.__paint.contentNext,
                    lcp: window.__paint.lcp,
                    widgets: b.widgets().length,
                    // The widgets in view at load all live (each has fired nw-render; a chart once Chart.js has drawn).
                    live: b.inView,
                    kept: window.__paint.keptFrames(),
                    errors: b.errors,
                    console: messages,
                  };
                },
                { messages },
              );
            },
            { reducedMotion: 'reduce' },
          ),
        );
      } catch (error) {
        samples[variant.name].push({ error: firstLine(error) });
      }
    }
    log?.(`  run ${run + 1}/${runs}`);
  }
  return Object.fromEntries(
    variants.map((v) => {
      const ok = samples[v.name].filter((s) => !s.error);
      const of = (key) => summary(ok.map((s) => s[key]));
      return [
        v.name,
        {
          url: v.url,
          samples: samples[v.name],
          fp: of('fp'),
          fcp: of('fcp'),
          content: of('content'),
          fpRendered: of('fpRendered'),
          fcpRendered: of('fcpRendered'),
          contentRendered: of('contentRendered'),
          contentNext: of('contentNext'),
          live: of('live'),
          lcp: summary(ok.map((s) => s.lcp?.t)),
          lcpWhat: [...new Set(ok.map((s) => s.lcp?.what).filter(Boolean))],
          failed: samples[v.name].length - ok.length,
          errors: [...new Set(samples[v.name].map((s) => s.error).filter(Boolean))],
          console: [...new Set(ok.flatMap((s) => s.console))],
          kept: ok.length ? Math.min(...ok.map((s) => s.kept ?? 0)) : null,
          widgets: ok[0]?.widgets ?? null,
        },
      ];
    }),
  );
}

/**
 * Whether two pages look the same: full-page screenshots at `viewport`, with
 * requests matching `block` (e.g. every script) aborted, compared pixel by
 * pixel in the browser. Also reports each chart picture shown: the size it was
 * drawn at and the size of the box it is shown in.
 */
export async function comparePixels(bench, origin, pathA, pathB, { viewport, block }) {
  const shoot = (path) =>
    bench.withPage(
      async (page) => {
        if (block) await page.route(block, (route) => route.abort());
        await page.goto(origin + path, { waitUntil: 'load' });
        await sleep(300);
        const pictures = await page.evaluate(() =>
          Array.from(document.querySelectorAll('nw-chart, [data-nw="nw-chart"]')).flatMap((chart) =>
            Array.from((chart.shadowRoot ?? chart).querySelectorAll('img.picture'))
              .filter((img) => img.checkVisibility())
              .map((img) => {
                const box = img.getBoundingClientRect();
                return {
                  drawn: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))],
                  shown: [box.width, box.height],
                };
              }),
          ),
        );
        return { png: (await page.screenshot({ fullPage: true })).toString('base64'), pictures };
      },
      { viewport },
    );
  const a = await shoot(pathA);
  const b = await shoot(pathB);
  const pixels = await bench.withPage((page) =>
    page.evaluate(
      async ([one, two]) => {
        const read = async (base64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          return image;
        };
        const [x, y] = await Promise.all([read(one), read(two)]);
        const width = Math.max(x.width, y.width);
        const height = Math.max(x.height, y.height);
        const data = (image) => {
          const canvas = new OffscreenCanvas(width, height);
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, width, height).data;
        };
        const p = data(x);
        const q = data(y);
        let differ = 0;
        for (let i = 0; i < p.length; i += 4)
          if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2] || p[i + 3] !== q[i + 3]) differ++;
        return { differ, total: width * height, sizes: [`${x.width}×${x.height}`, `${y.width}×${y.height}`] };
      },
      [a.png, b.png],
    ),
  );
  return { ...pixels, pictures: { [pathA]: a.pictures, [pathB]: b.pictures } };
}
