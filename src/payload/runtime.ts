/**
 * The payload API a page needs at run time: the schema, parsing and
 * validation, errors and loading. `newsroom-widgets/payload` adds the embed
 * snippet builder (for tools and the CLI); the script-tag entry exports this.
 */
export * from './schema.js';
export { parsePayload, formatPath, isHttpUrl, isRealDate, type Problem, type ParseResult } from './validate.js';
export { ERROR_CODES, WidgetError, problemsError, type ErrorCode, type WidgetErrorDetail } from './errors.js';
export { loadPayload, fetchPayload, configureLoading, clearPayloadCache, absoluteUrl, type LoadSettings } from './load.js';
