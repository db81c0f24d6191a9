/**
 * The rules of one chart that only the chart needs: real dates on a date axis,
 * whole ranges, annotations and highlights that name what the chart has, and
 * series ids unique in the chart. `parsePayload` checks every chart with them;
 * on a page, each nw-chart checks the chart it shows (DESIGN: one bad item never
 * blanks the rest), so the script-tag entry carries none of this code.
 */
import { ISO_DATE } from './iso-date.js';
import { asList, asObject, asString, formatPath, isRealDate, type Loose, type Problem } from './loose.js';

/** True for a real year ("2026"), month ("2026-04"), calendar date or date-time: a date-axis x value. */
export function isRealPeriod(value: string): boolean {
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (partial) return partial[2] === undefined || (Number(partial[2]) >= 1 && Number(partial[2]) <= 12);
  // A date or date-time as the payload's dates are written (ISO_DATE), and a real one.
  return ISO_DATE.test(value) && isRealDate(value);
}

/** Every problem of `chart` (read defensively), with its path from `at` (`["charts", 2]`). */
export function chartProblems(chart: Loose, at: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path: formatPath(path), message });
  const series = asList(chart.series);
  const seen = new Set<string>();
  series.forEach((one, s) => {
    const id = asString(one.id);
    if (id !== undefined && seen.has(id)) add([...at, 'series', s, 'id'], `duplicate id "${id}"`);
    if (id !== undefined) seen.add(id);
  });
  const dates = asObject(chart.x).type === 'date';
  const xs = new Set<string>();
  series.forEach((one, s) => {
    asList(one.data).forEach((point, p) => {
      const here = [...at, 'series', s, 'data', p];
      const x = point.x;
      if (typeof x === 'string') xs.add(x);
      if (dates && typeof x === 'string' && !isRealPeriod(x))
        add([...here, 'x'], `"${x}" is not a real date: write 2026, 2026-04, 2026-04-09 or a date-time (x.type is "date")`);
      const { low, high } = point;
      if ((low === undefined) !== (high === undefined))
        add([...here, low === undefined ? 'low' : 'high'], 'is required with ' + (low === undefined ? 'high' : 'low'));
      else if (typeof low === 'number' && typeof high === 'number' && low > high)
        add([...here, 'low'], `must not be above high (${low} > ${high})`);
    });
  });
  const seriesIds = series.map((one) => asString(one.id)).filter((id) => id !== undefined);
  asList(chart.annotations).forEach((annotation, a) => {
    const here = [...at, 'annotations', a];
    const onX = annotation.type === 'note' || annotation.axis === 'x';
    for (const key of ['value', 'from', 'to', 'x'] as const) {
      const value = annotation[key];
      if (value === undefined) continue;
      if (!onX && typeof value !== 'number') add([...here, key], 'must be a number on the y axis');
      else if (onX && dates && (typeof value !== 'string' || !isRealPeriod(value)))
        add([...here, key], `must be a date like 2026-04 on a date axis`);
      else if (onX && !dates && (typeof value !== 'string' || !xs.has(value)))
        add([...here, key], `names x ${JSON.stringify(value)}, which no point has`);
    }
    const named = annotation.series;
    if (typeof named === 'string' && !seriesIds.includes(named))
      add([...here, 'series'], `names series "${named}", which the chart does not have (it has ${seriesIds.join(', ')})`);
  });
  asList(chart.highlight).forEach((_, h) => {
    const name = (chart.highlight as unknown[])[h];
    if (typeof name === 'string' && !seriesIds.includes(name) && !xs.has(name))
      add([...at, 'highlight', h], `names "${name}", which is neither a series id nor an x value of the chart`);
  });
  return problems;
}
