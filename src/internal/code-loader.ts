/**
 * Code a widget needs only sometimes (the debug panel, the reader of a quote's
 * own text), loaded the first time it is asked for, once for the page.
 */

/** A chunk of code loaded on first use. */
export interface CodeLoader<M> {
  /** The module, once it is here. */
  readonly module: M | undefined;
  /** True until the module is here or could not be loaded. */
  readonly pending: boolean;
  /** Loads it, once; never rejects (a failure is logged, naming `what`). */
  load(): Promise<void>;
}

/** A loader of the module `load` imports. */
export function codeLoader<M>(what: string, load: () => Promise<M>): CodeLoader<M> {
  let module: M | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;
  return {
    get module() {
      return module;
    },
    get pending() {
      return !module && !failed;
    },
    load: () =>
      (loading ??= load().then(
        (loaded) => {
          module = loaded;
        },
        (error: unknown) => {
          failed = true;
          console.error(`newsroom-widgets: could not load ${what}`, error);
        },
      )),
  };
}
