import { css } from 'lit';
import { cardStyles } from '../figure-card/figure-card.styles.js';

/** The grid: one column, two from 34em of its own width, three from 52em; with columns, cards of equal height. */
export default [
  cardStyles,
  css`
    /* The space a host page reserves for the grid is kept while loading and after. */
    .grid-container {
      container: nw-figure-grid / inline-size;
      min-block-size: var(--nw-grid-min-height, 0);
    }
    .grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--nw-gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @container nw-figure-grid (min-width: 34em) {
      .grid {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        /* Every card as tall as the tallest, across rows too. */
        grid-auto-rows: 1fr;
      }
    }
    @container nw-figure-grid (min-width: 52em) {
      .grid {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }
    .cell {
      display: flex;
      flex-direction: column;
      min-inline-size: 0;
    }
    .cell > .card {
      flex: 1 1 auto;
    }
    .frame.loading {
      min-block-size: max(var(--nw-grid-min-height, 0px), var(--nw-card-min-height, 10em));
    }
  `,
];
