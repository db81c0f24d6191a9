import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HIGHEST_HZ, LOWEST_HZ, MAX_TONES, toneLength, tonesOf } from '../../../src/elements/chart/explore/sonify.js';
import { story } from '../../support/story.js';
import { shadowOf } from '../helpers.js';
import { chartOf, payloadWith } from './chart-support.js';
import { explore, live, mark, press, priceWithGap, tip, useStage } from './explore-support.js';

useStage();

/** What the page's Web Audio was asked to play: each context, and each tone's pitch and place. */
interface Heard {
  contexts: AudioContext[];
  frequencies: number[];
  pans: number[];
}

const RealAudioContext = window.AudioContext;
let heard: Heard;

/** A real AudioContext that also writes down the tones it is given. */
class RecordingAudioContext extends RealAudioContext {
  constructor() {
    super();
    heard.contexts.push(this);
  }
  override createOscillator(): OscillatorNode {
    const oscillator = super.createOscillator();
    const set = oscillator.frequency.setValueAtTime.bind(oscillator.frequency);
    oscillator.frequency.setValueAtTime = (value: number, time: number) => {
      heard.frequencies.push(value);
      return set(value, time);
    };
    return oscillator;
  }
  override createStereoPanner(): StereoPannerNode {
    const panner = super.createStereoPanner();
    queueMicrotask(() => heard.pans.push(panner.pan.value));
    return panner;
  }
}

beforeEach(() => {
  heard = { contexts: [], frequencies: [], pans: [] };
  window.AudioContext = RecordingAudioContext;
});
afterEach(async () => {
  window.AudioContext = RealAudioContext;
  await Promise.all(heard.contexts.map((context) => (context.state === 'closed' ? undefined : context.close())));
});

const round = (values: number[]) => values.map((value) => Math.round(value * 100) / 100);
/** Four bars, A to D, of 10 to 40 points. */
const bars = (locale?: string) =>
  payloadWith(
    {
      type: 'bar',
      source: 'gen',
      series: [
        { id: 'level', label: 'Level', unit: 'points', data: ['A', 'B', 'C', 'D'].map((x, i) => ({ x, y: (i + 1) * 10 })) },
      ],
    },
    locale ? { locale } : {},
  );
const playing = () => heard.contexts.length === 1 && heard.contexts[0]!.state !== 'closed';
const closed = () => heard.contexts.length > 0 && heard.contexts.every((context) => context.state === 'closed');

describe('nw-chart: the tones of a series (tonesOf)', () => {
  it('puts the lowest value at 220 Hz and the highest at 880, in even steps of pitch, left to right', () => {
    const tones = tonesOf([10, 20, 30, 40]);
    expect(round(tones.map((tone) => tone.frequency!))).to.deep.equal([220, 349.23, 554.37, 880]);
    expect(round(tones.map((tone) => tone.pan))).to.deep.equal([-0.8, -0.27, 0.27, 0.8]);
    expect(tones.map((tone) => tone.index)).to.deep.equal([0, 1, 2, 3]);
    expect([LOWEST_HZ, HIGHEST_HZ]).to.deep.equal([220, 880]);
  });

  it('rests on a point without a value, and gives equal values the middle pitch', () => {
    expect(tonesOf([5, null, 7]).map((tone) => tone.frequency)).to.deep.equal([220, null, 880]);
    expect(tonesOf([3, 3]).map((tone) => tone.frequency)).to.deep.equal([440, 440]);
    expect(tonesOf([-2]).map((tone) => [tone.frequency, tone.pan])).to.deep.equal([[440, 0]]);
  });

  it('hears a long series in at most 160 tones, each the mean of its run of points, a run of gaps as a rest', () => {
    const values = Array.from({ length: 1_000 }, (_, i) => (i >= 500 && i < 520 ? null : i));
    const tones = tonesOf(values);
    expect(tones).to.have.length(MAX_TONES);
    expect(tones[0]!.index).to.equal(0);
    expect(tones.at(-1)!.index).to.equal(993);
    // Points 500 to 519 have no value: runs 80 (500–506), 81 (506–512) and 82 (512–518) are all gaps.
    expect(tones.slice(79, 84).map((tone) => tone.frequency === null)).to.deep.equal([false, true, true, true, false]);
    const pitches = tones.flatMap((tone) => (tone.frequency === null ? [] : [tone.frequency]));
    expect(pitches.every((pitch, i) => i === 0 || pitch > pitches[i - 1]!)).to.equal(true);
    expect(pitches[0]).to.be.above(LOWEST_HZ).and.below(230);
    // About 8 seconds in all: 160 tones of 60 ms; a short series plays 250 ms a tone.
    expect([toneLength(MAX_TONES), toneLength(4)]).to.deep.equal([0.06, 0.25]);
  });
});

