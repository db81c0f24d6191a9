/// <reference types="node" />
/**
 * The CLI's `render`: a payload file rendered for a target into a folder.
 * Every file is made in memory first, written into a new folder beside the
 * output one, then moved into it: bad data or a failed write leaves the
 * output folder as it was.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { render, RenderError, type RenderOptions, type RenderedFile } from './render.js';

/** What `render` was asked on the command line. */
export interface RenderArguments extends RenderOptions {
  file: string;
  out: string;
}

/** Writes `files` into the folder `out` (made when missing), each one whole or not at all. */
export async function writeRendered(files: readonly RenderedFile[], out: string): Promise<void> {
  const target = resolve(out);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new Error(`${out} is not a folder`);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}-`));
  try {
    for (const file of files) await writeFile(join(staging, file.name), file.content);
    if (!existing) {
      await rename(staging, target);
      return;
    }
    for (const file of files) await rename(join(staging, file.name), join(target, file.name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** `newsroom-widgets render`: exit 0 with the files written, 1 with every problem and nothing written. */
export async function renderCommand(args: RenderArguments): Promise<number> {
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${args.file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})\n`);
    return 1;
  }
  let files: RenderedFile[];
  try {
    files = await render(text, { ...args, onNotice: (message) => process.stderr.write(`${args.file}: ${message}\n`) });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${args.file}: ${problem.path}: ${problem.message}\n`);
    return 1;
  }
  try {
    await writeRendered(files, args.out);
  } catch (error) {
    process.stderr.write(`cannot write ${args.out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  process.stdout.write(`${files.length} files written to ${args.out}: ${files.map((file) => file.name).join(', ')}\n`);
  return 0;
}
