import type { Scopes, Sql } from '../db/scope.js';
import { attachDrafts, saveDraft } from '../tickets/photos/store.js';
import type { Ticket, TicketEvent, TicketStatus } from '../tickets/types.js';
import { insertTicket, nextTicketNumber, recordEvent, setStatus } from '../tickets/write.js';
import { tinyPng } from './tiny-png.js';

interface DemoEvent {
  hoursAgo: number;
  by: 'reporter' | 'staff';
  kind: Exclude<TicketEvent['kind'], 'created'>;
  /** The status a status change or a reopening leads to. */
  to?: TicketStatus;
  comment?: string;
  internal?: boolean;
}

interface DemoTicket {
  unit: string;
  place: Ticket['place'];
  location?: string;
  category: Ticket['category'];
  description: string;
  contactTime: Ticket['contactTime'];
  hoursAgo: number;
  photo?: string;
  events: DemoEvent[];
}

interface DemoTickets {
  reporter: string;
  staff: string;
  tickets: DemoTicket[];
}

const days = (n: number) => n * 24;

// lesna-5: Anna's flat 12 and the staircase, handled by Katarzyna; demo-hotel: Irina's
// apartments handled by Пётр. Oldest first, so the numbers follow the dates.
const demo: Record<string, DemoTickets> = {
  'lesna-5': {
    reporter: 'anna@lesna5.example',
    staff: 'katarzyna@lesna5.example',
    tickets: [
      {
        unit: '12',
        place: 'unit',
        category: 'plumbing',
        description:
          'Cieknie kran w kuchni, nawet po mocnym zakręceniu kapie co kilka sekund. Pod zlewem zbiera się woda.',
        contactTime: 'afternoon',
        hoursAgo: days(40),
        events: [
          { hoursAgo: days(39), by: 'staff', kind: 'status_changed', to: 'accepted' },
          {
            hoursAgo: days(38),
            by: 'staff',
            kind: 'status_changed',
            to: 'in_progress',
            comment: 'Hydraulik przyjdzie w czwartek między 14 a 17.',
          },
          {
            hoursAgo: days(36),
            by: 'staff',
            kind: 'status_changed',
            to: 'resolved',
            comment: 'Wymieniono uszczelkę i głowicę baterii.',
          },
          {
            hoursAgo: days(35),
            by: 'reporter',
            kind: 'comment',
            comment: 'Dziękuję, już nie kapie.',
          },
          { hoursAgo: days(20), by: 'staff', kind: 'status_changed', to: 'closed' },
        ],
      },
      {
        unit: '12',
        place: 'unit',
        category: 'electrical',
        description:
          'Gniazdko w przedpokoju przy drzwiach nie działa, a przy włączaniu odkurzacza iskrzy.',
        contactTime: 'evening',
        hoursAgo: days(9),
        events: [
          { hoursAgo: days(8), by: 'staff', kind: 'status_changed', to: 'accepted' },
          {
            hoursAgo: days(6),
            by: 'staff',
            kind: 'status_changed',
            to: 'in_progress',
            comment: 'Elektryk obejrzy gniazdko w środę wieczorem.',
          },
          {
            hoursAgo: days(3),
            by: 'staff',
            kind: 'status_changed',
            to: 'resolved',
            comment: 'Wymieniono gniazdko i przewód zasilający; instalacja sprawdzona.',
          },
        ],
      },
      {
        unit: '12',
        place: 'unit',
        category: 'heating',
        description:
          'Kaloryfer w sypialni jest zimny u góry, choć zawór jest odkręcony do końca. W pozostałych pokojach grzeje.',
        contactTime: 'morning',
        hoursAgo: days(4),
        photo: 'kaloryfer.png',
        events: [
          {
            hoursAgo: days(3) + 20,
            by: 'staff',
            kind: 'status_changed',
            to: 'accepted',
            comment: 'Dziękujemy za zgłoszenie, sprawdzimy pion w budynku.',
          },
          {
            hoursAgo: days(3) + 18,
            by: 'staff',
            kind: 'comment',
            comment: 'Pion B był zapowietrzony już w zeszłym roku — zlecić firmie Termo-Serwis.',
            internal: true,
          },
          {
            hoursAgo: days(2),
            by: 'staff',
            kind: 'status_changed',
            to: 'in_progress',
            comment: 'Serwisant odpowietrzy instalację w piątek między 9 a 12.',
          },
        ],
      },
      {
        unit: '12',
        place: 'common_area',
        location: 'Klatka A, winda',
        category: 'lift',
        description:
          'Winda zatrzymuje się między 2. a 3. piętrem i drzwi otwierają się dopiero po kilku próbach.',
        contactTime: 'any_time',
        hoursAgo: 3,
        events: [],
      },
    ],
  },
  'demo-hotel': {
    reporter: 'irina@nevsky-apart.example',
    staff: 'petr@nevsky-apart.example',
    tickets: [
      {
        unit: '101',
        place: 'unit',
        category: 'plumbing',
        description:
          'В ванной подтекает смеситель, под раковиной к утру собирается лужа. Гости жалуются.',
        contactTime: 'morning',
        hoursAgo: days(2),
        events: [
          { hoursAgo: days(2) - 2, by: 'staff', kind: 'status_changed', to: 'accepted' },
          {
            hoursAgo: days(1),
            by: 'staff',
            kind: 'status_changed',
            to: 'in_progress',
            comment: 'Сантехник придёт завтра с 10 до 13, гостей предупредим.',
          },
        ],
      },
      {
        unit: '204',
        place: 'unit',
        category: 'ventilation',
        description:
          'В спальне не работает кондиционер: пульт реагирует, но воздух не охлаждается.',
        contactTime: 'afternoon',
        hoursAgo: days(5),
        events: [
          { hoursAgo: days(5) - 3, by: 'staff', kind: 'status_changed', to: 'accepted' },
          {
            hoursAgo: days(4),
            by: 'staff',
            kind: 'status_changed',
            to: 'waiting_for_resident',
            comment:
              'Мастер может прийти в четверг или пятницу после 14:00. Когда удобнее открыть апартаменты?',
          },
        ],
      },
    ],
  },
};

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

