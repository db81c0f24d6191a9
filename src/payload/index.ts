/**
 * `newsroom-widgets/payload`: validate, parse and load payloads. No DOM needed;
 * runs in Node and in editors' tools.
 */
export * from './runtime.js';
export { parsePayload, parsePayloadForWidgets, chartProblems } from './validate.js';
export { loadPayload, fetchPayload, clearPayloadCache } from './load.js';
export { embedSnippet, sanitizerSafeSnippet, type EmbedOptions, type SanitizerSafeOptions } from './embed-snippet.js';
