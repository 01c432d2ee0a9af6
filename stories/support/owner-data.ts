// What the pretend server answers an owner: two units, a year of figures, statements.
import type { Me, MonthStats, OwnerStats, Report, ReportPage, StatsFigures } from '@atrium/sdk';

const units = [
  { id: '0f8e2d4c-1a2b-4c3d-8e9f-101010101010', number: '101', area: '32.50' },
  { id: '0f8e2d4c-1a2b-4c3d-8e9f-204204204204', number: '204', area: '45.80' },
];
const property = { id: '63000b01-0017-43d8-97d2-3d9add7aabff', name: 'Apartamenty Leśna' };

/** An owner of `count` units (one or two). */
export function ownerMe(count: 1 | 2): Me {
  return {
    id: '5d1f3b7a-9c2e-4a6b-8d0f-1e2f3a4b5c6d',
    name: 'Anna Nowak',
    email: 'anna.nowak@example.pl',
    locale: 'pl',
    roles: ['owner'],
    units: units.slice(0, count).map((unit) => ({
      ...unit,
      property: { ...property, address: 'ul. Leśna 5, Kraków' },
      roles: ['owner'],
      ownershipShare: '1',
    })),
  };
}

const months = Array.from({ length: 12 }, (_, i) => {
  const index = 10 + i; // November 2025 … October 2026
  return `${2025 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
});

function figures(month: string, scale: number): StatsFigures {
  const m = Number(month.slice(5));
  const nightsAvailable = 30 * scale;
  const nightsSold = Math.round(nightsAvailable * (0.55 + 0.3 * Math.sin(m / 2) ** 2));
  const adr = 38000 + m * 1500;
  const accommodationRevenue = nightsSold * adr;
  return {
    nightsAvailable,
    nightsSold,
    occupancy: (nightsSold / nightsAvailable).toFixed(4),
    adr,
    revpar: Math.round(accommodationRevenue / nightsAvailable),
    accommodationRevenue,
    extrasRevenue: (m % 4) * 12000 * scale,
    penaltyRevenue: m % 5 === 0 ? 38000 : 0,
  };
}

function sum(list: StatsFigures[]): StatsFigures {
  const total = (key: keyof StatsFigures) => list.reduce((s, f) => s + Number(f[key]), 0);
  const nightsAvailable = total('nightsAvailable');
  const nightsSold = total('nightsSold');
  const accommodationRevenue = total('accommodationRevenue');
  return {
    nightsAvailable,
    nightsSold,
    occupancy: (nightsSold / nightsAvailable).toFixed(4),
    adr: Math.round(accommodationRevenue / nightsSold),
    revpar: Math.round(accommodationRevenue / nightsAvailable),
    accommodationRevenue,
    extrasRevenue: total('extrasRevenue'),
    penaltyRevenue: total('penaltyRevenue'),
  };
}

/** The statistics for a query: one unit or both summed, within `from`–`to`. */
export function ownerStats(query: URLSearchParams, empty: boolean): OwnerStats {
  const unitId = query.get('unitId');
  const from = query.get('from') ?? months[0];
  const to = query.get('to') ?? months.at(-1);
  const shown: MonthStats[] = empty
    ? []
    : months
        .filter((month) => (!from || month >= from) && (!to || month <= to))
        .map((month) => ({ month, figures: figures(month, unitId ? 1 : 2) }));
  return {
    currency: 'PLN',
    unitId,
    units: unitId ? 1 : 2,
    months: shown,
    totals: sum(shown.length ? shown.map((m) => m.figures) : [figures('2026-01', 0)]),
    lastCompletedMonth: empty ? null : (months.at(-1) ?? null),
  };
}

const statement = (unit: (typeof units)[number], month: string): Report => ({
  id: `statement-${unit.id}-${month}`,
  kind: 'statement',
  unitId: unit.id,
  unitNumber: unit.number,
  month,
  files: (['pdf', 'xlsx'] as const).map((format) => ({
    format,
    contentType:
      format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    size: null,
    href: `/reports/statements/${unit.id}/${month}?format=${format}`,
  })),
  createdAt: null,
});

/** Every statement, newest first, in pages of `limit` (the cursor is the offset). */
export function reportPage(query: URLSearchParams, empty: boolean): ReportPage {
  const unitId = query.get('unitId');
  const all = empty
    ? []
    : [...months]
        .reverse()
        .flatMap((month) =>
          units.filter((u) => !unitId || u.id === unitId).map((u) => statement(u, month)),
        );
  const offset = Number(query.get('cursor') ?? 0);
  const limit = Number(query.get('limit') ?? 20);
  const items = all.slice(offset, offset + limit);
  return { items, nextCursor: offset + limit < all.length ? String(offset + limit) : null };
}

/** A small but real PDF, as a statement download would bring. */
export const pdfBytes = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
