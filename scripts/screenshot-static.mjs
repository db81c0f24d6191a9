// Screenshots of the static target, as a newsletter or an RSS reader shows it:
//   node scripts/screenshot-static.mjs [PAYLOAD]   (default: the demo story)
// Renders the payload with `render --target static` in each language (LANGS,
// default en,ru,kk) and writes .screenshots/static-<lang>-<width>-css.png and
// -nocss.png (every style attribute removed: a reader that drops CSS), full
// page, at WIDTHS (default 600, a newsletter's width). With README=1, also the
// README's pictures: docs/images/static-newsletter{,-nocss}.png (English, the
// top of the page). Needs `npm run build:lib`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium-path.mjs';
import { render, writeRendered } from '../lib/server/index.js';

const payload = await readFile(process.argv[2] ?? 'demo/data/kazakhstan-unrest-2022.json', 'utf8');
const langs = (process.env.LANGS ?? 'en,ru,kk').split(',');
const widths = (process.env.WIDTHS ?? '600').split(',').map(Number);
const out = new URL('../.screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const readme = process.env.README ? new URL('../docs/images/', import.meta.url) : undefined;
if (readme) mkdirSync(readme, { recursive: true });
/** The README's pictures show the figures, the chart and the first quotes. */
const README_HEIGHT = 1450;
const work = mkdtempSync(join(tmpdir(), 'nw-static-'));
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  for (const lang of langs) {
    for (const width of widths) {
      const dir = join(work, `${lang}-${width}`);
      await writeRendered(await render(payload, { target: 'static', lang, width }), dir);
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(pathToFileURL(join(dir, 'index.html')).href);
      const forReadme = readme && lang === 'en' && width === 600;
      const clip = { x: 0, y: 0, width, height: README_HEIGHT };
      await page.screenshot({ path: new URL(`static-${lang}-${width}-css.png`, out).pathname, fullPage: true });
      if (forReadme) await page.screenshot({ path: new URL('static-newsletter.png', readme).pathname, fullPage: true, clip });
      await page.evaluate(() => document.querySelectorAll('[style]').forEach((element) => element.removeAttribute('style')));
      await page.screenshot({ path: new URL(`static-${lang}-${width}-nocss.png`, out).pathname, fullPage: true });
      if (forReadme)
        await page.screenshot({ path: new URL('static-newsletter-nocss.png', readme).pathname, fullPage: true, clip });
      await page.close();
      console.log(`static-${lang}-${width}-{css,nocss}.png`);
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
