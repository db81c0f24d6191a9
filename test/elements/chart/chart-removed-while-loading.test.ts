// A chart removed while Chart.js is still loading must not draw on its
// detached canvas once the code arrives (that chart would leak its listeners).
// Its own file: the chart code must not be loaded yet when it starts.
import { expect } from '@open-wc/testing';
import '../../../src/elements/chart/chart.js';
import type { ChartElement } from '../../../src/elements/chart/chart.js';
import { story } from '../../support/story.js';

describe('nw-chart: removed while the chart code loads', () => {
  it('draws nothing once the code arrives', async () => {
    const element = document.createElement('nw-chart') as ChartElement;
    element.payload = story();
    document.body.append(element);
    await element.updateComplete;
    // In view: the chart asks for its code now; the element leaves before it arrives.
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    element.remove();
    const { Chart } = await import('../../../src/chart/renderer.js');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Object.keys(Chart.instances)).to.deep.equal([]);
    expect(Chart.getChart(element.shadowRoot!.querySelector('canvas')!)).to.equal(undefined);
  });
});
