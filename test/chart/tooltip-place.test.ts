import { expect } from '@open-wc/testing';
import { tipPlace, type Mark } from '../../src/chart/plugins/tip-box.js';

const chart = { width: 600, height: 300 };
const column = (x: number, y: number): Mark => ({ x, y, width: 40, height: 300 - y });
const point = (x: number, y: number): Mark => ({ x, y, width: 0, height: 0 });

describe('tooltip placement', () => {
  it('puts the tip right of the hovered columns, level with the highest', () => {
    expect(tipPlace(chart, false, [column(100, 120), column(140, 80)], 120, 150, 60)).to.deep.equal([168, 50]);
  });

  it('puts it left of them when the right has no room', () => {
    expect(tipPlace(chart, false, [column(520, 120)], 520, 150, 60)).to.deep.equal([342, 90]);
  });

  it('puts it above them when neither side has room, within the chart width', () => {
    expect(tipPlace({ width: 200, height: 300 }, false, [point(100, 200)], 100, 150, 60)).to.deep.equal([25, 132]);
  });

  it('lets it hang below the chart when there is no room above either', () => {
    expect(tipPlace({ width: 200, height: 300 }, false, [point(100, 30)], 100, 150, 60)).to.deep.equal([25, 308]);
  });

  it('keeps it beside a point within the chart height', () => {
    expect(tipPlace(chart, false, [point(100, 5)], 100, 150, 60)).to.deep.equal([108, 0]);
    expect(tipPlace(chart, false, [point(100, 295)], 100, 150, 60)).to.deep.equal([108, 240]);
  });

  it('puts it above a row of horizontal bars, centred on the pointer, else below the row', () => {
    const row: Mark[] = [
      { x: 300, y: 150, width: 300, height: 20 },
      { x: 200, y: 172, width: 200, height: 20 },
    ];
    expect(tipPlace(chart, true, row, 250, 100, 50)).to.deep.equal([200, 82]);
    expect(tipPlace(chart, true, row, 590, 100, 50)).to.deep.equal([500, 82]);
    expect(tipPlace(chart, true, [{ x: 300, y: 20, width: 300, height: 20 }], null, 100, 50)).to.deep.equal([250, 38]);
  });
});
