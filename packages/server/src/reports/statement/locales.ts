import type { Locale } from '@atrium/sdk';
import type { FigureKey } from './figures.js';

/** Every text of a monthly statement, in the three languages (OWN-5). */
export interface StatementTexts {
  title: string;
  unit: string;
  owner: string;
  period: string;
  currency: string;
  figure: string;
  value: string;
  /** The worksheet's name: at most 31 characters, none of []:*?/\ */
  sheet: string;
  note: string;
  figures: Record<FigureKey, string>;
}

export const statementTexts: Record<Locale, StatementTexts> = {
  ru: {
    title: 'Отчёт собственника за месяц',
    unit: 'Апартамент',
    owner: 'Собственник',
    period: 'Период',
    currency: 'Валюта',
    figure: 'Показатель',
    value: 'Значение',
    sheet: 'Отчёт за месяц',
    note: 'Показатели взяты из ежедневного снимка статистики, как в личном кабинете.',
    figures: {
      nightsAvailable: 'Доступно ночей',
      nightsSold: 'Продано ночей',
      occupancy: 'Загрузка',
      adr: 'Средняя цена за ночь (ADR)',
      revpar: 'Доход на доступную ночь (RevPAR)',
      accommodationRevenue: 'Доход от проживания',
      extrasRevenue: 'Доход от дополнительных услуг',
      penaltyRevenue: 'Штрафы за отмену бронирований',
    },
  },
  pl: {
    title: 'Miesięczne zestawienie właściciela',
    unit: 'Lokal',
    owner: 'Właściciel',
    period: 'Okres',
    currency: 'Waluta',
    figure: 'Wskaźnik',
    value: 'Wartość',
    sheet: 'Zestawienie miesięczne',
    note: 'Wartości pochodzą z dziennego zestawienia statystyk, tak jak w panelu właściciela.',
    figures: {
      nightsAvailable: 'Noce dostępne',
      nightsSold: 'Noce sprzedane',
      occupancy: 'Obłożenie',
      adr: 'Średnia cena za noc (ADR)',
      revpar: 'Przychód na dostępną noc (RevPAR)',
      accommodationRevenue: 'Przychód z zakwaterowania',
      extrasRevenue: 'Przychód z usług dodatkowych',
      penaltyRevenue: 'Opłaty za anulowanie rezerwacji',
    },
  },
  en: {
    title: 'Monthly owner statement',
    unit: 'Unit',
    owner: 'Owner',
    period: 'Period',
    currency: 'Currency',
    figure: 'Figure',
    value: 'Value',
    sheet: 'Monthly statement',
    note: 'Figures come from the daily statistics snapshot, as in the owner cabinet.',
    figures: {
      nightsAvailable: 'Nights available',
      nightsSold: 'Nights sold',
      occupancy: 'Occupancy',
      adr: 'Average daily rate (ADR)',
      revpar: 'Revenue per available night (RevPAR)',
      accommodationRevenue: 'Accommodation revenue',
      extrasRevenue: 'Extra services revenue',
      penaltyRevenue: 'Cancellation penalties',
    },
  },
};
