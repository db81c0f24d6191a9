import { css } from 'lit';

/** The quote box: a direct quote beside an accent rule, a paraphrase beside a quiet one. */
export default css`
  :host {
    /* A floor for shrink-to-fit layouts (floats, flex rows): the box is a size container. */
    min-inline-size: min(100%, 15rem);
  }
  /* Boxes side by side in a grid or flex row line up in height. */
  .frame {
    block-size: 100%;
  }
  /* The space a host page reserves for the quote, kept while loading and after. */
  .frame.loading,
  .card {
    min-block-size: var(--nw-quote-min-height, 0);
  }
  .card {
    container: nw-quote / inline-size;
    box-sizing: border-box;
    block-size: 100%;
    padding: 1.25rem 1.25rem 1.125rem;
    background: var(--nw-color-surface);
    border: 1px solid var(--nw-color-border);
    border-radius: var(--nw-radius);
    color: var(--nw-color-text);
  }
  .quote {
    margin: 0;
  }
  .text {
    margin: 0;
    padding-inline-start: 1rem;
    border-inline-start: 3px solid var(--nw-color-accent);
  }
  .text p {
    margin: 0;
  }
  .direct {
    font-size: 1.25rem;
    font-weight: 500;
    line-height: 1.45;
    letter-spacing: -0.005em;
  }
  .paraphrase {
    font-size: 1.0625rem;
    line-height: 1.55;
    border-inline-start-color: var(--nw-color-border);
  }
  @container nw-quote (min-width: 36rem) {
    .direct {
      font-size: 1.4375rem;
    }
    .paraphrase {
      font-size: 1.125rem;
    }
  }
  .attribution {
    margin-block-start: 0.875rem;
    padding-inline-start: calc(1rem + 3px);
    font-size: 0.9375rem;
    line-height: 1.4;
  }
  .byline,
  .meta {
    margin: 0;
  }
  .is-direct .byline::before {
    content: '— ' / '';
  }
  .speaker {
    font-weight: 700;
  }
  .role,
  .reported {
    color: var(--nw-color-muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    margin-block-start: 0.25rem;
    font-size: 0.8125rem;
    color: var(--nw-color-muted);
  }
  .meta > * + *::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
  }
  .context {
    margin: 1rem 0 0;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--nw-color-border);
    font-size: 0.875rem;
    line-height: 1.5;
    color: var(--nw-color-muted);
  }
`;
