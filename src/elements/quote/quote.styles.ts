import { css } from 'lit';

/** The quote box: a direct quote beside an accent rule, a paraphrase beside a quiet one. */
export default css`
  :host {
    /* A floor for shrink-to-fit layouts (floats, flex rows): the box is a size container. */
    min-inline-size: min(100%, 15em);
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
    padding: 1.25em 1.25em 1.125em;
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
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--nw-color-accent);
  }
  .text p {
    margin: 0;
  }
  .direct {
    font-size: 1.25em;
    font-weight: 500;
    line-height: 1.45;
    letter-spacing: -0.005em;
  }
  .paraphrase {
    font-size: 1.0625em;
    line-height: 1.55;
    border-inline-start-color: var(--nw-color-border);
  }
  @container nw-quote (min-width: 36em) {
    .direct {
      font-size: 1.4375em;
    }
    .paraphrase {
      font-size: 1.125em;
    }
  }
  .attribution {
    margin-block-start: 0.875em;
    padding-inline-start: calc(1em + 3px);
    font-size: 0.9375em;
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
    margin-block-start: 0.25em;
    /* Never under 12 px (at the default root size), however small the host's text. */
    font-size: max(0.75rem, 0.8125em);
    color: var(--nw-color-muted);
  }
  .meta > * + *::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
  }
  .context {
    margin: 1em 0 0;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--nw-color-border);
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--nw-color-muted);
  }
`;
