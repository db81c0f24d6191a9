/**
 * CSS text as the widgets ship it: comments, white space, the last `;`,
 * leading zeros and spaces before `!important` and around `/` removed, quoted
 * strings (`content: '— '`) left as written. The script builds minify the
 * styles with this, and `prerender` writes them into each declarative shadow
 * root with it.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .replace(/\s*(!important|\/)\s*/g, '$1')
            .replace(/([\s:,(-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .trim();
}
