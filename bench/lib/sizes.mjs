// Sizes: gzip and brotli of what pages download, what each bundle is made of
// (lit, valibot, Chart.js, our code), and how much of the chart file is
// Chart.js itself: the same Chart.js imports bundled alone with rollup.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const TERSER = { ecma: 2022, module: true, format: { comments: false }, compress: { passes: 2 } };

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a buffer or string, in bytes. */
export function compressedSizes(content) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }).length,
  };
}

/** Which part of the bundle a module belongs to. */
function groupOf(id, root) {
  const clean = id.replace(/^\0/, '');
  const nm = clean.lastIndexOf(`${sep}node_modules${sep}`);
  if (nm >= 0) {
    const parts = clean.slice(nm + 14).split(sep);
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
    if (['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name)) return 'lit';
    if (name === 'chart.js' || name === '@kurkle/color') return 'Chart.js (+ @kurkle/color)';
    return name;
  }
  const rel = relative(root, clean);
  if (rel.startsWith(`scripts${sep}`)) return `ours: ${rel}`;
  if (rel.startsWith(`lib${sep}`)) {
    const parts = rel.split(sep);
    const area = parts.length > 2 ? (parts[1] === 'elements' ? `elements/${parts[2]}` : parts[1]) : parts[1];
    return `ours: ${area.replace(/\.js$/, '')}`;
  }
  return 'other';
}

/** Minified (same terser settings as the build, but keeping every top-level name) and gzip size of a piece of bundle. */
async function minifiedSize(code) {
  try {
    const { minify } = await import('terser');
    const result = await minify(code, { ...TERSER, compress: { ...TERSER.compress, unused: false } });
    return compressedSizes(result.code ?? '');
  } catch {
    return compressedSizes(code);
  }
}

/**
 * What one rollup config's output is made of, chunk by chunk: modules grouped
 * by package (and our code by folder), each group minified and compressed on
 * its own. `share` scales the groups so they add up to `actualGzip(fileName)`,
 * the real file's gzip size, when that is known.
 */
export async function bundleBreakdown(config, root, actualGzip = () => undefined) {
  // The config's own plugins (minifier included), so that chunk names and hashes match dist/.
  const plugins = config.plugins ?? [];
  const bundle = await rollup({
    input: config.input,
    plugins,
    preserveEntrySignatures: config.preserveEntrySignatures,
    onwarn: () => {},
    logLevel: 'silent',
  });
  try {
    const outputOptions = { ...config.output };
    const dir = outputOptions.dir ?? dirname(outputOptions.file);
    delete outputOptions.file;
    delete outputOptions.dir;
    const { output } = await bundle.generate(outputOptions);
    const chunks = [];
    const ourModules = [];
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      const fileName = config.output.file ? basename(config.output.file) : chunk.fileName;
      const groups = new Map();
      for (const [id, module] of Object.entries(chunk.modules)) {
        const key = groupOf(id, root);
        if (key.startsWith('ours')) ourModules.push(id);
        if (!module.code) continue;
        groups.set(key, (groups.get(key) ?? '') + module.code + '\n');
      }
      const rows = [];
      for (const [group, code] of groups) rows.push({ group, ...(await minifiedSize(code)) });
      const total = rows.reduce((sum, row) => sum + row.gzip, 0);
      const actual = actualGzip(join(dir, fileName));
      for (const row of rows) row.share = actual ? Math.round((row.gzip / total) * actual) : row.gzip;
      rows.sort((a, b) => b.gzip - a.gzip);
      chunks.push({ file: join(dir, fileName), isEntry: chunk.isEntry, rows });
    }
    return { chunks, ourModules };
  } finally {
    await bundle.close();
  }
}

/** Every name our code imports from a package (bare specifier), per package. */
export async function bareImports(files) {
  const found = new Map();
  for (const file of files) {
    const ast = parseAst(await readFile(file, 'utf8'));
    for (const node of ast.body) {
      if (node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration' && node.type !== 'ExportAllDeclaration')
        continue;
      const source = node.source?.value;
      if (!source || source.startsWith('.') || source.startsWith('/')) continue;
      const names = found.get(source) ?? new Set();
      for (const spec of node.specifiers ?? []) {
        if (spec.type === 'ImportSpecifier') names.add(spec.imported.name ?? spec.imported.value);
        else if (spec.type === 'ImportDefaultSpecifier') names.add('default');
        else if (spec.type === 'ImportNamespaceSpecifier') names.add('*');
        else if (spec.type === 'ExportSpecifier') names.add(spec.local.name ?? spec.local.value);
      }
      if (node.type === 'ExportAllDeclaration') names.add('*');
      found.set(source, names);
    }
  }
  return found;
}

/** Source of a module that imports exactly `imports` (package -> names) and keeps them all alive. */
export function reexportEntry(imports) {
  const lines = [];
  let n = 0;
  for (const [source, names] of imports) {
    const list = [...names];
    const spec = JSON.stringify(source);
    if (list.includes('*')) {
      lines.push(`export * as p${n++} from ${spec};`);
      continue;
    }
    const aliased = list.map((name) => `${name === 'default' ? 'default' : name} as p${n++}_${name}`);
    lines.push(`export { ${aliased.join(', ')} } from ${spec};`);
  }
  return lines.join('\n') + '\n';
}

/**
 * Bundles a virtual entry; returns the code. `plugins` (say, a rollup config's
 * own) replace the default node-resolve and terser.
 */
export async function bundleVirtual(entrySource, { minify = true, resolveFrom, plugins } = {}) {
  const id = resolveFrom ?? '\0bench-entry.js';
  const bundle = await rollup({
    input: id,
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (source) => (source === id ? id : null),
        load: (loadId) => (loadId === id ? entrySource : null),
      },
      ...(plugins ?? [nodeResolve({ browser: true }), ...(minify ? [terser(TERSER)] : [])]),
    ],
    onwarn: () => {},
    logLevel: 'silent',
  });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
