// What the pretend server answers about accounts and payments: Anna's flat 12 and garage G3
// in Leśna 5 (PLN, paid online), or Irina's apartment 101 in Невский Апарт (RUB, online and
// two loyalty programs). A year of monthly charges, each month paid on the 12th but one, which
// earned late interest; the current month not paid yet, so money is owed.
import type {
  Account,
  AccountEntry,
  EntryTitle,
  Me,
  Payment,
  PaymentType,
  PointsQuote,
} from '@atrium/sdk';

export type StoryTenant = 'lesna' | 'nevsky';

interface Plan {
  currency: string;
  property: string;
  /** Unit number, area (m²), account number. */
  units: [string, number, string][];
  charges: { title: EntryTitle; perSquareMetre?: number; fixed?: number }[];
  interest: string;
  types: PaymentType[];
}

const typeIds = {
  online: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c40',
  roubles: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c41',
  points: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c42',
};

const plans: Record<StoryTenant, Plan> = {
  lesna: {
    currency: 'PLN',
    property: 'Wspólnota Mieszkaniowa Leśna 5',
    units: [
      ['12', 54.3, 'LES5-012'],
      ['G3', 16.2, 'LES5-G03'],
    ],
    charges: [
      { title: 'maintenance', perSquareMetre: 320 },
      { title: 'repair_fund', perSquareMetre: 200 },
      { title: 'heating', perSquareMetre: 290 },
      { title: 'water', fixed: 8540 },
      { title: 'waste', fixed: 7400 },
    ],
    interest: 'Odsetki ustawowe za opóźnienie w płatności',
    types: [
      {
        id: typeIds.online,
        name: 'Płatność online',
        kind: 'money',
        loyaltyProgram: null,
        loyaltyCurrency: null,
        maxPercent: 0,
        pointValue: null,
        enabled: true,
      },
    ],
  },
  nevsky: {
    currency: 'RUB',
    property: 'Апарт-отель «Невский»',
    units: [
      ['101', 32.5, '7800101'],
      ['204', 45.8, '7800204'],
    ],
    charges: [
      { title: 'maintenance', perSquareMetre: 3850 },
      { title: 'heating', perSquareMetre: 4520 },
      { title: 'water', fixed: 125000 },
      { title: 'electricity', fixed: 210000 },
    ],
    interest: 'Пени за просрочку оплаты',
    types: [
      {
        id: typeIds.online,
        name: 'Банковская карта онлайн',
        kind: 'money',
        loyaltyProgram: null,
        loyaltyCurrency: null,
        maxPercent: 0,
        pointValue: null,
        enabled: true,
      },
      {
        id: typeIds.points,
        name: 'Бонусные баллы «Невский»',
        kind: 'points',
        loyaltyProgram: 'nevsky-points',
        loyaltyCurrency: 'points',
        maxPercent: 10,
        pointValue: 50,
        enabled: true,
      },
      {
        id: typeIds.roubles,
        name: 'Бонусные рубли «Невский»',
        kind: 'points',
        loyaltyProgram: 'nevsky-rub',
        loyaltyCurrency: 'RUB',
        maxPercent: 30,
        pointValue: 100,
        enabled: true,
      },
    ],
  },
};

/** The month `back` months before this one (`YYYY-MM`). */
function monthBack(back: number): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - back, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

const accountId = (unit: number) => `5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8${unit}`;
const unitId = (unit: number) => `9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5${unit}`;

let entryCount = 0;
const entryId = () => `0b1c2d3e-4f5a-4b6c-8d7e-${String(++entryCount).padStart(12, '0')}`;

/** A year of entries of one unit, newest first; the month before last is missed when `owing`. */
function yearOf(plan: Plan, area: number, owing: boolean): AccountEntry[] {
  const entries: AccountEntry[] = [];
  const add = (
    entry: Omit<AccountEntry, 'id' | 'description' | 'method'> & Partial<AccountEntry>,
  ) => entries.push({ id: entryId(), description: null, method: null, ...entry });
  let owed = 0;
  for (let back = 11; back >= 0; back--) {
    const month = monthBack(back);
    let due = 0;
    for (const charge of plan.charges) {
      const amount = charge.fixed ?? Math.round(area * (charge.perSquareMetre ?? 0));
      add({
        kind: 'charge',
        title: charge.title,
        month,
        amount: -amount,
        bookedAt: `${month}-01T05:00:00Z`,
      });
      due += amount;
    }
    if (owed) {
      const interest = Math.round((owed * 0.1125 * 31) / 365);
      add({
        kind: 'charge',
        title: 'late_interest',
        month,
        amount: -interest,
        description: plan.interest,
        bookedAt: `${month}-01T05:30:00Z`,
      });
      owed = 0;
    }
    if (owing && back === 4) owed = due;
    else if (back > 0 || !owing) {
      const method = back % 3 === 0 ? 'online' : 'transfer';
      add({
        kind: 'payment',
        title: 'payment',
        month,
        amount: due,
        method,
        bookedAt: `${month}-12T09:15:00Z`,
      });
    }
  }
  return entries.reverse();
}

