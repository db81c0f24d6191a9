/**
 * CSS text as the widgets ship it: comments and white space collapsed. The
 * script builds minify the styles with this, and `prerender` writes them into
 * each declarative shadow root with it.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
