/**
 * The code of the chart forms beyond plain bars and lines (spec-forms.ts): in
 * the browser a chunk that only a chart that `needsForms` loads, before it first
 * draws; on Node given at once (`provideFormsCode`), so a chart never waits.
 */
import { codeLoader } from '../../internal/code-loader.js';

/** The forms' code: the model's and the spec's part, and the renderer's. */
export type FormsCode = typeof import('./spec-forms.js');

const loader = codeLoader(
  'the code of the chart forms (stacking, areas, ranges, annotations, highlights)',
  () => import('./spec-forms.js'),
);
let given: FormsCode | undefined;

/** The forms' code, loaded once for the page. */
export const formsCode = {
  /** The module, once it is here. */
  get module(): FormsCode | undefined {
    return given ?? loader.module;
  },
  /** True until the module is here or could not be loaded (a chart then draws plain bars and lines). */
  get pending(): boolean {
    return !given && loader.pending;
  },
  /** Loads it, once; never rejects. */
  load: (): Promise<void> => loader.load(),
};

/** Gives the forms' code to a caller that has it already (Node imports it statically). */
export function provideFormsCode(code: FormsCode): void {
  given = code;
}
