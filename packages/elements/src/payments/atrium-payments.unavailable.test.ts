import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AtriumPaymentRedirectEvent } from '../events/atrium-payment-redirect.js';
import { demo, locales, shadowPart } from '../testing/atrium-server.js';
import {
  clientNotingKeys,
  paymentsOf,
  providerUnavailableText,
  sandboxFails,
  sandboxRecovers,
} from '../testing/payments.js';
import { focused, root, textOf } from '../testing/widget-queries.js';

// The server's own payment sandbox fails as the test plans, and the widget meets that over
// HTTP as it would a real provider's: the server's 503 provider_unavailable, Retry-After 5.
// The clients send each request once here: the SDK would retry a 503 itself.

const formError = (el: Element) => root(el).querySelector('[part="online"] [part="form-error"]');

afterEach(() => sandboxRecovers('payments'));

describe('atrium-payments with the payment provider failing', () => {
  for (const locale of locales) {
    it(`FIN-2: the provider failing, the widget says nothing was paid and when to try again, and takes the focus there, in ${locale}`, async () => {
      const { client } = await clientNotingKeys(demo.anna, '/payments', false);
      const el = await paymentsOf(client, locale);
      el.addEventListener('atrium-payment-redirect', (event) => event.preventDefault());
      await sandboxFails('payments', 1, { on: 'create' });
      shadowPart(el, '[part="pay"]').click();
      await waitUntil(() => formError(el), 'the refusal never showed', { timeout: 10000 });
      await el.updateComplete;
      const said = formError(el);
      expect(textOf(said)).to.equal(providerUnavailableText[locale]);
      expect(said?.getAttribute('role')).to.equal('alert');
      expect(focused(el)).to.equal(said);
      await expect(el).to.be.accessible();
    });
  }

  it('FIN-2 keyboard only: the provider not answering in time, Tab back to "Go to payment" and Enter pays under the same Idempotency-Key', async () => {
    const { client, keys } = await clientNotingKeys(demo.anna, '/payments', false);
    const el = await paymentsOf(client, 'pl');
    el.addEventListener('atrium-payment-redirect', (event) => event.preventDefault());
    await sandboxFails('payments', 1, { how: 'hang', on: 'create' });
    const pay = shadowPart(el, '[part="pay"]');
    pay.focus();
    await sendKeys({ press: 'Enter' });
    // the server gives up on the provider after its timeout
    await waitUntil(() => formError(el) && focused(el) === formError(el), 'no refusal focused', {
      timeout: 12000,
    });
    expect(textOf(focused(el))).to.equal(providerUnavailableText.pl);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(pay);
    const redirected = oneEvent(
      el,
      'atrium-payment-redirect',
    ) as Promise<AtriumPaymentRedirectEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await redirected;
    expect(detail.payment).to.include({ status: 'pending', method: 'online' });
    expect(keys).to.have.length(2);
    expect(new Set(keys).size, 'the retry is the same payment').to.equal(1);
  });
});
