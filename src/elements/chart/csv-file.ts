/**
 * The chart's CSV file behind its "Download CSV" link. The CSV's code
 * (src/views/chart/csv.ts) is a chunk loaded on the first sign that a reader
 * means to use the link (pointer over it, focus, or the click itself), and the
 * file's `blob:` URL is made then, so a chart page loads no CSV code and a page
 * of many charts makes no file up front. A click that comes before the code
 * waits for it and is then followed; new data revokes the old URL.
 */
import { chartStrings } from '../../format/chart-strings.js';
import { codeLoader } from '../../internal/code-loader.js';
import type { Model } from '../../views/chart/model.js';

/** The CSV's code, loaded once for the page. */
const csvCode = codeLoader('the CSV of "Download CSV"', () => import('../../views/chart/csv.js'));

/** The file of one chart's link. */
export class CsvFile {
  #model: Model | undefined;
  #locale = '';
  #url: string | undefined;
  /** True while a click waits for the code. */
  #clickWaiting = false;
  readonly #made: () => void;

  /** `made` is told when the URL is made outside a render (the next render keeps it on the link). */
  constructor(made: () => void) {
    this.#made = made;
  }

  /** The link's address: the file's URL once made, else `#`. */
  get href(): string {
    return this.#url ?? '#';
  }

  /** Sets the data the file is made of (none: no file); new data drops the old URL. */
  set(model: Model | undefined, locale: string): void {
    if (model === this.#model && locale === this.#locale) return;
    this.clear();
    this.#model = model;
    this.#locale = locale;
  }

  /**
   * The link's listener of pointerenter, focus and click: makes the file, loading its code first when needed. A
   * click before the code is here is held back (`#` must not be followed) and made again once the URL is on the link.
   */
  readonly use = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (this.#prepare(link)) return;
    const click = event.type === 'click';
    if (click) event.preventDefault();
    if (!this.#model || !csvCode.pending || (click && this.#clickWaiting)) return;
    this.#clickWaiting ||= click;
    void csvCode.load().then(() => {
      if (click) this.#clickWaiting = false;
      // The code is here now: the click made again goes through (no second wait).
      if (this.#prepare(link) && click && link.isConnected) link.click();
    });
  };

  /** Revokes the URL and forgets the data. */
  clear(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = this.#model = undefined;
  }

  /** Makes the URL (once per data) when the code is here, and puts it on the link being used; true when it did. */
  #prepare(link: HTMLAnchorElement): boolean {
    const code = csvCode.module;
    if (!code || !this.#model) return false;
    if (!this.#url) {
      this.#url = URL.createObjectURL(code.csvBlob(this.#model, chartStrings(this.#locale)));
      this.#made();
    }
    // Now, for the click under way; the next render keeps it.
    link.href = this.#url;
    return true;
  }
}
