import type { Scopes } from '../db/scope.js';
import type { EntryKind, EntryTitle } from '../payments/types.js';
import { localToday } from '../stats/local-time.js';
import { tenantToSeed } from './once.js';

/** A monthly charge: a rate per m² of the unit or a fixed sum, in minor units. */
interface DemoCharge {
  title: Exclude<EntryTitle, 'payment' | 'late_interest'>;
  perSquareMetre?: number;
  fixed?: number;
}

interface DemoAccounts {
  charges: DemoCharge[];
  /** A utilities settlement five months ago, per m² (positive: a refund). */
  settlement: { title: DemoCharge['title']; perSquareMetre: number; description: string };
  /** Yearly late-payment interest on the missed month, charged for one month. */
  interestRate: number;
  interestDescription: string;
}

// Rates of a Polish housing community (PLN) and of a St Petersburg aparthotel (RUB).
const plans: Record<string, DemoAccounts> = {
  'lesna-5': {
    charges: [
      { title: 'maintenance', perSquareMetre: 320 },
      { title: 'repair_fund', perSquareMetre: 200 },
      { title: 'heating', perSquareMetre: 290 },
      { title: 'water', fixed: 8540 },
      { title: 'waste', fixed: 7400 },
    ],
    settlement: {
      title: 'heating',
      perSquareMetre: 180,
      description: 'Rozliczenie kosztów ogrzewania za sezon grzewczy — nadpłata',
    },
    interestRate: 0.1125,
    interestDescription: 'Odsetki ustawowe za opóźnienie w płatności',
  },
  'demo-hotel': {
    charges: [
      { title: 'maintenance', perSquareMetre: 3850 },
      { title: 'heating', perSquareMetre: 4520 },
      { title: 'water', fixed: 125000 },
      { title: 'electricity', fixed: 210000 },
    ],
    settlement: {
      title: 'water',
      perSquareMetre: -1200,
      description: 'Перерасчёт за водоснабжение по показаниям общедомового счётчика',
    },
    interestRate: 0.2555,
    interestDescription: 'Пени за просрочку оплаты',
  },
};

interface Entry {
  account_id: string;
  kind: EntryKind;
  title: EntryTitle;
  month: string;
  amount: number;
  description: string | null;
  booked_at: string;
}

/** The twelve months (YYYY-MM) up to and including `last`, oldest first. */
function yearTo(last: string): string[] {
  const [year = 0, month = 1] = last.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 12 + i, 1));
    return d.toISOString().slice(0, 7);
  });
}

/**
 * A year of monthly charges, payments and a utilities settlement on every demo account: each
 * month but the current one is paid in full on the 12th, except one four months ago, which
 * earns late interest the month after; so every balance is owed. Skipped once seeded.
 */
export async function seedDemoAccounts(db: Scopes, slug: string): Promise<void> {
  const plan = plans[slug];
  if (!plan) return;
  await db.withSystem(async (sql) => {
    const tenantId = await tenantToSeed(sql, slug, 'account_entries');
    if (!tenantId) return;
    const accounts = await sql.query<{ id: string; area: string }>(
      `SELECT a.id, u.area::text AS area FROM accounts a
         JOIN units u ON u.tenant_id = a.tenant_id AND u.id = a.unit_id
        WHERE a.tenant_id = $1`,
      [tenantId],
    );
    const months = yearTo((await localToday(sql, tenantId)).slice(0, 7));
    const missed = months.at(-5);
    const settled = months.at(-6);
    const latest = Date.now() - 60_000;
    // never in the future, so a seed on the 1st at dawn still reads as booked
    const at = (month: string, day: string, time: string) =>
      new Date(Math.min(Date.parse(`${month}-${day}T${time}Z`), latest)).toISOString();
    const entries: Entry[] = [];
    for (const account of accounts.rows) {
      const area = Number(account.area);
      const add = (e: Omit<Entry, 'account_id' | 'description'> & { description?: string }) =>
        entries.push({ account_id: account.id, description: null, ...e });
      let owed = 0;
      for (const month of months) {
        let due = 0;
        for (const c of plan.charges) {
          const amount = -(c.fixed ?? Math.round(area * (c.perSquareMetre ?? 0)));
          add({
            kind: 'charge',
            title: c.title,
            month,
            amount,
            booked_at: at(month, '01', '05:00:00'),
          });
          due -= amount;
        }
        if (owed) {
          const interest = Math.round((owed * plan.interestRate * 31) / 365);
          add({
            kind: 'charge',
            title: 'late_interest',
            month,
            amount: -interest,
            description: plan.interestDescription,
            booked_at: at(month, '01', '05:30:00'),
          });
          owed = 0;
        }
        if (month === settled) {
          add({
            kind: 'settlement',
            title: plan.settlement.title,
            month,
            amount: Math.round(area * plan.settlement.perSquareMetre),
            description: plan.settlement.description,
            booked_at: at(month, '20', '08:00:00'),
          });
        }
        if (month === missed) owed = due;
        else if (month !== months.at(-1)) {
          add({
            kind: 'payment',
            title: 'payment',
            month,
            amount: due,
            booked_at: at(month, '12', '09:15:00'),
          });
        }
      }
    }
    await sql.query(
      `INSERT INTO account_entries (tenant_id, account_id, kind, title, month, amount, description,
                                    booked_at)
       SELECT $1, e.account_id, e.kind, e.title, (e.month || '-01')::date, e.amount, e.description,
              e.booked_at
         FROM json_to_recordset($2::json) AS e(account_id uuid, kind text, title text, month text,
              amount bigint, description text, booked_at timestamptz)`,
      [tenantId, JSON.stringify(entries)],
    );
  });
}
