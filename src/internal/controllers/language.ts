/**
 * The widget's language, as a Lit reactive controller: the `lang` of the
 * nearest ancestor that has one (looking out through shadow roots, for a
 * widget inside nw-embed), else the payload's `locale`, else `en`. Russian and
 * Kazakh strings load the first time a widget needs them; a `lang` change
 * anywhere on the page redraws the widget.
 */
import type { ReactiveControllerHost } from 'lit';
import { languageLoaded, loadLanguage } from '../../format/strings.js';
import { isUsableLocale } from '../../payload/validate.js';
import type { PageChange } from '../page-watch.js';
import { PageController } from './page-controller.js';

/** The `lang` of the nearest ancestor that has one, looking out through shadow roots. */
function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang')?.trim();
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** A language tag Intl accepts ("en_US" becomes "en-US"), or '' (a page's lang must not break the widgets). */
export function usableLocale(tag: string | undefined): string {
  const candidate = tag?.trim().replace(/_/g, '-');
  return candidate && isUsableLocale(candidate) ? candidate : '';
}

/** Resolves a widget's language and loads its strings. */
export class LanguageController extends PageController<ReactiveControllerHost & HTMLElement> {
  readonly #payloadLocale: () => string | undefined;
  /** While the strings of the widget's language load: a promise that settles when they are here. */
  loading: Promise<void> | undefined;

  /** `payloadLocale` gives the `locale` of the payload shown, if any. */
  constructor(host: ReactiveControllerHost & HTMLElement, payloadLocale: () => string | undefined) {
    super(host);
    this.#payloadLocale = payloadLocale;
  }

  /** The language: the nearest `[lang]`, else the payload's `locale`, else `en` (a tag Intl cannot use is mended or skipped). */
  get locale(): string {
    return usableLocale(languageOf(this.host)) || usableLocale(this.#payloadLocale()) || 'en';
  }

  /** Starts loading the strings of the current language when they are not here; the host redraws once they are. */
  prepare(): void {
    const locale = this.locale;
    if (this.loading || languageLoaded(locale)) return;
    const loading = (this.loading = loadLanguage(locale));
    void loading.then(() => {
      this.loading = undefined;
      this.host.requestUpdate();
    });
  }

  override pageChanged(change: PageChange): void {
    if (change === 'lang') this.host.requestUpdate();
  }
}
