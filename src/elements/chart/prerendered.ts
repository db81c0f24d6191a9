/**
 * What only a pre-rendered chart runs, a chunk of its own in the script
 * builds: the code it takes before it takes the server's DOM over, and the
 * pictures the server drew, which it shows until its canvas has drawn.
 */
import { loadChartWords } from '../../format/chart-strings.js';
import { formsCode } from '../../views/chart/forms-code.js';
import type { ChartPicture } from '../../views/chart/view.js';

/**
 * The code a pre-rendered chart (its server DOM in `root`) takes before it takes that DOM over: the words of the
 * language the server drew it in (its styles say which) and its own, and the forms' code when its figure says `forms`.
 */
export function codeForPrerendered(root: ParentNode, locale: string): Promise<unknown> {
  const drawnIn = root.querySelector<HTMLElement>('style[data-nw-locale]')?.dataset.nwLocale;
  return Promise.all([
    root.querySelector('.chart.forms') && formsCode.load(),
    loadChartWords(locale),
    drawnIn && loadChartWords(drawnIn),
  ]);
}

/** The pictures a pre-rendered chart's server DOM (in `root`) holds, or undefined. */
export function picturesIn(root: ParentNode): ChartPicture[] | undefined {
  const pictures = Array.from(root.querySelectorAll('img'), (img) => ({
    className: img.className,
    src: img.getAttribute('src') ?? '',
    width: img.width,
    height: img.height,
  }));
  return pictures.length ? pictures : undefined;
}
