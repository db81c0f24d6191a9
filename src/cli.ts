#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `newsroom-widgets` command:
 *   newsroom-widgets validate FILE…   exit 0 when every file is valid, 1 with every problem and its path
 *   newsroom-widgets embed FILE       print a ready snippet: script tag, nw-embed, inline JSON
 */
import { readFile } from 'node:fs/promises';
import { embedSnippet } from './payload/embed-snippet.js';
import { parsePayload, type ParseResult } from './payload/validate.js';

const USAGE = `Usage:
  newsroom-widgets validate FILE...            check payload files; exit 1 with every problem and its path
  newsroom-widgets embed [--script URL] FILE   print an HTML snippet that embeds the payload
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
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--script') scriptUrl = args[++i];
    else files.push(args[i]!);
  }
  if (files.length !== 1 || (args.includes('--script') && !scriptUrl)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const result = await readPayload(files[0]!);
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${files[0]}: ${problem.path}: ${problem.message}\n`);
    return 1;
  }
  process.stdout.write(embedSnippet(result.payload, scriptUrl ? { scriptUrl } : {}));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate') return validate(rest);
  if (command === 'embed') return embed(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  process.stderr.write(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
