// `<nw-quote role="…">` with the speaker's job: `role` is also the ARIA role,
// so a value that is not one warns once a page, naming `speaker-role`. This
// file has a page of its own: the warning is given once per page.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/elements/quote/quote.js';
import type { QuoteElement } from '../../../src/elements/quote/quote.js';
import { isAriaRole } from '../../../src/elements/quote/role-warning.js';
import { mount, textOf } from '../helpers.js';

let warn: sinon.SinonStub;
const warnings = () => warn.getCalls().filter((call) => String(call.args[0]).startsWith('nw-quote:'));

before(() => {
  warn = sinon.stub(console, 'warn');
});
after(() => warn.restore());

/** A quote with `role`, drawn, and the warning module loaded by then. */
async function quoteWithRole(role: string) {
  const { element } = await mount<QuoteElement>(document.body, 'nw-quote', (el) => {
    el.setAttribute('speaker', 'Kassym-Jomart Tokayev');
    el.setAttribute('text', 'Words.');
    el.setAttribute('role', role);
  });
  await import('../../../src/elements/quote/role-warning.js');
  await new Promise((resolve) => setTimeout(resolve));
  return element;
}

describe('nw-quote role attribute', () => {
  it('knows ARIA roles, in any case, with the DPUB and graphics prefixes', () => {
    for (const role of ['note', 'Figure', 'region note', 'doc-pullquote', 'graphics-document'])
      expect(isAriaRole(role), role).to.equal(true);
    for (const role of ['President of Kazakhstan', 'Head of Alert Services', 'spokesperson', 'Президент'])
      expect(isAriaRole(role), role).to.equal(false);
  });

  it('an ARIA role gives no warning', async () => {
    const element = await quoteWithRole('note');
    expect(warnings()).to.have.length(0);
    element.remove();
  });

  it('a speaker role written as role warns once a page, naming speaker-role, and is still shown', async () => {
    const element = await quoteWithRole('President of Kazakhstan');
    await waitUntil(() => warnings().length > 0, 'a warning');
    const [message] = warnings()[0]!.args as [string];
    expect(message).to.include('role="President of Kazakhstan" is not an ARIA role');
    expect(message).to.include('speaker-role="President of Kazakhstan"');
    expect(textOf(element, '[part="role"]')).to.equal('President of Kazakhstan');

    const second = await quoteWithRole('Mayor of Almaty');
    element.setAttribute('role', 'Minister');
    await new Promise((resolve) => setTimeout(resolve));
    expect(warnings(), 'once a page').to.have.length(1);
    element.remove();
    second.remove();
  });
});
