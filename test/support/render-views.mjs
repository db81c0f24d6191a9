// Renders the view cases on Node with Lit's own SSR, from the compiled lib/
// (run `npm run build` first), and prints them as JSON: [{ name, html }].
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { readFileSync } from 'node:fs';
import { viewCases } from './view-cases.js';

const lib = (path) => import(new URL(`../../lib/${path}`, import.meta.url).href);
const modules = Object.assign(
  {},
  ...(await Promise.all(
    [
      'views/context.js',
      'views/frame.js',
      'views/figure.js',
      'views/figure-grid.js',
      'views/quote.js',
      'views/embed.js',
      'views/chart/view.js',
      'payload/errors.js',
      'format/strings.js',
      'format/languages/ru.js',
      'format/languages/kk.js',
    ].map(lib),
  )),
);
const story = JSON.parse(readFileSync(new URL('../../demo/data/kazakhstan-unrest-2022.json', import.meta.url), 'utf8'));
const out = [];
for (const { name, template } of viewCases(modules, story)) out.push({ name, html: await collectResult(render(template)) });
process.stdout.write(JSON.stringify(out));
