/**
 * `newsroom-widgets/payload`: validate, parse and load payloads. No DOM needed;
 * runs in Node and in editors' tools.
 */
export * from './schema.js';
export { parsePayload, formatPath, isHttpUrl, isRealDate, type Problem, type ParseResult } from './validate.js';
export { ERROR_CODES, WidgetError, problemsError, type ErrorCode, type WidgetErrorDetail } from './errors.js';
export { loadPayload, fetchPayload, configureLoading, clearPayloadCache, absoluteUrl, type LoadSettings } from './load.js';
export { embedSnippet, type EmbedOptions } from './embed-snippet.js';
