// Screenshots of the demo pages as readers see them, for review:
//   node scripts/screenshots.mjs [page ...]   (default: every demo page)
// Writes .screenshots/<page>-<width>-<theme>-<lang>.png (full page). With HOVER=1,
// also <page>-<width>-<theme>-<lang>-hover.png: the first chart with the mouse over
// its first bar, to see the tooltip. With FOCUS=1, also <...>-focus.png: the first chart
// explored by keyboard (focused, then ArrowRight and ArrowDown), to see the focus mark and
// the tooltip. The theme `forced` is light with forced colors (Windows High Contrast).
// With WIDGETS=1, also <...>-widget-<n>.png: each chart and figure grid of the page alone
// (the gallery's charts one by one, say: `WIDGETS=1 node scripts/screenshots.mjs gallery`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.mjs';
import { createDemoServer } from './serve.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index', 'classic', 'embed', 'playground', 'gallery'];
const widths = (process.env.WIDTHS ?? '360,768,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const langs = (process.env.LANGS ?? 'en,ru').split(',');
// NOJS=1: the pages as a reader without JavaScript sees them (pre-rendered pages paint; others show their fallback).
const javaScriptEnabled = !process.env.NOJS;
const out = new URL('../.screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });

/** The first chart, with the mouse over its first bar (the tooltip showing). */
async function hoverShot(page, file) {
  const chart = page.locator('nw-chart').first();
  if (!(await chart.count())) return;
  await chart.scrollIntoViewIfNeeded();
  const canvas = chart.locator('canvas');
  const box = await canvas.boundingBox();
  if (!box) return;
  // Left third of the canvas, a little above the middle: where the first bar of the demo chart sits.
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.45);
  await page.waitForTimeout(1000);
  await chart.screenshot({ path: file.pathname });
  console.log(file.pathname);
}

/** The first chart explored by keyboard: its plot focused, then a move right and a move down. */
async function focusShot(page, file) {
  const chart = page.locator('nw-chart').first();
  if (!(await chart.count())) return;
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('canvas').focus();
  await page.waitForTimeout(300);
  for (const key of ['ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
  await page.waitForTimeout(600);
  await chart.screenshot({ path: file.pathname });
  console.log(file.pathname);
}

/** Each chart and figure grid of the page, one picture each, in page order. */
async function widgetShots(page, name) {
  const widgets = page.locator('nw-chart, nw-figure-grid');
  const count = await widgets.count();
  for (let index = 0; index < count; index++) {
    const file = new URL(`${name}-widget-${index + 1}.png`, out);
    await widgets.nth(index).scrollIntoViewIfNeeded();
    await widgets.nth(index).screenshot({ path: file.pathname });
    console.log(file.pathname);
  }
}

const server = createDemoServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--hide-scrollbars'],
});
try {
  for (const name of pages) {
    for (const width of widths) {
      for (const theme of themes) {
        for (const lang of langs) {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            colorScheme: theme === 'dark' ? 'dark' : 'light',
            forcedColors: theme === 'forced' ? 'active' : 'none',
            javaScriptEnabled,
          });
          const page = await context.newPage();
          page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
          await page.goto(`${base}/demo/${name}.html?theme=${theme === 'forced' ? 'light' : theme}&lang=${lang}`, {
            waitUntil: 'networkidle',
          });
          if (javaScriptEnabled)
            await page.evaluate(async () => {
              for (let y = 0; y < document.body.scrollHeight; y += 500) {
                window.scrollTo(0, y);
                await new Promise((resolve) => setTimeout(resolve, 60));
              }
              window.scrollTo(0, 0);
            });
          await page.waitForTimeout(600);
          const file = new URL(`${name}-${width}-${theme}-${lang}${javaScriptEnabled ? '' : '-nojs'}.png`, out);
          await page.screenshot({ path: file.pathname, fullPage: true });
          console.log(file.pathname);
          if (process.env.FOCUS) await focusShot(page, new URL(`${name}-${width}-${theme}-${lang}-focus.png`, out));
          if (process.env.WIDGETS && javaScriptEnabled) await widgetShots(page, `${name}-${width}-${theme}-${lang}`);
          if (process.env.HOVER) await hoverShot(page, new URL(`${name}-${width}-${theme}-${lang}-hover.png`, out));
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