/** Writes one demo ticket and replays its timeline as it would have happened, hours ago. */
async function insertDemoTicket(
  sql: Sql,
  ids: { tenantId: string; reporterId: string; staffId: string; unitId: string },
  t: DemoTicket,
): Promise<string> {
  const { tenantId, reporterId } = ids;
  const reported = hoursAgo(t.hoursAgo);
  const ticketId = await insertTicket(sql, {
    tenantId,
    number: await nextTicketNumber(sql, tenantId),
    unitId: ids.unitId,
    place: t.place,
    location: t.location ?? null,
    category: t.category,
    description: t.description,
    contactTime: t.contactTime,
    reporterId,
    at: reported,
  });
  await recordEvent(sql, tenantId, ticketId, {
    kind: 'created',
    authorId: reporterId,
    toStatus: 'new',
    at: reported,
  });
  let status: TicketStatus = 'new';
  for (const e of t.events) {
    const at = hoursAgo(e.hoursAgo);
    const event = {
      kind: e.kind,
      authorId: e.by === 'staff' ? ids.staffId : reporterId,
      comment: e.comment,
      internal: e.internal,
      at,
    };
    if (!e.to) {
      await recordEvent(sql, tenantId, ticketId, event);
      continue;
    }
    await setStatus(sql, tenantId, ticketId, e.to, at);
    await recordEvent(sql, tenantId, ticketId, { ...event, fromStatus: status, toStatus: e.to });
    status = e.to;
  }
  return ticketId;
}

/** A few-pixel picture of a radiator with a cold top, as a resident would snap it. */
const radiatorPhoto = () =>
  tinyPng(16, 12, (x, y) =>
    x % 4 === 1 && y > 1 && y < 10 ? [235, 235, 235] : [200 - y * 4, 120, 80],
  );

/** The demo tenants' fault tickets in several statuses (TKT-1); only once per tenant. */
export async function seedDemoTickets(db: Scopes, slug: string): Promise<void> {
  const plan = demo[slug];
  if (!plan) return;
  const ids = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<{ tenant_id: string; reporter_id: string; staff_id: string }>(
      `SELECT t.id AS tenant_id, r.id AS reporter_id, s.id AS staff_id
         FROM tenants t
         JOIN people r ON r.tenant_id = t.id AND r.email = $2
         JOIN people s ON s.tenant_id = t.id AND s.email = $3
        WHERE t.slug = $1`,
      [slug, plan.reporter, plan.staff],
    );
    return rows[0];
  });
  if (!ids) return;
  const tenantId = ids.tenant_id;
  // As the application: the photos' large objects must belong to the role that reads them.
  await db.withTenant(tenantId, async (sql) => {
    await sql.query("SELECT pg_advisory_xact_lock(hashtext('atrium.demo.tickets'))");
    const seeded = await sql.query('SELECT 1 FROM tickets WHERE tenant_id = $1 LIMIT 1', [
      tenantId,
    ]);
    if (seeded.rowCount) return;
    const units = await sql.query<{ id: string; number: string }>(
      'SELECT id, number FROM units WHERE tenant_id = $1',
      [tenantId],
    );
    for (const t of plan.tickets) {
      const unitId = units.rows.find((u) => u.number === t.unit)?.id;
      if (!unitId) throw new Error(`no demo unit ${t.unit} in ${slug}`);
      const ticketId = await insertDemoTicket(
        sql,
        { tenantId, reporterId: ids.reporter_id, staffId: ids.staff_id, unitId },
        t,
      );
      if (t.photo) {
        const png = radiatorPhoto();
        const draft = await saveDraft(sql, {
          tenantId,
          uploadedBy: ids.reporter_id,
          contentType: 'image/png',
          fileName: t.photo,
          file: { chunks: [png], size: png.length },
        });
        await attachDrafts(sql, { tenantId, ticketId, photoIds: [draft.id] });
      }
    }
  });
}
