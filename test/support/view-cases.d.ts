import type { Payload } from '../../src/payload/schema.js';

/** The modules whose functions the view cases call: the same set from lib/ (Node) or src/ (browser). */
export type ViewModules = typeof import('../../src/views/context.js') &
  typeof import('../../src/views/frame.js') &
  typeof import('../../src/views/figure.js') &
  typeof import('../../src/views/figure-grid.js') &
  typeof import('../../src/views/quote.js') &
  typeof import('../../src/views/embed.js') &
  typeof import('../../src/views/chart/view.js') &
  typeof import('../../src/payload/errors.js') &
  Pick<typeof import('../../src/format/strings.js'), 'provideLanguages' | 'strings'> & {
    ru: (typeof import('../../src/format/languages/ru.js'))['ru'];
    kk: (typeof import('../../src/format/languages/kk.js'))['kk'];
  };

/** Every view of every widget, from the story payload, in en, ru and kk. */
export function viewCases(m: ViewModules, story: Payload): { name: string; template: unknown }[];
