// Writes demo/prerendered.html: the demo article (demo/index.html) with every
// widget pre-rendered by `newsroom-widgets/server`, as a newsroom's own build
// would do it. Run by `npm run build`, after lib/ is built.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { prerender } from '../lib/server/index.js';
import { sourceReader } from '../lib/server/cli.js';

const demo = fileURLToPath(new URL('../demo/', import.meta.url));
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
await writeFile(`${demo}prerendered.html`, html);
console.log(
  `demo/prerendered.html: ${(html.length / 1000).toFixed(1)} kB (the article: ${(source.length / 1000).toFixed(1)} kB)`,
);
for (const message of notices) console.log(`  ${message}`);
