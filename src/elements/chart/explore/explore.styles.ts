import { css } from 'lit';

/** The focus mark on the explored point: a ring in the text colour on a surface-coloured edge, Highlight in forced colors. */
export default css`
  .mark {
    position: absolute;
    inset: 0 auto auto 0;
    box-sizing: border-box;
    border: 2px solid var(--nw-color-surface);
    border-radius: 3px;
    outline: 2px solid var(--nw-color-text);
    pointer-events: none;
  }
  .mark.point {
    border-radius: 50%;
  }
  @media (forced-colors: active) {
    .mark {
      forced-color-adjust: none;
      border-color: Canvas;
      outline-color: Highlight;
    }
  }
`;
