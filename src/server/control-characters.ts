/**
 * Characters an HTML document cannot carry, not even as character references:
 * C0 controls but tab, line feed, form feed and carriage return; DEL and the
 * C1 controls. A payload's text may hold them; what the server writes leaves
 * them out.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is what this is for
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** `text` without the characters HTML cannot carry. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}
