import { expect } from '@open-wc/testing';
import { chartToDraw } from '../../../src/elements/chart/chart-code.js';
import { keptAfterRefresh } from '../../../src/internal/content.js';
import { WidgetError } from '../../../src/payload/errors.js';
import type { Chart, Payload } from '../../../src/payload/schema.js';

/** Illustrative test data: a chart with one series, and the same chart broken by an annotation on an x it lacks. */
const good: Chart = { id: 'c', series: [{ id: 's', label: 'S', data: [{ x: 'a', y: 1 }] }] };
const broken: Chart = { ...good, annotations: [{ type: 'line', axis: 'x', value: 'zz' }] };
const payloadOf = (chart: Chart): Payload => ({ version: 1, charts: [chart] });

describe("nw-chart: a chart's own rules, and a live refresh that breaks them", () => {
  it('draws a chart that keeps its rules, and refuses one that does not with every path', () => {
    const kept: WidgetError[] = [];
    expect(chartToDraw(good, payloadOf(good), false, undefined, (error) => kept.push(error))).to.equal(good);
    const refused = chartToDraw(broken, payloadOf(broken), false, undefined, (error) => kept.push(error));
    expect(refused).to.be.instanceOf(WidgetError);
    expect((refused as WidgetError).path).to.deep.equal(['charts[0].annotations[0].value']);
    expect(kept).to.deep.equal([]);
  });

  it('keeps the last good chart when a refresh breaks it, and says why', () => {
    const kept: WidgetError[] = [];
    expect(chartToDraw(broken, payloadOf(broken), true, good, (error) => kept.push(error))).to.equal(good);
    expect(kept.map((error) => error.path)).to.deep.equal([['charts[0].annotations[0].value']]);
    // Another chart than the one shown has no good version to keep.
    expect(chartToDraw(broken, payloadOf(broken), true, { ...good, id: 'other' }, () => undefined)).to.be.instanceOf(WidgetError);
  });

  it('tells the page once per problem that the last good version stays (console and nw-error)', () => {
    const host = document.createElement('nw-test-kept');
    const events: unknown[] = [];
    host.addEventListener('nw-error', (event) => events.push((event as CustomEvent).detail));
    const logged: string[] = [];
    const real = console.error;
    console.error = (message: string) => logged.push(message);
    try {
      const error = new WidgetError('invalid-payload', 'invalid payload: charts[0].annotations[0].value: names x "zz"');
      keptAfterRefresh(host, error);
      keptAfterRefresh(host, error);
    } finally {
      console.error = real;
    }
    expect(events).to.have.length(1);
    expect(logged).to.deep.equal([
      '<nw-test-kept> invalid-payload: invalid payload: charts[0].annotations[0].value: names x "zz"; the last good version stays',
    ]);
  });
});
