#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `newsroom-widgets` command:
 *   newsroom-widgets validate FILE…   exit 0 when every file is valid, 1 with every problem and its path
 *   newsroom-widgets embed FILE       print a ready snippet: script tag, nw-embed, inline JSON
 *   newsroom-widgets prerender PAGE   write out every widget's shadow root (see src/server/)
 *   newsroom-widgets render FILE      the payload as static HTML or Apple News Format, into a folder
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { embedSnippet, sanitizerSafeSnippet } from './payload/embed-snippet.js';
import { parsePayload, type ParseResult } from './payload/validate.js';

const USAGE = `Usage:
  newsroom-widgets validate FILE...            check payload files; exit 1 with every problem and its path
  newsroom-widgets embed [--script URL] [--prerender] FILE
                                               print an HTML snippet that embeds the payload
                                               (--prerender: with its shadow roots written out)
  newsroom-widgets embed --sanitizer-safe [--src URL] FILE
                                               the plain-markup form for CMS fields that strip
                                               custom tags and scripts (WordPress): a div that
                                               reads the payload from URL (default: FILE's name)
  newsroom-widgets prerender PAGE.html [--payload ID=FILE]... [--root DIR] [--out FILE]
                       [--font FILE]... [--font-family NAME] [--no-pictures]
                                               write out every widget's shadow root, so the page
                                               paints without JavaScript; exit 1 with every problem
  newsroom-widgets render FILE --target static|apple-news --out DIR [--lang L] [--width PX]
                       [--font FILE]... [--font-family NAME] [--no-pictures]
                                               the payload as static HTML (RSS, newsletters, print)
                                               or Apple News Format JSON, with chart pictures as PNG;
                                               exit 1 with every problem, and nothing written
`;

async function readPayload(file: string): Promise<ParseResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'unreadable';
    return { ok: false, code: 'invalid-json', problems: [{ path: '(file)', message: `cannot read ${file} (${reason})` }] };
  }
  return parsePayload(text);
}

async function validate(files: string[]): Promise<number> {
  if (!files.length) {
    process.stderr.write(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const result = await readPayload(file);
    if (result.ok) {
      process.stdout.write(`ok    ${file}\n`);
      continue;
    }
    failed += 1;
    process.stdout.write(
      `FAIL  ${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (${result.code})\n`,
    );
    for (const problem of result.problems) process.stdout.write(`  ${problem.path}: ${problem.message}\n`);
  }
  return failed ? 1 : 0;
}

async function embed(args: string[]): Promise<number> {
  let scriptUrl: string | undefined;
  let src: string | undefined;
  let prerendered = false;
  let safe = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--script') scriptUrl = args[++i];
    else if (args[i] === '--src') src = args[++i];
    else if (args[i] === '--prerender') prerendered = true;
    else if (args[i] === '--sanitizer-safe') safe = true;
    else files.push(args[i]!);
  }
  const wrong =
    (args.includes('--script') && !scriptUrl) ||
    (args.includes('--src') && !src) ||
    (safe && (prerendered || scriptUrl !== undefined)) ||
    (!safe && src !== undefined);
  if (files.length !== 1 || wrong) {
    process.stderr.write(USAGE);
    return 2;
  }
  const result = await readPayload(files[0]!);
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${files[0]}: ${problem.path}: ${problem.message}\n`);
    return 1;
  }
  if (safe) {
    const url = src ?? basename(files[0]!);
    process.stdout.write(sanitizerSafeSnippet(result.payload, { src: url }));
    if (src === undefined) process.stderr.write(`serve ${files[0]} at ${url} beside the page, or give its address with --src\n`);
    return 0;
  }
  const snippet = embedSnippet(result.payload, scriptUrl ? { scriptUrl } : {});
  if (!prerendered) {
    process.stdout.write(snippet);
    return 0;
  }
  const { prerenderText } = await import('./server/cli.js');
  const written = await prerenderText(snippet, files[0]!, {});
  if (typeof written === 'number') return written;
  process.stdout.write(written);
  return 0;
}

/** Reads the arguments of `prerender`; undefined when they are off. */
function prerenderArguments(args: string[]): import('./server/cli.js').PrerenderArguments | undefined {
  const parsed: import('./server/cli.js').PrerenderArguments = { page: '', payloads: new Map(), fontFiles: [], pictures: true };
  const pages: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      pages.push(arg);
      continue;
    }
    if (arg === '--no-pictures') {
      parsed.pictures = false;
      continue;
    }
    const value = args[++i];
    if (value === undefined) return undefined;
    if (arg === '--payload') {
      const [, id, file] = /^([^=]+)=(.+)$/.exec(value) ?? [];
      if (!id || !file) return undefined;
      parsed.payloads.set(id, file);
    } else if (arg === '--root') parsed.root = value;
    else if (arg === '--out') parsed.out = value;
    else if (arg === '--font') parsed.fontFiles.push(value);
    else if (arg === '--font-family') parsed.fontFamily = value;
    else return undefined;
  }
  if (pages.length !== 1) return undefined;
  parsed.page = pages[0]!;
  return parsed;
}

async function prerenderPage(args: string[]): Promise<number> {
  const parsed = prerenderArguments(args);
  if (!parsed) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { prerenderCommand } = await import('./server/cli.js');
  return prerenderCommand(parsed);
}

/** Reads the arguments of `render`; undefined when they are off. */
function renderArguments(args: string[]): import('./server/render-cli.js').RenderArguments | undefined {
  const files: string[] = [];
  const fontFiles: string[] = [];
  const named = new Map<string, string>();
  let pictures = true;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) files.push(arg);
    else if (arg === '--no-pictures') pictures = false;
    else {
      const value = args[++i];
      if (value === undefined || !['--target', '--out', '--lang', '--width', '--font', '--font-family'].includes(arg))
        return undefined;
      if (arg === '--font') fontFiles.push(value);
      else named.set(arg, value);
    }
  }
  const [file] = files;
  const target = named.get('--target');
  const out = named.get('--out');
  if (files.length !== 1 || !file || !target || !out) return undefined;
  const width = named.get('--width');
  const fontFamily = named.get('--font-family');
  return {
    file,
    out,
    target: target as import('./server/render.js').RenderTarget,
    lang: named.get('--lang'),
    width: width === undefined ? undefined : /^\d+$/.test(width) ? Number(width) : Number.NaN,
    pictures: pictures && { fontFiles, ...(fontFamily ? { fontFamily } : {}) },
  };
}

async function renderPayload(args: string[]): Promise<number> {
  const parsed = renderArguments(args);
  if (!parsed) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { renderCommand } = await import('./server/render-cli.js');
  return renderCommand(parsed);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate') return validate(rest);
  if (command === 'embed') return embed(rest);
  if (command === 'prerender') return prerenderPage(rest);
  if (command === 'render') return renderPayload(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
