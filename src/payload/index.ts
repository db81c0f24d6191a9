/**
 * `newsroom-widgets/payload`: validate, parse and load payloads. No DOM needed;
 * runs in Node and in editors' tools.
 */
export * from './runtime.js';
export { embedSnippet, type EmbedOptions } from './embed-snippet.js';
