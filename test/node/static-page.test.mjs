// The static target in Chromium at 600 px, a newsletter's width, in every
// language: with its inline styles and with none at all (every style
// attribute removed, as a reader that drops CSS shows it), nothing is wider
// than the page, the chart's picture loads at twice its stated size, and the
// text is large enough to read. `node scripts/screenshot-static.mjs` takes the
// screenshots to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { render, writeRendered } from '../../lib/server/index.js';

const story = readFileSync(new URL('../../demo/data/kazakhstan-unrest-2022.json', import.meta.url), 'utf8');
const WIDTH = 600;
let browser;
let work;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'nw-static-page-'));
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** What a reader would trip over on the page as shown: overflow, a picture not loaded or blurred, tiny text. */
function layoutProblems(width) {
  const problems = [];
  if (document.documentElement.scrollWidth > width)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.right > width + 0.5) problems.push(`<${element.localName}> ends at ${Math.round(box.right)}px`);
  }
  for (const img of document.images) {
    if (!img.complete || !img.naturalWidth) problems.push(`${img.src} did not load`);
    else if (img.naturalWidth !== 2 * img.width && img.naturalWidth < 1.5 * img.getBoundingClientRect().width)
      problems.push(`${img.src}: ${img.naturalWidth}px drawn ${img.getBoundingClientRect().width}px wide`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const size = Number.parseFloat(getComputedStyle(node.parentElement).fontSize);
    if (size < 12) problems.push(`"${node.textContent.trim().slice(0, 30)}" is ${size}px`);
  }
  return problems;
}

for (const lang of ['en', 'ru', 'kk']) {
  test(`static index.html (${lang}) at ${WIDTH}px reads with its inline styles and with no CSS at all`, async () => {
    const dir = join(work, lang);
    await writeRendered(await render(story, { target: 'static', lang, width: WIDTH }), dir);
    const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
    try {
      await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
      assert.deepEqual(await page.evaluate(layoutProblems, WIDTH), [], 'with CSS');
      const styled = await page.evaluate(() => getComputedStyle(document.querySelector('figure')).borderTopStyle);
      assert.equal(styled, 'solid', 'the inline styles apply');
      await page.evaluate(() => document.querySelectorAll('[style]').forEach((element) => element.removeAttribute('style')));
      assert.deepEqual(await page.evaluate(layoutProblems, WIDTH), [], 'with no CSS');
      // With no CSS the order still reads: headline, then label, then source, for every figure.
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('figure')].slice(0, 5).map((figure) => figure.innerText.split('\n').filter(Boolean).length),
      );
      assert.ok(
        order.every((lines) => lines >= 3),
        `each figure reads on its own lines: ${order}`,
      );
    } finally {
      await page.close();
    }
  });
}
