// The W3C Nu HTML Checker (vnu-jar, a dev dependency) run on Java: one run
// over many files, its JSON read back into one list of errors. Java is not an
// npm package: where it is missing, the run fails with the line that installs
// it (CI installs it before the tests).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VNU_JAR = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
export const INSTALL_JAVA = 'apt-get install -y --no-install-recommends default-jre-headless';
const JAVA = process.env.JAVA ?? 'java';

/**
 * @typedef {object} VnuError
 * @property {string} file the file checked (absolute path)
 * @property {number | undefined} line
 * @property {number | undefined} column
 * @property {string} message
 * @property {string} extract the markup around it, one line
 */

/** Runs `command args`, resolving with its exit code and output; rejects only when it cannot start. */
function run(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/**
 * Checks every file in one run of the checker (`--errors-only --format json`).
 * Resolves with every error, and every file the checker could not read, in
 * the order it reports them. Rejects when Java is missing (with the line that
 * installs it) or the checker's output is not its JSON.
 * @param {readonly string[]} files
 * @returns {Promise<VnuError[]>}
 */
export async function checkHtml(files) {
  if (!files.length) return [];
  const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files];
  let result;
  try {
    result = await run(JAVA, args);
  } catch (error) {
    if (error?.code === 'ENOENT') throw new Error(`java is not installed (the Nu HTML Checker needs Java 17): ${INSTALL_JAVA}`);
    throw error;
  }
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    const said = `${result.stderr}${result.stdout}`.trim().split('\n').slice(0, 5).join('\n');
    throw new Error(
      /UnsupportedClassVersionError|has been compiled by a more recent version/.test(said)
        ? `java is older than 17 (the Nu HTML Checker needs Java 17): ${INSTALL_JAVA}`
        : `the Nu HTML Checker gave no JSON (exit ${result.code}):\n${said}`,
    );
  }
  return report.messages
    .filter((message) => message.type !== 'info')
    .map((message) => ({
      file: message.url?.startsWith('file:') ? fileURLToPath(message.url) : resolve(message.url ?? '(unknown)'),
      line: message.lastLine,
      column: message.firstColumn ?? message.lastColumn,
      message: message.type === 'error' ? message.message : `${message.type}: ${message.message}`,
      extract: (message.extract ?? '').replace(/\s+/g, ' ').trim(),
    }));
}

/**
 * One error a line, `file:line:column message [extract]`, each file named
 * relative to the first of `bases` it is in.
 * @param {readonly VnuError[]} errors
 * @param {readonly string[]} [bases]
 */
export function describeErrors(errors, bases = [process.cwd()]) {
  const named = (file) => {
    const base = bases.find((dir) => file.startsWith(`${dir}/`));
    return base ? file.slice(base.length + 1) : file;
  };
  return errors
    .map(
      ({ file, line, column, message, extract }) =>
        `${named(file)}:${line ?? '?'}:${column ?? '?'} ${message}${extract ? `  [${extract.slice(0, 120)}]` : ''}`,
    )
    .join('\n');
}
