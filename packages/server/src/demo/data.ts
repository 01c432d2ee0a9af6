import type { Locale, PasswordPolicy, Role } from '@atrium/sdk';

/** One demo tenant: its branding, one property with units, and its people. */
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
  property: { name: string; type: string; legalEntity: string; address: string; totalArea: string };
  units: { number: string; area: string; account: string }[];
  people: {
    name: string;
    email: string;
    locale: Locale;
    password: string;
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
  },
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
  },
  units: [{ number: '12', area: '54.30', account: 'LES5-012' }],
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
  ],
};

export const demoTenants = [demoHotel, lesna5];
