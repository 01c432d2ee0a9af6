import { expect } from '@open-wc/testing';
import { AtriumError, type PaymentType } from '@atrium/sdk';
import { errorText, fieldErrorText } from '../core/error-text.js';
import { addMessages, commonNamespace, translator } from '../core/i18n.js';
import { commonMessages } from '../core/locales/index.js';
import { paymentsMessages } from './locales/index.js';
import { presentLimit } from './refusals.js';

addMessages(commonNamespace, commonMessages);
addMessages('payments', paymentsMessages);

const program: PaymentType = {
  id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Бонусные баллы «Невский»',
  kind: 'points',
  loyaltyCurrency: 'points',
  maxPercent: 10,
  pointValue: 50,
  enabled: true,
};

const spaced = (text: string) => text.replace(/\s+/g, ' ');

describe('payments: refusals in the reader’s words', () => {
  it('503 provider_unavailable: nothing paid, try again after the wait the server named', () => {
    const unavailable = (retryAfter?: number) =>
      new AtriumError({ code: 'provider_unavailable', status: 503, title: 'x', retryAfter });
    expect(errorText(translator('ru', 'payments'), unavailable(30))).to.equal(
      'Платёжный сервис не отвечает; ничего не списано. Повторите через 30 секунд.',
    );
    expect(errorText(translator('pl', 'payments'), unavailable(120))).to.equal(
      'Serwis płatności nie odpowiada; nic nie zapłacono. Spróbuj ponownie za 2 minuty.',
    );
    expect(errorText(translator('en', 'payments'), unavailable())).to.equal(
      'The payment service is not answering; nothing was paid. Try again in a moment.',
    );
  });

  it('FIN-2: the debt a refusal names is written as the language writes money', () => {
    const problem = {
      field: 'amount',
      code: 'amount_over_debt',
      params: { limit: 123456, currency: 'PLN' },
    };
    const said = (locale: 'ru' | 'pl' | 'en') => {
      const t = translator(locale, 'payments');
      return spaced(fieldErrorText(t, presentLimit(t, locale, 'PLN', null)(problem)));
    };
    expect(said('pl')).to.equal('Najwyżej 1234,56 zł, czyli kwota zaległości.');
    expect(said('ru')).to.equal('Не больше 1 234,56 PLN — суммы задолженности.');
    expect(said('en')).to.equal('At most PLN 1,234.56, the amount owed.');
  });

  it('FIN-6: points a refusal names are written in the program’s words and plural', () => {
    const problem = { field: 'points', code: 'points_over_available', params: { limit: 22 } };
    const said = (locale: 'ru' | 'pl' | 'en') => {
      const t = translator(locale, 'payments');
      return fieldErrorText(t, presentLimit(t, locale, 'RUB', program)(problem));
    };
    expect(said('ru')).to.equal('Сейчас можно оплатить не больше: 22 балла.');
    expect(said('pl')).to.equal('Teraz można zapłacić najwyżej: 22 punkty.');
    expect(said('en')).to.equal('At most 22 points can pay now.');
  });
});
