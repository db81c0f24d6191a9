import { css } from 'lit';

/**
 * The figure card itself, shared by `nw-figure-card` and `nw-figure-grid`.
 * The card is a size container, so the value scales with the card's own width.
 */
export const cardStyles = css`
  .card {
    container: nw-card / inline-size;
    position: relative;
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    block-size: 100%;
    min-block-size: var(--nw-card-min-height, 10em);
    padding: 1.125em 1.25em 1em;
    background: var(--nw-color-surface);
    border: 1px solid var(--nw-color-border);
    border-radius: var(--nw-radius);
    color: var(--nw-color-text);
  }
  /* The accent rule: short and quiet. */
  .card::before {
    content: '';
    display: block;
    inline-size: 2.25em;
    block-size: 3px;
    margin-block-end: 0.875em;
    background: var(--nw-color-accent);
    border-radius: 2px;
  }
  .headline {
    margin: 0;
    font-family: var(--nw-font-family-figures, inherit);
    font-size: clamp(2em, 13cqi, 3em);
    font-weight: 700;
    line-height: 1.05;
    letter-spacing: -0.015em;
    font-variant-numeric: tabular-nums lining-nums;
  }
  /* A long value ("200 млн доллардан") is set smaller, so its words fit a narrow card whole. */
  .headline.long {
    font-size: clamp(1.5em, 9cqi, 2.25em);
  }
  .qualifier {
    font-size: 0.5em;
    font-weight: 600;
    letter-spacing: 0;
  }
  /* A qualifier after the value ("астам" in "5 000-нан астам") wraps as a whole; the ending stays in the value. */
  .qualifier-after {
    white-space: nowrap;
  }
  .value {
    display: inline-block;
    position: relative;
  }
  .value.is-date {
    display: inline;
    font-size: 0.62em;
    letter-spacing: -0.01em;
  }
  /* While counting, the final text keeps its place (and the layout) and the count runs over it. */
  .value.counting > .ticker {
    position: absolute;
    inset-inline-start: 0;
    white-space: nowrap;
  }
  .value.counting > .final {
    visibility: hidden;
  }
  .label {
    margin: 0.5em 0 0;
    font-weight: 500;
    line-height: 1.35;
  }
  .note {
    margin: 0.625em 0 0;
    font-size: 0.8125em;
    line-height: 1.45;
    color: var(--nw-color-muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    margin: auto 0 0;
    padding-block-start: 0.875em;
    font-size: 0.8125em;
    line-height: 1.4;
    color: var(--nw-color-muted);
  }
  .meta > * + *::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
  }
  /* In a narrow card, source and date each get a line rather than a dangling dot. */
  @container nw-card (max-width: 22em) {
    .meta {
      flex-direction: column;
    }
    .meta > * + *::before {
      content: none;
    }
  }
  @media print {
    .value.counting > .final {
      visibility: visible;
    }
    .value.counting > .ticker {
      display: none;
    }
  }
`;

export default [
  cardStyles,
  css`
    :host {
      /* A floor for shrink-to-fit layouts (floats, flex rows): the card is a size container. */
      min-inline-size: min(100%, 15em);
    }
    /* Cards side by side in a grid or flex row line up in height. */
    .frame {
      block-size: 100%;
    }
    .frame.loading {
      min-block-size: var(--nw-card-min-height, 10em);
    }
  `,
];
