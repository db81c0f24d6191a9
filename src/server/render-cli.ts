/// <reference types="node" />
/**
 * The CLI's `render`: a payload file rendered for a target into a folder.
 * Every file is made in memory first and written into a staging folder; only
 * then are the files moved into the output folder, each one whole, and if a
 * move fails the ones already moved are put back: bad data or a failed write
 * leaves the output folder as it was.
 */
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { render, RenderError, type RenderOptions, type RenderedFile } from './render.js';

/** What `render` was asked on the command line. */
export interface RenderArguments extends RenderOptions {
  file: string;
  out: string;
}

/** The file moves `writeRendered` makes (tests replace them to make one fail). */
export const moves = { rename };

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes `files` into the folder `out`, made when missing; the folder's other
 * files are kept. All of them or none: on any failure the folder is as it was.
 */
export async function writeRendered(files: readonly RenderedFile[], out: string): Promise<void> {
  const target = resolve(out);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new Error(`${out} is not a folder`);
  // Staged inside the output folder when there is one (the same file system, so every move is a rename).
  if (!existing) await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(existing ? join(target, '.nw-render-') : join(dirname(target), `.${basename(target)}-`));
  try {
    const fresh = join(staging, 'new');
    const old = join(staging, 'old');
    await mkdir(fresh);
    await mkdir(old);
    for (const file of files) await writeFile(join(fresh, file.name), file.content);
    if (!existing) {
      await moves.rename(fresh, target);
      return;
    }
    const moved: { name: string; replaced: boolean; placed: boolean }[] = [];
    try {
      for (const file of files) {
        const destination = join(target, file.name);
        const entry = { name: file.name, replaced: await exists(destination), placed: false };
        moved.push(entry);
        if (entry.replaced) await moves.rename(destination, join(old, file.name));
        await moves.rename(join(fresh, file.name), destination);
        entry.placed = true;
      }
    } catch (error) {
      // Put back what was there: the new files out, the old ones in.
      for (const entry of moved.reverse()) {
        if (entry.placed) await rm(join(target, entry.name), { recursive: true, force: true });
        if (entry.replaced && (await exists(join(old, entry.name))))
          await rename(join(old, entry.name), join(target, entry.name));
      }
      throw error;
    }
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
