import { css } from 'lit';

export default css`
  .frame {
    container-type: inline-size;
  }
  .embed {
    display: flex;
    flex-direction: column;
    gap: var(--nw-gap);
    padding: var(--nw-gap) 0;
    border-top: 3px solid var(--nw-color-text);
    background: var(--nw-color-surface);
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.2;
    font-weight: 700;
  }
  .description {
    margin: -0.25em 0 0;
    color: var(--nw-color-muted);
    font-size: 1em;
    max-width: 42em;
  }
  .section {
    display: grid;
    gap: var(--nw-gap);
  }
  @container (min-width: 720px) {
    .quotes {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .notes-heading {
    margin: 0 0 0.25em;
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--nw-color-muted);
  }
  .notes ul {
    margin: 0;
    padding-inline-start: 1.1em;
    color: var(--nw-color-muted);
    font-size: 0.875em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    padding-top: 0.5em;
    border-top: 1px solid var(--nw-color-border);
    color: var(--nw-color-muted);
    font-size: 0.8125em;
  }
  .footer p {
    margin: 0;
  }
`;
