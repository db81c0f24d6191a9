/** URLs of payloads. */

/** Resolves a possibly relative URL against the page; in Node, takes it as it is. */
export function absoluteUrl(url: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