describe('nw-chart: hearing a series as tones with S', () => {
  it('plays the series, says what it plays, moves the mark with the tones, and leaves the reader on the last point', async () => {
    const { element, points } = await explore(bars());
    expect(shadowOf(element).getElementById('keys')?.textContent).to.contain('S: play the series as tones');
    await sendKeys({ press: 's' });
    await waitUntil(playing, 'the tones to start');
    expect(live(element)).to.equal('Level (points) as tones, from A to D: lowest 10 (A), highest 40 (D).');
    expect(round(heard.frequencies)).to.deep.equal([220, 349.23, 554.37, 880]);
    await waitUntil(() => heard.pans.length === 4, 'the pans');
    expect(round(heard.pans)).to.deep.equal([-0.8, -0.27, 0.27, 0.8]);
    // The mark and the tooltip follow the tones: A first.
    await waitUntil(() => !mark(element).hidden && tip(element).textContent?.includes('A'), 'the first tone shown');
    await waitUntil(closed, 'the tones to end', { timeout: 3_000 });
    expect(tip(element).textContent).to.contain('D').and.contain('40');
    expect(
      chartOf(element)
        .getActiveElements()
        .map((item) => item.index),
    ).to.deep.equal([3]);
    // Nothing said point by point, nothing told to the page.
    expect(live(element)).to.contain('as tones');
    expect(points).to.deep.equal([]);
    // The reader is on D: left goes to C.
    await press(element, 'ArrowLeft');
    expect(live(element)).to.equal('C: Level, 30 points. Source: Generated test data.');
  });

  it('plays from the point the reader is on, and S again stops with one word', async () => {
    const { element } = await explore(bars());
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    await sendKeys({ press: 'S' });
    await waitUntil(playing, 'the tones to start');
    expect(live(element)).to.equal('Level (points) as tones, from B to D: lowest 20 (B), highest 40 (D).');
    expect(heard.frequencies).to.have.length(3);
    await sendKeys({ press: 's' });
    await waitUntil(closed, 'S to stop the tones');
    expect(live(element)).to.equal('Stopped.');
  });

  it('stops for an arrow key, which moves on from the last tone heard, and for Escape, which leaves', async () => {
    const { element, points } = await explore(bars());
    await sendKeys({ press: 's' });
    await waitUntil(playing, 'the tones to start');
    await waitUntil(() => !mark(element).hidden, 'the first tone shown');
    await sendKeys({ press: 'End' });
    await waitUntil(closed, 'End to stop the tones');
    expect(points.map((point) => point.x)).to.deep.equal(['D']);
    expect(live(element)).to.equal('D: Level, 40 points. Source: Generated test data.');

    await sendKeys({ press: 's' });
    await waitUntil(() => heard.contexts.length === 2, 'the tones to start again');
    // From the last point, the series plays from its start.
    expect(heard.frequencies.slice(4)).to.have.length(4);
    await sendKeys({ press: 'Escape' });
    await waitUntil(closed, 'Escape to stop the tones');
    await waitUntil(() => tip(element).hidden && mark(element).hidden, 'Escape to take the point down');
    expect(live(element)).to.equal('');
  });

  it('stops when focus leaves the chart, and when new data redraws it', async () => {
    const payload = bars();
    const { element } = await explore(payload);
    await sendKeys({ press: 's' });
    await waitUntil(playing, 'the tones to start');
    await sendKeys({ press: 'Tab' });
    await waitUntil(closed, 'leaving to stop the tones');

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 's' });
    await waitUntil(() => heard.contexts.length === 2 && heard.contexts[1]!.state !== 'closed', 'the tones to start again');
    const next = structuredClone(payload);
    next.charts![0]!.series[0]!.data[0]!.y = 15;
    element.payload = next;
    await waitUntil(closed, 'new data to stop the tones');
  });

  it('rests on a gap in a line, and says the range of the points with a value', async () => {
    const { element } = await explore(
      payloadWith({
        type: 'line',
        x: { type: 'date' },
        series: [priceWithGap()],
      }),
    );
    await sendKeys({ press: 's' });
    await waitUntil(playing, 'the tones to start');
    expect(heard.frequencies).to.deep.equal([220, 880]);
    expect(live(element)).to.equal(
      'Price (tenge) as tones, from Jan 3, 2022 to Jan 5, 2022: lowest 10 (Jan 3, 2022), highest 12 (Jan 5, 2022).',
    );
  });

  it('plays the panel the reader is on; a series of one point is said as the point', async () => {
    const { element } = await explore(story());
    await sendKeys({ press: 's' });
    await waitUntil(playing, 'the tones to start');
    expect(live(element)).to.equal('People detained as tones, January 2022 unrest: more than 5,000.');
    expect(heard.frequencies).to.deep.equal([440]);
    await waitUntil(closed, 'the tone to end', { timeout: 3_000 });
    await press(element, 'ArrowDown');
    await sendKeys({ press: 's' });
    await waitUntil(() => heard.contexts.length === 2, 'the tones to start again');
    expect(live(element)).to.equal(
      'Estimated damage (US dollars) as tones, January 2022 unrest: more than 200 million US dollars.',
    );
  });

  for (const { lang, name, label, unit, keys, said, stopped } of [
    {
      lang: 'ru',
      name: 'Russian',
      label: 'Уровень',
      unit: 'баллов',
      keys: 'S — проиграть ряд тонами',
      said: 'Уровень (баллов) тонами, от A до D: минимум 10 (A), максимум 40 (D).',
      stopped: 'Остановлено.',
    },
    {
      lang: 'kk',
      name: 'Kazakh',
      label: 'Деңгей',
      unit: 'ұпай',
      keys: 'S – қатарды дыбыспен ойнату',
      said: 'Деңгей (ұпай) дыбыспен, A – D: ең төменгі мәні 10 (A), ең жоғары мәні 40 (D).',
      stopped: 'Тоқтатылды.',
    },
  ]) {
    it(`speaks ${name} for a ${name} chart`, async () => {
      const payload = bars(lang);
      Object.assign(payload.charts![0]!.series[0]!, { label, unit });
      const { element } = await explore(payload, (el) => el.setAttribute('lang', lang));
      expect(shadowOf(element).getElementById('keys')?.textContent).to.contain(keys);
      await sendKeys({ press: 's' });
      await waitUntil(playing, 'the tones to start');
      expect(live(element)).to.equal(said);
      await sendKeys({ press: 's' });
      await waitUntil(closed, 'S to stop the tones');
      expect(live(element)).to.equal(stopped);
    });
  }

  it('says that there is no sound where the browser has no Web Audio, and keeps exploring', async () => {
    const { element } = await explore(bars());
    // @ts-expect-error: a browser without Web Audio
    window.AudioContext = undefined;
    await sendKeys({ press: 's' });
    await waitUntil(() => live(element) === 'Sound is not available in this browser.', 'the message');
    await press(element, 'ArrowRight');
    expect(live(element)).to.equal('A: Level, 10 points. Source: Generated test data.');
  });
});
