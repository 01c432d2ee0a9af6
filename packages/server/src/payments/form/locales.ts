import type { Locale } from '@atrium/sdk';
import { monthTitle } from '../../reports/statement/figures.js';
import type { EntryTitle, PaymentMethod } from '../types.js';

/** What a charge or settlement is for: every entry title but a payment's. */
export type ChargeTitle = Exclude<EntryTitle, 'payment'>;

/** The order the form lists them in: the contract's. */
export const chargeTitles: readonly ChargeTitle[] = [
  'maintenance',
  'rent',
  'repair_fund',
  'heating',
  'water',
  'waste',
  'electricity',
  'late_interest',
];

/** What a transfer title is made of. */
export interface TransferFacts {
  unitNumber: string;
  accountNumber: string;
  /** YYYY-MM */
  month: string;
}

/** Every text of the monthly payment form, in the three languages (FIN-3). */
export interface PaymentFormTexts {
  title: string;
  /** The file's name before the account and month: ASCII, so every browser keeps it. */
  fileStem: string;
  period: string;
  payee: string;
  address: string;
  taxId: string;
  payer: string;
  account: string;
  unit: string;
  property: string;
  charges: string;
  item: string;
  amount: string;
  titles: Record<ChargeTitle, string>;
  /** A settlement's row: `{title}` is the title's name. */
  settlement: string;
  noCharges: string;
  due: string;
  payments: string;
  date: string;
  method: string;
  methods: Record<PaymentMethod, string>;
  noPayments: string;
  paid: string;
  toPay: string;
  nothingToPay: string;
  earlierDebt: string;
  earlierCredit: string;
  transfer: string;
  recipient: string;
  bankAccount: string;
  bankName: string;
  bankCode: string;
  correspondentAccount: string;
  /** The label of the transfer title, and the title itself. */
  titleOfTransfer: string;
  transferTitle: (facts: TransferFacts) => string;
}

