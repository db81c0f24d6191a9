/**
 * What a chart checks and loads before it draws, beyond what every chart has:
 * its own rules (checked once per chart object), the code of the forms beyond
 * plain bars and lines, and the words of a language other than English (each
 * a chunk of its own, loaded by the first chart that needs it); and its model,
 * made once per input.
 */
import { chartWordsReady, loadChartWords } from '../../format/chart-strings.js';
import { chartProblems } from '../../payload/chart-rules.js';
import { problemsError, type WidgetError } from '../../payload/errors.js';
import type { Problem } from '../../payload/loose.js';
import type { Chart, Payload } from '../../payload/schema.js';
import { codeLoader } from '../../internal/code-loader.js';
import { formsCode } from '../../views/chart/forms-code.js';
import type { ViewContext } from '../../views/context.js';
import { buildModel, needsForms, type Model } from '../../views/chart/model.js';

const checked = new WeakMap<Chart, Problem[]>();

/** What is wrong with `chart` of `payload` by its own rules (a bad annotation or date blanks this chart, never the other widgets). */
export function problemsOf(chart: Chart, payload: Payload): Problem[] {
  let problems = checked.get(chart);
  if (!problems) checked.set(chart, (problems = chartProblems(chart, ['charts', payload.charts?.indexOf(chart) ?? 0])));
  return problems;
}

/**
 * The chart to draw: `chart` when it keeps its own rules; else, when a live refresh broke the chart `shown`, the last
 * good one (a refresh keeps the last good version of an item), `kept` told the error; else the error.
 */
export function chartToDraw(
  chart: Chart,
  payload: Payload,
  live: boolean,
  shown: Chart | undefined,
  kept: (error: WidgetError) => void,
): Chart | WidgetError {
  const problems = problemsOf(chart, payload);
  if (!problems.length) return chart;
  const error = problemsError('invalid-payload', problems);
  if (!live || !shown || shown.id !== chart.id) return error;
  kept(error);
  return shown;
}

/** The code `chart` still waits for, drawn as `forcedType` in `locale`; undefined when it has all it needs. */
export function codeToWaitFor(chart: Chart, forcedType: string | undefined, locale: string): Promise<unknown> | undefined {
  const needed = [
    !formsCode.module && formsCode.pending && needsForms(chart, forcedType) && formsCode.load(),
    !chartWordsReady(locale) && loadChartWords(locale),
  ].filter((loading) => loading instanceof Promise);
  return needed.length ? Promise.all(needed) : undefined;
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

/** What only a pre-rendered chart runs (prerendered.ts): a chunk its first render waits for. */
export const prerendered = codeLoader('the code of a pre-rendered chart', () => import('./prerendered.js'));
