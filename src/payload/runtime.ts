/**
 * The payload API a page needs at run time: the schema, errors and the load
 * settings (validating a payload is `parsePayload`, in `newsroom-widgets/payload`). `newsroom-widgets/payload` adds
 * loading and the embed snippet builder (for tools and the CLI); the
 * script-tag entry adds loading on demand (`load-on-demand.ts`).
 */
export * from './schema.js';
export { formatPath, isHttpUrl, isRealDate, type Problem, type ParseResult } from './validate.js';
export { ERROR_CODES, WidgetError, problemsError, type ErrorCode, type WidgetErrorDetail } from './errors.js';
export { configureLoading, type LoadSettings } from './load-settings.js';
export { absoluteUrl } from './url.js';
