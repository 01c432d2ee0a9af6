import { expect } from '@open-wc/testing';
import { AtriumError, type PaymentType } from '@atrium/sdk';
import { errorText, fieldErrorText } from '../core/error-text.js';
import { addMessages, commonNamespace, translator } from '../core/i18n.js';
import { commonMessages } from '../core/locales/index.js';
import { paymentsMessages } from './locales/index.js';
import { minorUnitsOf } from './amounts.js';
import { presentLimit, typedFigure } from './refusals.js';

addMessages(commonNamespace, commonMessages);
addMessages('payments', paymentsMessages);

const program: PaymentType = {
  id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Бонусные баллы «Невский»',
  kind: 'points',
  loyaltyProgram: 'nevsky-points',
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
    expect(said('pl')).to.equal('Ta kwota jest większa niż zaległość (1234,56 zł).');
    expect(said('ru')).to.equal('Сумма больше задолженности (1 234,56 PLN).');
    expect(said('en')).to.equal('That is more than the amount owed (PLN 1,234.56).');
  });

  it('FIN-6: points a refusal names are written in the program’s words and plural', () => {
    const problem = { field: 'points', code: 'points_over_available', params: { limit: 22 } };
    const said = (locale: 'ru' | 'pl' | 'en') => {
      const t = translator(locale, 'payments');
      return fieldErrorText(t, presentLimit(t, locale, 'RUB', program)(problem));
    };
    expect(spaced(said('ru'))).to.equal('Больше, чем можно списать сейчас (22 балла).');
    expect(spaced(said('pl'))).to.equal('To więcej, niż można teraz wykorzystać (22 punkty).');
    expect(spaced(said('en'))).to.equal('That is more than can be used now (22 points).');
  });

  it('FIN-2, FIN-6: a typed figure is refused before asking: nothing, not a figure, zero, over the limit', () => {
    const over = { code: 'amount_over_debt', limit: 500, params: { limit: 500, currency: 'PLN' } };
    const read = (typed: string) =>
      typedFigure('amount', typed, (text) => minorUnitsOf(text, 2), over);
    const refused = (code: string) => ({ problem: { field: 'amount', code } });
    expect(read('  ')).to.deep.equal(refused('required'));
    expect(read('1,234')).to.deep.equal(refused('invalid_format'));
    expect(read('0,00')).to.deep.equal(refused('out_of_range'));
    expect(read('5,01')).to.deep.equal({
      problem: { field: 'amount', code: 'amount_over_debt', params: over.params },
    });
    expect(read(' 5,00 ')).to.deep.equal({ value: 500 });
  });
});