/** What the pretend server knows and changes as the reader pays. */
export interface PaymentsState {
  tenant: StoryTenant;
  accounts: Account[];
  entries: Map<string, AccountEntry[]>;
  payments: Map<string, Payment>;
}

/** A new state; with `settled`, the first account owes nothing (its last month paid too). */
export function paymentsState(tenant: StoryTenant, settled = false): PaymentsState {
  const plan = plans[tenant];
  const entries = new Map<string, AccountEntry[]>();
  const accounts = plan.units.map(([number, area, accountNumber], i): Account => {
    const id = accountId(i);
    const year = yearOf(plan, area, !(settled && i === 0));
    entries.set(id, year);
    return {
      id,
      number: accountNumber,
      unitId: unitId(i),
      unitNumber: number,
      propertyName: plan.property,
      currency: plan.currency,
      balance: year.reduce((sum, entry) => sum + entry.amount, 0),
    };
  });
  return { tenant, accounts, entries, payments: new Map() };
}

export const paymentTypes = (tenant: StoryTenant): PaymentType[] => plans[tenant].types;

/** The reader: Anna (Leśna 5) or Irina (Невский Апарт), an owner of both units, or a manager. */
/** A story's person always has an e-mail: they sign in with it. */
export function paymentsMe(
  state: PaymentsState,
  person: 'owner' | 'staff',
): Me & { email: string } {
  const lesna = state.tenant === 'lesna';
  const base = lesna
    ? { name: 'Anna Nowak', email: 'anna.nowak@example.pl', locale: 'pl' as const }
    : { name: 'Ирина Соколова', email: 'irina@nevsky-apart.example', locale: 'ru' as const };
  if (person === 'staff') {
    return { id: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b', ...base, roles: ['manager'], units: [] };
  }
  return {
    id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
    ...base,
    roles: ['owner'],
    units: state.accounts.map((account) => ({
      id: account.unitId,
      number: account.unitNumber,
      area: '50.00',
      property: {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        name: account.propertyName,
        address: '',
      },
      roles: ['owner' as const],
      ownershipShare: '1',
    })),
  };
}

/** Books a payment on its account as the server does: an entry, and the balance moves. */
export function book(state: PaymentsState, payment: Payment): void {
  const account = state.accounts.find((candidate) => candidate.id === payment.accountId);
  if (!account) return;
  account.balance += payment.amount;
  const now = new Date();
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  state.entries.get(account.id)?.unshift({
    id: entryId(),
    kind: 'payment',
    title: 'payment',
    month,
    amount: payment.amount,
    description: null,
    method: payment.method,
    bookedAt: now.toISOString(),
  });
}

/** A payment as the server answers it. */
export function paymentOf(
  account: Account,
  type: PaymentType,
  amount: number,
  status: Payment['status'],
  points: number | null = null,
): Payment {
  const id = `3c4d5e6f-7a8b-4c9d-8e0f-${String(++entryCount).padStart(12, '0')}`;
  const now = new Date().toISOString();
  return {
    id,
    accountId: account.id,
    paymentTypeId: type.id,
    method: type.kind === 'points' ? 'points' : 'online',
    amount,
    currency: account.currency,
    points,
    status,
    failure: status === 'failed' ? 'declined' : null,
    redirectUrl: status === 'pending' ? `https://pay.sandbox.invalid/pay/${id}` : null,
    createdAt: now,
    completedAt: status === 'pending' ? null : now,
  };
}

/** The demo cards' quote: the card's balance, at most the type's share of the debt. */
export function quoteOf(
  account: Account,
  type: PaymentType,
  card: string,
  cardBalance: number,
): PointsQuote {
  const debt = Math.max(0, -account.balance);
  const pointValue = type.pointValue ?? 1;
  const cap = Math.floor((debt * type.maxPercent) / 100 / pointValue);
  return {
    paymentTypeId: type.id,
    card: `•••• ${card.slice(-4)}`,
    cardBalance,
    debt,
    maxPercent: type.maxPercent,
    pointValue,
    available: Math.min(cardBalance, cap),
  };
}
