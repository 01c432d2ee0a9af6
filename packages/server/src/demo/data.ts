import type { Locale, PasswordPolicy, Role } from '@atrium/sdk';

/** The payee of a property's charges as the payment form prints it (FIN-3). */
export interface DemoPayee {
  bankAccount: string;
  bankName: string;
  /** BIC/SWIFT, or the Russian БИК. */
  bankCode: string;
  /** Russian banks only (к/с). */
  correspondentAccount?: string;
  /** NIP, ИНН/КПП. */
  taxId: string;
}

/**
 * A payment type of the tenant (FIN-2, FIN-5); points types name their loyalty program (its id
 * at the loyalty provider, see loyalty-cards.ts) and its currency.
 */
export type DemoPaymentType =
  | { name: string; kind: 'money' }
  | {
      name: string;
      kind: 'points';
      loyaltyProgram: string;
      loyaltyCurrency: string;
      pointValue: number;
      maxPercent: number;
    };

/**
 * One demo tenant: its branding, one property with units and the payee of its charges, its
 * payment types, and its people.
 */
export interface DemoTenant {
  slug: string;
  name: string;
  defaultLocale: Locale;
  currency: string;
  colors: [primary: string, onPrimary: string, loginBg: string, pageBg: string, text: string];
  websiteUrl: string;
  contactEmail: string;
  policy: PasswordPolicy;
  portalUrl: string;
  /** Local dates and the statistics snapshot time follow this zone (OWN-3). */
  timeZone: string;
  /** Booking numbers start with it: NA-2026-000142. */
  bookingPrefix: string;
  group: string;
  quarter: string;
  property: {
    name: string;
    type: string;
    legalEntity: string;
    address: string;
    totalArea: string;
    payee: DemoPayee;
  };
  paymentTypes: DemoPaymentType[];
  units: { number: string; area: string; account: string }[];
  people: {
    name: string;
    email: string;
    locale: Locale;
    /** None for an owner without portal access (AUTH-1): on the roll, never signed in. */
    password?: string;
    staffRole?: Extract<Role, 'manager' | 'director' | 'accountant'>;
    links?: {
      unit: string;
      role: Extract<Role, 'owner' | 'resident' | 'board_member'>;
      share?: string;
    }[];
  }[];
}

export const demoHotel: DemoTenant = {
  slug: 'demo-hotel',
  name: 'Невский Апарт',
  defaultLocale: 'ru',
  currency: 'RUB',
  colors: ['#8b1e3f', '#ffffff', '#f7f1ea', '#ffffff', '#2b1a12'],
  websiteUrl: 'https://nevsky-apart.example',
  contactEmail: 'info@nevsky-apart.example',
  policy: {
    minLength: 8,
    requireDigit: true,
    requireSymbol: false,
    requireUpper: false,
    requireLower: false,
  },
  portalUrl: '/',
  timeZone: 'Europe/Moscow',
  bookingPrefix: 'NA',
  group: 'Санкт-Петербург',
  quarter: 'Центральный',
  property: {
    name: 'Апарт-отель «Невский»',
    type: 'apart_hotel',
    legalEntity: 'ООО «Невский Апарт»',
    address: 'Невский проспект, 100, Санкт-Петербург',
    totalArea: '4250.00',
    // fictitious: a bank that does not exist, numbers in the real formats with their checks
    payee: {
      bankAccount: '40702810600000012345',
      bankName: 'АО «Демо-Банк», Санкт-Петербург',
      bankCode: '044030999',
      correspondentAccount: '30101810400000000999',
      taxId: '7841000001/784101001',
    },
  },
  // online by card, and two loyalty programs: one counting in roubles, one in points (FIN-5)
  paymentTypes: [
    { name: 'Банковская карта онлайн', kind: 'money' },
    {
      name: 'Бонусные рубли «Невский»',
      kind: 'points',
      loyaltyProgram: 'nevsky-rub',
      loyaltyCurrency: 'RUB',
      pointValue: 100,
      maxPercent: 30,
    },
    {
      name: 'Бонусные баллы «Невский»',
      kind: 'points',
      loyaltyProgram: 'nevsky-points',
      loyaltyCurrency: 'points',
      pointValue: 50,
      maxPercent: 10,
    },
  ],
  units: [
    { number: '101', area: '32.50', account: '7800101' },
    { number: '204', area: '45.80', account: '7800204' },
    { number: '102', area: '28.40', account: '7800102' },
    { number: '305', area: '51.20', account: '7800305' },
    { number: '306', area: '38.90', account: '7800306' },
    { number: '410', area: '64.00', account: '7800410' },
  ],
  people: [
    {
      name: 'Ирина Соколова',
      email: 'irina@nevsky-apart.example',
      locale: 'ru',
      password: 'Nevsky-2026',
      links: [
        { unit: '101', role: 'owner', share: '1' },
        { unit: '204', role: 'owner', share: '1' },
      ],
    },
    {
      name: 'Пётр Иванов',
      email: 'petr@nevsky-apart.example',
      locale: 'ru',
      password: 'Manager-2026',
      staffRole: 'manager',
    },
  ],
};

