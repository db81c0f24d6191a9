// Payloads with the XSS fixtures' attack strings in their free text, shared
// by the tests of every output (pre-rendered pages, static files, Apple News).

/** `story` with one attack string, `vector`, in every free text (titles, labels, notes, quotes, sources, a category). */
export function storyWithVector(story, vector) {
  const payload = structuredClone(story);
  payload.title = payload.description = vector;
  payload.notes = [vector];
  for (const figure of payload.figures) Object.assign(figure, { label: vector, note: vector });
  for (const quote of payload.quotes) Object.assign(quote, { text: vector, context: vector, role: vector, speaker: vector });
  payload.quotes[0].kind = 'direct';
  Object.assign(payload.charts[0], { title: vector, notes: vector, description: vector });
  payload.charts[0].series[0].label = payload.charts[0].series[0].data[0].x = vector;
  payload.charts[0].series[0].data[0].note = vector;
  payload.sources.tass = { name: vector, url: 'https://example.org/tass' };
  payload.sources.sputnik.name = vector;
  return payload;
}

/** `story` with every attack string of `vectors` spread over its free text, one page for them all. */
export function storyWithEveryVector(story, vectors) {
  const hostile = structuredClone(story);
  const vector = (i) => vectors[i % vectors.length].vector;
  hostile.title = vector(0);
  hostile.description = vector(1);
  hostile.notes = vectors.map((v) => v.vector);
  hostile.figures.forEach((figure, i) => Object.assign(figure, { label: vector(i + 2), note: vector(i + 9) }));
  hostile.quotes.forEach((quote, i) =>
    Object.assign(quote, { text: vector(i + 16), context: vector(i + 23), role: vector(i + 30) }),
  );
  hostile.charts[0].title = vector(35);
  hostile.charts[0].notes = vector(36);
  hostile.charts[0].series[0].label = vector(37);
  hostile.sources.tass.name = vector(38);
  return hostile;
}
