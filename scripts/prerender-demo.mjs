// Writes demo/prerendered.html: the demo article (demo/index.html) with every
// widget pre-rendered by `newsroom-widgets/server`, as a newsroom's own build
// would do it. Run by `npm run build`, after lib/ is built. With `--out DIR`
// the page is written into DIR instead (test/node/html-conformance.test.mjs
// checks it there, fresh from lib/).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prerender } from '../lib/server/index.js';
import { sourceReader } from '../lib/server/cli.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const demo = fileURLToPath(new URL('../demo/', import.meta.url));
const out = values.out ? resolve(values.out) : demo;
const source = await readFile(`${demo}index.html`, 'utf8');
const page = source
  .replace('<title>', '<title>Pre-rendered: ')
  .replace(
    /(<meta name="description" content=")/,
    '$1Pre-rendered with newsroom-widgets/server, painted before any script runs. ',
  )
  .replace('<a href="index.html" aria-current="page">', '<a href="index.html">')
  .replace('<a href="prerendered.html">', '<a href="prerendered.html" aria-current="page">');
const notices = [];
const html = await prerender(page, { readSrc: sourceReader(demo, demo), onNotice: (message) => notices.push(message) });
await mkdir(out, { recursive: true });
await writeFile(resolve(out, 'prerendered.html'), html);
console.log(
  `${values.out ? resolve(out, 'prerendered.html') : 'demo/prerendered.html'}: ${(html.length / 1000).toFixed(1)} kB (the article: ${(source.length / 1000).toFixed(1)} kB)`,
);
for (const message of notices) console.log(`  ${message}`);
