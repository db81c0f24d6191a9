import { expect } from '@open-wc/testing';
import { categoryLimit, clamp, fontString, luminance, textInside, tickSize, wrapText } from '../../src/chart/canvas-text.js';

const colors = { text: '#1a1a1a', muted: '#666666', grid: '#dddddd', surface: '#ffffff' };

function context(font = '400 12px sans-serif'): CanvasRenderingContext2D {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = font;
  return ctx;
}

describe('canvas text', () => {
  it('sizes ticks and category labels to the chart width', () => {
    expect(tickSize({ width: 419 })).to.equal(11);
    expect(tickSize({ width: 420 })).to.equal(12);
    expect(categoryLimit({ width: 100 })).to.equal(64);
    expect(categoryLimit({ width: 500 })).to.equal(140);
    expect(categoryLimit({ width: 2000 })).to.equal(240);
    expect(clamp(5, 1, 3)).to.equal(3);
    expect(fontString(13, 'Georgia', 600)).to.equal('600 13px Georgia');
  });

  it('wraps text to a width, word by word, keeping a long word whole', () => {
    const ctx = context();
    const width = ctx.measureText('People detained').width + 1;
    const lines = wrapText(ctx, 'People detained across the  whole\ncountry', width);
    expect(lines.join(' ')).to.equal('People detained across the whole country');
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.every((line) => ctx.measureText(line).width <= width)).to.equal(true);
    expect(wrapText(ctx, 'Supercalifragilistic word', 10)).to.deep.equal(['Supercalifragilistic', 'word']);
    expect(wrapText(ctx, '  ', 100)).to.deep.equal([]);
  });

  it('reads the WCAG luminance of a colour', () => {
    const ctx = context();
    expect(luminance(ctx, '#ffffff')).to.be.closeTo(1, 1e-9);
    expect(luminance(ctx, 'black')).to.equal(0);
    expect(luminance(ctx, 'rgb(255, 0, 0)')).to.be.closeTo(0.2126, 1e-9);
  });

  it('picks the theme colour that reads on a bar, or none when neither contrasts 4.5:1', () => {
    const ctx = context();
    expect(textInside(ctx, '#000080', colors)).to.equal(colors.surface);
    expect(textInside(ctx, '#ffee88', colors)).to.equal(colors.text);
    // Mid grey: under 4.5:1 with both the near-black text and a light grey surface.
    expect(textInside(ctx, '#777777', { ...colors, surface: '#f0f0f0' })).to.equal(undefined);
  });
});
