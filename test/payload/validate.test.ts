import { expect } from '@open-wc/testing';
import { parsePayload, isHttpUrl, isRealDate, formatPath } from '../../src/payload/index.js';
import { story, storyLoose } from '../support/story.js';

function problemsOf(input: unknown) {
  const result = parsePayload(input);
  expect(result.ok, 'payload should be rejected').to.equal(false);
  return result.ok ? [] : result.problems;
}

function pathsOf(input: unknown): string[] {
  return problemsOf(input).map((p) => p.path);
}

describe('parsePayload', () => {
  it('accepts the story payload', () => {
    const result = parsePayload(story());
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('accepts the story as JSON text', () => {
    const result = parsePayload(JSON.stringify(story()));
    expect(result.ok).to.equal(true);
  });

  it('does not mutate its input', () => {
    const input = story();
    const before = JSON.stringify(input);
    parsePayload(input);
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('rejects text that is not JSON with invalid-json', () => {
    const result = parsePayload('{"version": 1,');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.code).to.equal('invalid-json');
  });

  it('rejects a value of the wrong type with its path', () => {
    const bad = storyLoose();
    bad.figures[0]!.label = 42;
    expect(pathsOf(bad)).to.deep.equal(['figures[0].label']);
  });

  it('rejects a payload that is not an object', () => {
    expect(pathsOf([1, 2])).to.deep.equal(['(root)']);
    expect(pathsOf(null)).to.deep.equal(['(root)']);
  });

  it('rejects a missing required field as "is required"', () => {
    const bad = storyLoose();
    delete bad.quotes[1]!.speaker;
    const problems = problemsOf(bad);
    expect(problems).to.deep.equal([{ path: 'quotes[1].speaker', message: 'is required' }]);
  });

  it('rejects a missing or wrong version', () => {
    const bad = storyLoose();
    bad.version = 2;
    expect(pathsOf(bad)).to.deep.equal(['version']);
  });

  it('rejects duplicate ids in figures, charts, quotes and series', () => {
    const bad = storyLoose();
    bad.figures[1]!.id = 'detained';
    bad.quotes[2]!.id = bad.quotes[0]!.id;
    const series = bad.charts[0]!.series as Record<string, unknown>[];
    series[1]!.id = series[0]!.id;
    expect(pathsOf(bad).sort()).to.deep.equal(['charts[0].series[1].id', 'figures[1].id', 'quotes[2].id']);
  });

  it('rejects a reference to an unknown source', () => {
    const bad = storyLoose();
    bad.figures[2]!.source = 'reuters';
    bad.charts[0]!.source = ['sputnik', 'ap'];
    bad.quotes[0]!.source = 'bbc';
    expect(pathsOf(bad).sort()).to.deep.equal(['charts[0].source[1]', 'figures[2].source', 'quotes[0].source']);
  });

  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    '//example.org/x',
    'not a url',
  ]) {
    it(`rejects the source URL ${JSON.stringify(url)}`, () => {
      const bad = storyLoose();
      bad.sources.tass!.url = url;
      expect(pathsOf(bad)).to.deep.equal(['sources.tass.url']);
    });
  }

  it('accepts http and https source URLs', () => {
    const good = storyLoose();
    good.sources.tass!.url = 'https://example.org/news/1';
    good.sources.sputnik!.url = 'http://example.org/news/2';
    expect(parsePayload(good).ok).to.equal(true);
  });

  it('rejects dates that are not real calendar dates', () => {
    const bad = storyLoose();
    bad.updated = '2022-02-30';
    bad.figures[0]!.asOf = '2022-13-01';
    bad.figures[3]!.value = '2022-01-32';
    bad.quotes[4]!.date = '9 January 2022';
    expect(pathsOf(bad).sort()).to.deep.equal(['figures[0].asOf', 'figures[3].value', 'quotes[4].date', 'updated']);
  });

  it('rejects date x values on a date axis that are not dates', () => {
    const bad = storyLoose();
    bad.charts[0]!.x = { type: 'date' };
    expect(pathsOf(bad)).to.deep.equal(['charts[0].series[0].data[0].x', 'charts[0].series[1].data[0].x']);
  });

  it('rejects colours that are not hex', () => {
    const bad = storyLoose();
    const series = bad.charts[0]!.series as Record<string, unknown>[];
    series[0]!.color = 'red';
    series[1]!.color = '#12345g';
    expect(pathsOf(bad)).to.deep.equal(['charts[0].series[0].color', 'charts[0].series[1].color']);
  });

  it('rejects unknown fields, so a typo does not pass silently', () => {
    const bad = storyLoose();
    bad.figures[0]!.qualifer = 'about';
    expect(pathsOf(bad)).to.deep.equal(['figures[0].qualifer']);
  });

  it('rejects a currency figure without a currency, and a text value without format date', () => {
    const bad = storyLoose();
    delete bad.figures[1]!.currency;
    bad.figures[0]!.value = '5000';
    expect(pathsOf(bad).sort()).to.deep.equal(['figures[0].value', 'figures[1].currency']);
  });

  it('reports every problem at once, not only the first', () => {
    const bad = storyLoose();
    bad.figures[0]!.label = 1;
    bad.quotes[0]!.kind = 'rumour';
    bad.sources.tass!.url = 'javascript:alert(1)';
    bad.figures[2]!.source = 'nobody';
    expect(pathsOf(bad).length).to.be.greaterThanOrEqual(2);
    const shapeOnly = pathsOf(bad);
    expect(shapeOnly).to.include('figures[0].label');
    expect(shapeOnly).to.include('quotes[0].kind');
  });
});

describe('payload helpers', () => {
  it('formatPath writes dot paths with indexes', () => {
    expect(formatPath(['figures', 2, 'source'])).to.equal('figures[2].source');
    expect(formatPath(['sources', 'my source', 'url'])).to.equal('sources["my source"].url');
    expect(formatPath([])).to.equal('(root)');
  });
  it('isHttpUrl accepts only absolute http(s)', () => {
    expect(isHttpUrl('https://example.org')).to.equal(true);
    expect(isHttpUrl(' JAVASCRIPT:alert(1)')).to.equal(false);
    expect(isHttpUrl('mailto:a@example.org')).to.equal(false);
  });
  it('isRealDate knows leap years', () => {
    expect(isRealDate('2024-02-29')).to.equal(true);
    expect(isRealDate('2022-02-29')).to.equal(false);
    expect(isRealDate('2022-01-09T25:00')).to.equal(false);
  });
});
