/// <reference types="node" />
/**
 * The CLI's `prerender` and `embed --prerender`: pages and snippets with their
 * widgets' shadow roots written out. Bad data gets what `validate` gives:
 * every wrong path, exit 1, and no output file written.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { PrerenderError, prerender, type PrerenderOptions } from './prerender.js';

/** What `prerender` was asked on the command line. */
export interface PrerenderArguments {
  page: string;
  payloads: Map<string, string>;
  root?: string | undefined;
  out?: string | undefined;
  fontFiles: string[];
  fontFamily?: string | undefined;
  pictures: boolean;
}

/** The longest a payload URL may take to answer. */
const FETCH_TIMEOUT_MS = 30_000;

/**
 * A `readSrc` for `prerender` that reads a `src` as the CLI does: an http(s)
 * URL is fetched; a path is a file under the folder `root`, a relative one
 * taken from the page's folder `pageDir`, a `/…` one from `root`.
 */
export function sourceReader(pageDir: string, root: string): (url: string) => Promise<string> {
  return async (src) => {
    if (/^https?:\/\//i.test(src)) {
      const response = await fetch(src, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    }
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(src)) throw new Error('only http(s) URLs and paths can be read');
    const path = decodeURIComponent(src.replace(/[?#].*$/, ''));
    const file = path.startsWith('/') ? resolve(root, `.${path}`) : resolve(pageDir, path);
    const inside = relative(resolve(root), file);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`${file} is outside the root folder ${root}`);
    return readFile(file, 'utf8');
  };
}

/** Pre-renders `html`, printing notices to stderr; returns the page, or the exit code after printing every problem. */
export async function prerenderText(html: string, label: string, options: PrerenderOptions): Promise<string | number> {
  try {
    return await prerender(html, { ...options, onNotice: (message) => process.stderr.write(`${label}: ${message}\n`) });
  } catch (error) {
    if (!(error instanceof PrerenderError)) throw error;
    for (const problem of error.problems)
      process.stderr.write(`${label}: ${problem.widget} ${problem.path}: ${problem.message}\n`);
    return 1;
  }
}

/** `newsroom-widgets prerender`: exit 0 with the page written (to `--out`, or stdout), 1 for bad data, nothing half-written. */
export async function prerenderCommand(args: PrerenderArguments): Promise<number> {
  let html: string;
  try {
    html = await readFile(args.page, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${args.page} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})\n`);
    return 1;
  }
  const payloads: Record<string, unknown> = {};
  let unreadable = 0;
  for (const [id, file] of args.payloads) {
    try {
      payloads[id] = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(
        `--payload ${id}=${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})\n`,
      );
      unreadable += 1;
    }
  }
  if (unreadable) return 1;
  const pageDir = dirname(resolve(args.page));
  const result = await prerenderText(html, args.page, {
    payloads,
    readSrc: sourceReader(pageDir, resolve(args.root ?? pageDir)),
    pictures: args.pictures && { fontFiles: args.fontFiles, ...(args.fontFamily ? { fontFamily: args.fontFamily } : {}) },
  });
  if (typeof result === 'number') return result;
  if (!args.out) {
    process.stdout.write(result);
    return 0;
  }
  // Written beside the target, then moved over it: a reader never sees half a page.
  const temporary = `${args.out}.${process.pid}.tmp`;
  await writeFile(temporary, result);
  await rename(temporary, args.out);
  return 0;
}
