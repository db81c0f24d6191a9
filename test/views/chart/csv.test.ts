import { expect } from '@open-wc/testing';
import { chartStrings } from '../../../src/format/chart-strings.js';
import { csv, csvField } from '../../../src/views/chart/csv.js';
import { buildModel } from '../../../src/views/chart/model.js';
import type { Chart } from '../../../src/payload/schema.js';
import { chartOf, series } from './support.js';

const words = chartStrings('en');
const csvOf = (chart: Chart) => csv(buildModel(undefined, chart, undefined, undefined, 'en'), words);
/** The CSV's lines, without the byte order mark and the final line end. */
const lines = (text: string) => text.slice(1, -2).split('\r\n');

describe('views/chart/csv', () => {
  it('starts with a byte order mark and ends every row in CRLF', () => {
    const text = csvOf(chartOf([series('Detained', [5000, 7939])]));
    expect(text.startsWith('\uFEFF')).to.equal(true);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    expect(lines(text)).to.deep.equal(['Category,Detained', 'c0,5000', 'c1,7939']);
  });

  it('heads the x column with the axis label and each series with its header', () => {
    const chart = chartOf([series('Detained', [1], { unit: 'people' }), series('Damage', [2e8], { currency: 'USD' })], {
      x: { type: 'category', label: 'Event' },
    });
    expect(lines(csvOf(chart))).to.deep.equal(['Event,Detained (people),Damage', 'c0,1,200000000']);
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces', () => {
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField(' padded')).to.equal('" padded"');
    expect(csvField('plain text')).to.equal('plain text');
    expect(csvField(null)).to.equal('');
    expect(csvField(undefined)).to.equal('');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, not before numbers', () => {
    for (const formula of ['=SUM(A1)', '+1', '-1+2', '@cmd', '\tx']) expect(csvField(formula)).to.match(/^"?'/);
    expect(csvField('=1+1')).to.equal("'=1+1");
    expect(csvField(-5)).to.equal('-5');
    const text = csvOf(chartOf([series('=Label', [{ x: '=HYPERLINK("x")', y: -3 }])]));
    expect(lines(text)).to.deep.equal(["Category,'=Label", `"'=HYPERLINK(""x"")",-3`]);
  });

  it('adds qualifier and note columns after a series that has them, and leaves gaps empty', () => {
    const detained = series('Detained', [
      { x: 'a', y: 5000, qualifier: 'more-than' },
      { x: 'b', y: null, note: 'not reported, yet' },
    ]);
    const plain = series('Injured', [{ x: 'a', y: 3 }]);
    expect(lines(csvOf(chartOf([detained, plain])))).to.deep.equal([
      'Category,Detained,Detained – qualifier,Detained – note,Injured',
      'a,5000,more-than,,3',
      'b,,,"not reported, yet",',
    ]);
  });

  it("adds the ends of a series' ranges after its values: a point known only by its range keeps both", () => {
    const estimate = series('Estimate', [
      { x: 'a', y: 6000, low: 5000, high: 8000 },
      { x: 'b', y: null, low: 1000, high: 2000 },
      { x: 'c', y: 3000 },
    ]);
    expect(lines(csvOf(chartOf([estimate])))).to.deep.equal([
      'Category,Estimate,Estimate – low,Estimate – high',
      'a,6000,5000,8000',
      'b,,1000,2000',
      'c,3000,,',
    ]);
  });

  it('uses the language of the strings it is given', () => {
    const model = buildModel(undefined, chartOf([series('A', [{ x: 'a', y: 1, note: 'n' }])]), undefined, undefined, 'ru');
    expect(lines(csv(model, { ...words, category: 'Категория', note: 'примечание' }))[0]).to.equal('Категория,A,A – примечание');
  });
});
