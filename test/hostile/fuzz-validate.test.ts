/**
 * Property-based tests of parsePayload (fast-check, seeded): random JSON,
 * near-valid payloads and payloads valid by construction, 10,000+ of each.
 * parsePayload never throws; every invalid input is reported with paths that
 * are right about the input; every valid one is accepted unchanged.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePayload } from '../../src/payload/validate.js';
import { story } from '../support/story.js';
import { SEED, nearValid, randomJson, randomJsonText, validPayload } from './arbitraries.js';
import { formatKeys, pathIsCorrect, pathsOverlap } from './support.js';

const RUNS = 10_000;
const counts: Record<string, number> = {};

/** Checks one result against its input; returns the problems' paths. */
function checkResult(input: unknown): { ok: boolean; paths: string[] } {
  const result = parsePayload(input);
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      // invalid-json: checked below
    }
  }
  if (result.ok) {
    expect(result.problems).to.deep.equal([]);
    expect(result.payload, 'the accepted payload equals its input').to.deep.equal(value);
    return { ok: true, paths: [] };
  }
  expect(result.problems.length, 'at least one problem').to.be.greaterThan(0);
  if (result.code === 'invalid-json') {
    expect(typeof input).to.equal('string');
    expect(value, 'invalid-json only for text that does not parse').to.equal(input);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['(root)']);
  } else {
    expect(result.code).to.equal('invalid-payload');
    for (const problem of result.problems) {
      expect(pathIsCorrect(value, problem.path), `path "${problem.path}" (${problem.message}) is right about the input`).to.equal(
        true,
      );
      expect(problem.message.length, 'a message').to.be.greaterThan(0);
    }
  }
  return { ok: false, paths: result.problems.map((p) => p.path) };
}

describe('fuzz: parsePayload', function () {
  this.timeout(180_000);

  after(() => {
    console.log(
      `[hostile] parsePayload fuzz (seed ${SEED}): ${Object.entries(counts)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ')}`,
    );
  });

  it('never throws on random JSON values, and reports right paths', () => {
    let n = 0;
    fc.assert(
      fc.property(randomJson, (input) => {
        n += 1;
        checkResult(input);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    counts['random JSON values'] = n;
  });

  it('never throws on random JSON text, and says invalid-json only when it does not parse', () => {
    let n = 0;
    fc.assert(
      fc.property(randomJsonText, (input) => {
        n += 1;
        checkResult(input);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    counts['random JSON text'] = n;
  });

  it('reports near-valid payloads at the path that was broken', () => {
    let n = 0;
    let invalid = 0;
    fc.assert(
      fc.property(nearValid(story), ({ payload, expectAt }) => {
        n += 1;
        const { ok, paths } = checkResult(payload);
        if (!ok) invalid += 1;
        if (expectAt) {
          const at = formatKeys(expectAt);
          expect(ok, `invalid after a mutation at ${at}`).to.equal(false);
          expect(
            paths.some((path) => pathsOverlap(path, at)),
            `a problem at or around ${at}: ${paths.join(', ')}`,
          ).to.equal(true);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    counts['near-valid payloads'] = n;
    // The generator makes both kinds: the property is not vacuous.
    expect(invalid).to.be.within(RUNS * 0.4, RUNS * 0.98);
  });

  it('accepts every payload that is valid by construction, as it is', () => {
    let n = 0;
    fc.assert(
      fc.property(validPayload, (payload) => {
        n += 1;
        const result = parsePayload(payload);
        expect(result.ok, JSON.stringify(result.problems)).to.equal(true);
        // The same payload as JSON text parses to the same result.
        expect(parsePayload(JSON.stringify(payload)).ok).to.equal(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    counts['valid payloads'] = n;
  });

  it('reports every problem at once: one broken field per figure gives one path per figure', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 4 }), { minLength: 1, maxLength: 5 }), (indexes) => {
        const payload = story() as unknown as { figures: Record<string, unknown>[] };
        for (const i of indexes) payload.figures[i]!.label = 42;
        const result = parsePayload(payload);
        expect(result.ok).to.equal(false);
        expect(result.problems.map((p) => p.path).sort()).to.deep.equal(indexes.map((i) => `figures[${i}].label`).sort());
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