export const paymentFormTexts: Record<Locale, PaymentFormTexts> = {
  ru: {
    title: 'Квитанция на оплату',
    fileStem: 'kvitanciya',
    period: 'Расчётный период',
    payee: 'Получатель платежа',
    address: 'Адрес',
    taxId: 'ИНН/КПП',
    payer: 'Плательщик',
    account: 'Лицевой счёт',
    unit: 'Помещение',
    property: 'Объект',
    charges: 'Начисления за месяц',
    item: 'Вид услуги',
    amount: 'Сумма',
    titles: {
      maintenance: 'Содержание помещения',
      rent: 'Плата за наём',
      repair_fund: 'Взнос на капитальный ремонт',
      heating: 'Отопление',
      water: 'Водоснабжение и водоотведение',
      waste: 'Обращение с ТКО',
      electricity: 'Электроснабжение',
      late_interest: 'Пени',
    },
    settlement: 'Перерасчёт: {title}',
    noCharges: 'Начислений за месяц нет.',
    due: 'Итого начислено',
    payments: 'Оплаты за месяц',
    date: 'Дата',
    method: 'Способ',
    methods: {
      transfer: 'банковский перевод',
      online: 'онлайн-оплата',
      points: 'бонусные баллы',
    },
    noPayments: 'Оплат за месяц нет.',
    paid: 'Итого оплачено',
    toPay: 'К оплате',
    nothingToPay: 'Оплачивать за этот месяц нечего.',
    earlierDebt: 'Задолженность за прошлые периоды (справочно, в сумму к оплате не входит)',
    earlierCredit: 'Переплата за прошлые периоды (справочно, в сумму к оплате не входит)',
    transfer: 'Реквизиты для оплаты',
    recipient: 'Получатель',
    bankAccount: 'Расчётный счёт',
    bankName: 'Банк',
    bankCode: 'БИК',
    correspondentAccount: 'Корр. счёт',
    titleOfTransfer: 'Назначение платежа',
    transferTitle: ({ accountNumber, month }) =>
      `Оплата ЖКУ, л/с ${accountNumber}, ${monthTitle(month, 'ru')}`,
  },
  pl: {
    title: 'Formularz opłat',
    fileStem: 'formularz-oplat',
    period: 'Okres rozliczeniowy',
    payee: 'Odbiorca',
    address: 'Adres',
    taxId: 'NIP',
    payer: 'Płatnik',
    account: 'Numer konta lokalu',
    unit: 'Lokal',
    property: 'Nieruchomość',
    charges: 'Naliczenia za miesiąc',
    item: 'Tytuł',
    amount: 'Kwota',
    titles: {
      maintenance: 'Eksploatacja (koszty zarządu)',
      rent: 'Czynsz',
      repair_fund: 'Fundusz remontowy',
      heating: 'Centralne ogrzewanie',
      water: 'Woda i ścieki',
      waste: 'Wywóz odpadów',
      electricity: 'Energia elektryczna',
      late_interest: 'Odsetki za zwłokę',
    },
    settlement: 'Rozliczenie: {title}',
    noCharges: 'Brak naliczeń za ten miesiąc.',
    due: 'Razem naliczenia',
    payments: 'Wpłaty zaksięgowane za miesiąc',
    date: 'Data',
    method: 'Sposób',
    methods: {
      transfer: 'przelew',
      online: 'płatność online',
      points: 'punkty lojalnościowe',
    },
    noPayments: 'Brak wpłat za ten miesiąc.',
    paid: 'Razem wpłaty',
    toPay: 'Do zapłaty',
    nothingToPay: 'Za ten miesiąc nie ma nic do zapłaty.',
    earlierDebt: 'Zaległość z poprzednich okresów (informacyjnie, poza kwotą do zapłaty)',
    earlierCredit: 'Nadpłata z poprzednich okresów (informacyjnie, poza kwotą do zapłaty)',
    transfer: 'Dane do przelewu',
    recipient: 'Nazwa odbiorcy',
    bankAccount: 'Numer rachunku',
    bankName: 'Bank',
    bankCode: 'BIC/SWIFT',
    correspondentAccount: 'Rachunek korespondencyjny',
    titleOfTransfer: 'Tytuł przelewu',
    transferTitle: ({ unitNumber, accountNumber, month }) =>
      `Opłaty za lokal ${unitNumber}, konto ${accountNumber}, ${month.slice(5)}.${month.slice(0, 4)}`,
  },
  en: {
    title: 'Payment form',
    fileStem: 'payment-form',
    period: 'Period',
    payee: 'Payee',
    address: 'Address',
    taxId: 'Tax ID',
    payer: 'Payer',
    account: 'Account',
    unit: 'Unit',
    property: 'Property',
    charges: "The month's charges",
    item: 'Item',
    amount: 'Amount',
    titles: {
      maintenance: 'Maintenance',
      rent: 'Rent',
      repair_fund: 'Repair fund',
      heating: 'Heating',
      water: 'Water and sewage',
      waste: 'Waste collection',
      electricity: 'Electricity',
      late_interest: 'Late-payment interest',
    },
    settlement: 'Settlement: {title}',
    noCharges: 'No charges this month.',
    due: 'Total charges',
    payments: "The month's payments",
    date: 'Date',
    method: 'Method',
    methods: {
      transfer: 'bank transfer',
      online: 'online payment',
      points: 'loyalty points',
    },
    noPayments: 'No payments this month.',
    paid: 'Total paid',
    toPay: 'To pay',
    nothingToPay: 'Nothing to pay for this month.',
    earlierDebt: 'Owed from earlier months (for information, not in the amount to pay)',
    earlierCredit: 'Overpaid in earlier months (for information, not in the amount to pay)',
    transfer: 'Transfer details',
    recipient: 'Recipient',
    bankAccount: 'Bank account',
    bankName: 'Bank',
    bankCode: 'BIC',
    correspondentAccount: 'Correspondent account',
    titleOfTransfer: 'Transfer title',
    transferTitle: ({ unitNumber, accountNumber, month }) =>
      `Charges for unit ${unitNumber}, account ${accountNumber}, ${monthTitle(month, 'en')}`,
  },
};
