// Makes `@napi-rs/canvas` impossible to import, as on a machine that did not
// install the optional dependency: `node --import ./test/support/no-canvas.mjs …`.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === '@napi-rs/canvas') {
    const error = new Error("Cannot find package '@napi-rs/canvas'");
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`),
);
