/**
 * The chart's CSV file behind its "Download CSV" link. The file's `blob:` URL
 * is made when a reader is about to use the link (pointer over it, focus, or
 * the click itself, before the browser follows it), so a page of many charts
 * does not pay for a file per chart up front; new data revokes the old URL.
 */
export class CsvFile {
  #text: string | undefined;
  #url: string | undefined;

  /** The link's address: the file's URL once made, else `#`. */
  get href(): string {
    return this.#url ?? '#';
  }

  /** Sets the file's contents; a change drops the old URL. */
  set(text: string | undefined): void {
    if (text === this.#text) return;
    this.clear();
    this.#text = text;
  }

  /** Makes the URL (once per contents) and puts it on the link being used; true when it did. */
  prepare(link: HTMLAnchorElement): boolean {
    if (this.#text === undefined) return false;
    this.#url ??= URL.createObjectURL(new Blob([this.#text], { type: 'text/csv;charset=utf-8' }));
    // Now, for the click under way; the next render keeps it.
    link.href = this.#url;
    return true;
  }

  /** Revokes the URL and forgets the contents. */
  clear(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = this.#text = undefined;
  }
}
