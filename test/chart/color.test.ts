import { expect } from '@open-wc/testing';
import { Color as Library } from '@kurkle/color';
import { Color } from '../../src/chart/color.js';

/** Colours as a chart is given them (hex from the payload, rgb() from the theme), and some it is not. */
const INPUTS = [
  '#1f77b4',
  '#FFF',
  '#abcd',
  '#11223344',
  'rgb(31, 119, 180)',
  'rgba(0, 0, 0, 0.1)',
  'rgba(255,255,255,0.75)',
  'rgb(10% 50% 100% / 40%)',
  'rgb(12.7, 300, -4)',
  'transparent',
  'rgba(0, 0, 0, 0)',
  'oklch(0.5 0.1 200)',
  'color-mix(in srgb, red 35%, transparent)',
  '',
  '#12345',
];

describe('chart/color: the colour arithmetic Chart.js uses, as its library does it', () => {
  it('reads the same colours as valid, and writes them back the same', () => {
    for (const input of INPUTS) {
      const [ours, theirs] = [new Color(input), new Library(input)];
      expect(ours.valid, input).to.equal(theirs.valid);
      if (theirs.valid) expect(ours.hexString(), input).to.equal(theirs.hexString());
      else expect(ours.hexString(), input).to.equal(undefined);
    }
  });

  it("gives the same hover colour (Chart.js's getHoverColor)", () => {
    for (const input of INPUTS) {
      const hover = (color: Color | Library) => color.saturate(0.5).darken(0.1).hexString();
      expect(hover(new Color(input)), input).to.equal(hover(new Library(input)));
    }
  });

  it('mixes two colours as an animation does, at every step', () => {
    const pairs = [
      ['#1f77b4', 'rgb(255, 127, 14)'],
      ['transparent', '#2ca02c'],
      ['rgba(0, 0, 0, 0.1)', 'rgba(200, 20, 60, 0.9)'],
      ['#ffffff', '#000000'],
    ];
    for (const [from, to] of pairs)
      for (const factor of [0, 0.1, 0.25, 0.5, 0.75, 0.99, 1]) {
        const ours = new Color(to).mix(new Color(from), factor).hexString();
        const theirs = new Library(to).mix(new Library(from), factor).hexString();
        expect(ours, `${from} → ${to} at ${factor}`).to.equal(theirs);
      }
  });

  it('agrees on 500 colours picked at random (a fixed seed)', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    for (let i = 0; i < 500; i++) {
      const [r, g, b] = [next(256), next(256), next(256)];
      const alpha = next(101) / 100;
      const one =
        i % 2 ? `rgba(${r}, ${g}, ${b}, ${alpha})` : `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      const two = `rgb(${next(256)}, ${next(256)}, ${next(256)})`;
      const factor = next(1001) / 1000;
      expect(new Color(one).saturate(0.5).darken(0.1).hexString(), one).to.equal(
        new Library(one).saturate(0.5).darken(0.1).hexString(),
      );
      expect(new Color(two).mix(new Color(one), factor).hexString(), `${one} ${two} ${factor}`).to.equal(
        new Library(two).mix(new Library(one), factor).hexString(),
      );
    }
  });
});
