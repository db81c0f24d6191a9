/**
 * What a chart checks and loads before it draws, beyond what every chart has:
 * its own rules (checked once per chart object), the code of the forms beyond
 * plain bars and lines, and the words of a language other than English (each
 * a chunk of its own, loaded by the first chart that needs it); its model,
 * made once per input; and the pictures of a pre-rendered chart.
 */
import { chartWordsReady, loadChartWords } from '../../format/chart-strings.js';
import { chartProblems } from '../../payload/chart-rules.js';
import type { Problem } from '../../payload/loose.js';
import type { Chart, Payload } from '../../payload/schema.js';
import { formsCode } from '../../views/chart/forms-code.js';
import type { ViewContext } from '../../views/context.js';
import { buildModel, needsForms, type Model } from '../../views/chart/model.js';
import type { ChartPicture } from '../../views/chart/view.js';

const checked = new WeakMap<Chart, Problem[]>();

/** What is wrong with `chart` of `payload` by its own rules (a bad annotation or date blanks this chart, never the other widgets). */
export function problemsOf(chart: Chart, payload: Payload): Problem[] {
  let problems = checked.get(chart);
  if (!problems) checked.set(chart, (problems = chartProblems(chart, ['charts', payload.charts?.indexOf(chart) ?? 0])));
  return problems;
}

/** The code `chart` still waits for, drawn as `forcedType` in `locale`; undefined when it has all it needs. */
export function codeToWaitFor(chart: Chart, forcedType: string | undefined, locale: string): Promise<unknown> | undefined {
  const needed = [
    !formsCode.module && formsCode.pending && needsForms(chart, forcedType) && formsCode.load(),
    !chartWordsReady(locale) && loadChartWords(locale),
  ].filter((loading) => loading instanceof Promise);
  return needed.length ? Promise.all(needed) : undefined;
}

/** The code a pre-rendered chart (its server DOM in `root`) takes before it takes that DOM over. */
export function codeForPrerendered(root: ParentNode, locale: string): Promise<unknown> {
  return Promise.all([root.querySelector('.chart.forms') && formsCode.load(), loadChartWords(locale)]);
}

/** A chart's model, made again only when one of its inputs changes. */
export class ModelCache {
  #model: Model | undefined;
  #inputs: unknown[] = [];

  /** The model last made. */
  get current(): Model | undefined {
    return this.#model;
  }

  /** The model of `chart` drawn as `type` and `orientation` in `context` (with the forms' code once it is here). */
  of(payload: Payload, chart: Chart, type: string | undefined, orientation: string | undefined, context: ViewContext): Model {
    const forms = formsCode.module;
    // The strings are an input too: when they change, the table, text and CSV are made again in the new words.
    const inputs = [payload, chart, type, orientation, context.locale, context.ui, forms];
    if (!this.#model || inputs.some((value, i) => value !== this.#inputs[i])) {
      this.#inputs = inputs;
      this.#model = buildModel(payload, chart, type, orientation, context.locale, forms?.modelForms);
    }
    return this.#model;
  }
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