export const lesna5: DemoTenant = {
  slug: 'lesna-5',
  name: 'Wspólnota Mieszkaniowa Leśna 5',
  defaultLocale: 'pl',
  currency: 'PLN',
  colors: ['#166534', '#ffffff', '#f0fdf4', '#ffffff', '#14261a'],
  websiteUrl: 'https://lesna5.example',
  contactEmail: 'zarzad@lesna5.example',
  policy: {
    minLength: 10,
    requireDigit: true,
    requireSymbol: true,
    requireUpper: true,
    requireLower: true,
  },
  portalUrl: '/lesna-5/',
  timeZone: 'Europe/Warsaw',
  bookingPrefix: 'L5',
  group: 'Kraków',
  quarter: 'Osiedle Leśne',
  property: {
    name: 'Wspólnota Mieszkaniowa Leśna 5',
    type: 'residential_building',
    legalEntity: 'Wspólnota Mieszkaniowa Leśna 5',
    address: 'ul. Leśna 5, 30-001 Kraków',
    totalArea: '1840.50',
    // fictitious: bank sort code 9999 0001 belongs to no bank; IBAN and NIP check digits hold
    payee: {
      bankAccount: 'PL81 9999 0001 0000 0000 0000 0005',
      bankName: 'Bank Demonstracyjny S.A.',
      bankCode: 'DEMOPLPWXXX',
      taxId: '679-000-01-20',
    },
  },
  paymentTypes: [{ name: 'Płatność online (karta, BLIK, przelew)', kind: 'money' }],
  // Unequal flats and one shop; their areas fall short of the total area by the flats whose
  // owners are not on record here, whose weight always counts as not voted.
  units: [
    { number: '12', area: '54.30', account: 'LES5-012' },
    { number: '1', area: '132.40', account: 'LES5-001' },
    { number: '2', area: '86.75', account: 'LES5-002' },
    { number: '3', area: '64.20', account: 'LES5-003' },
    { number: '4', area: '183.90', account: 'LES5-004' },
    { number: '5', area: '58.60', account: 'LES5-005' },
    { number: '6', area: '97.15', account: 'LES5-006' },
    { number: '7', area: '71.80', account: 'LES5-007' },
    { number: '8', area: '165.35', account: 'LES5-008' },
    { number: '9', area: '49.90', account: 'LES5-009' },
    { number: 'U1', area: '412.50', account: 'LES5-U01' },
  ],
  people: [
    {
      name: 'Anna Nowak',
      email: 'anna@lesna5.example',
      locale: 'pl',
      password: 'Lesna5-Haslo!',
      links: [
        { unit: '12', role: 'owner', share: '0.5' },
        { unit: '12', role: 'resident' },
        { unit: '12', role: 'board_member' },
      ],
    },
    {
      name: 'Jan Nowak',
      email: 'jan@lesna5.example',
      locale: 'pl',
      password: 'Lesna5-Jan-1!',
      links: [{ unit: '12', role: 'owner', share: '0.5' }],
    },
    {
      name: 'Katarzyna Wiśniewska',
      email: 'katarzyna@lesna5.example',
      locale: 'pl',
      password: 'Zarzad-2026!',
      staffRole: 'manager',
    },
    // the other owners, none with portal access yet; units 5 and 3 are co-owned
    {
      name: 'Zofia Kamińska',
      email: 'zofia.kaminska@lesna5.example',
      locale: 'pl',
      links: [{ unit: '1', role: 'owner', share: '1' }],
    },
    {
      name: 'Piotr Lewandowski',
      email: 'piotr.lewandowski@lesna5.example',
      locale: 'pl',
      links: [{ unit: '2', role: 'owner', share: '1' }],
    },
    {
      name: 'Ewa Dąbrowska',
      email: 'ewa.dabrowska@lesna5.example',
      locale: 'pl',
      links: [{ unit: '3', role: 'owner', share: '0.5' }],
    },
    {
      name: 'Tomasz Dąbrowski',
      email: 'tomasz.dabrowski@lesna5.example',
      locale: 'pl',
      links: [{ unit: '3', role: 'owner', share: '0.5' }],
    },
    {
      name: 'Henryk Mazur',
      email: 'henryk.mazur@lesna5.example',
      locale: 'pl',
      links: [{ unit: '4', role: 'owner', share: '1' }],
    },
    {
      name: 'Maria Wójcik',
      email: 'maria.wojcik@lesna5.example',
      locale: 'pl',
      links: [{ unit: '5', role: 'owner', share: '0.66666667' }],
    },
    {
      name: 'Adam Wójcik',
      email: 'adam.wojcik@lesna5.example',
      locale: 'pl',
      links: [{ unit: '5', role: 'owner', share: '0.33333333' }],
    },
    {
      name: 'Krzysztof Zając',
      email: 'krzysztof.zajac@lesna5.example',
      locale: 'pl',
      links: [{ unit: '6', role: 'owner', share: '1' }],
    },
    {
      name: 'Barbara Król',
      email: 'barbara.krol@lesna5.example',
      locale: 'pl',
      links: [{ unit: '7', role: 'owner', share: '1' }],
    },
    {
      name: 'Grzegorz Pawlak',
      email: 'grzegorz.pawlak@lesna5.example',
      locale: 'pl',
      links: [{ unit: '8', role: 'owner', share: '1' }],
    },
    {
      name: 'Agnieszka Szymańska',
      email: 'agnieszka.szymanska@lesna5.example',
      locale: 'pl',
      links: [{ unit: '9', role: 'owner', share: '1' }],
    },
    {
      name: 'Stanisław Kozłowski',
      email: 'stanislaw.kozlowski@lesna5.example',
      locale: 'pl',
      links: [{ unit: 'U1', role: 'owner', share: '1' }],
    },
  ],
};

export const demoTenants = [demoHotel, lesna5];
