import type { Problem } from './validate.js';

/** Error codes, as DESIGN.md names them: public API. */
export const ERROR_CODES = [
  'no-data',
  'invalid-json',
  'invalid-payload',
  'not-found',
  'http-error',
  'timeout',
  'too-large',
  'wrong-content-type',
  'fetch-failed',
] as const;

/** One of the error codes a widget reports in `nw-error`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The `detail` of an `nw-error` event. */
export interface WidgetErrorDetail {
  code: ErrorCode;
  message: string;
  /** Every JSON path that is wrong, for `invalid-payload`. */
  path?: string[];
  /** The HTTP status, for `http-error`. */
  status?: number;
}

/** An error with a code from `ERROR_CODES`; what loading and validation reject with. */
export class WidgetError extends Error implements WidgetErrorDetail {
  readonly code: ErrorCode;
  readonly path?: string[];
  readonly status?: number;
  /** Every problem with its path and message, for `invalid-payload` and `invalid-json`. */
  readonly problems: readonly Problem[];
  constructor(code: ErrorCode, message: string, extra: { path?: string[]; status?: number; problems?: readonly Problem[] } = {}) {
    super(message);
    this.name = 'WidgetError';
    this.code = code;
    this.problems = extra.problems ?? [];
    if (extra.path) this.path = extra.path;
    if (extra.status !== undefined) this.status = extra.status;
  }

  /** The plain object sent as an event's detail. */
  toDetail(): WidgetErrorDetail {
    const detail: WidgetErrorDetail = { code: this.code, message: this.message };
    if (this.path) detail.path = this.path;
    if (this.status !== undefined) detail.status = this.status;
    return detail;
  }
}

/** The error for a payload that failed `parsePayload`: its message lists every problem with its path. */
export function problemsError(code: 'invalid-json' | 'invalid-payload', problems: readonly Problem[]): WidgetError {
  const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  if (code === 'invalid-json') return new WidgetError(code, list, { problems });
  return new WidgetError(code, `invalid payload: ${list}`, { path: problems.map((p) => p.path), problems });
}
