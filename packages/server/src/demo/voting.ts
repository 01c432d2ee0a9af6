import type { Scopes, Sql } from '../db/scope.js';
import { pdfDocument } from '../reports/pdf-document.js';
import { recordVotes } from '../voting/cast.js';
import { insertMeeting } from '../voting/create.js';
import { attachDocument } from '../voting/documents/store.js';
import { freezeResults } from '../voting/freeze.js';
import type { MeetingInput, VoteChoice } from '../voting/types.js';
import { lesna5 } from './data.js';

type Agenda = Omit<MeetingInput, 'opensAt' | 'closesAt' | 'propertyId'>;

/** Who voted how on each resolution, in order, hours after the window opened. */
type Ballots = { owner: string; hours: number; choices: (VoteChoice | null)[] }[];

const owner = (name: string) => `${name}@lesna5.example`;

// Last month's meeting: the report passes on the votes cast; the new entry phones fail, as
// the owners for them hold less than half of all shares. Jan changes his mind once.
const closedAgenda: Agenda = {
  title: 'Zebranie właścicieli: sprawozdanie finansowe i domofony',
  description: 'Głosowanie nad sprawozdaniem za ubiegły rok i wymianą domofonów.',
  quorum: { numerator: 1, denominator: 2 },
  resolutions: [
    {
      title: 'Zatwierdzenie sprawozdania finansowego',
      text: 'Właściciele lokali zatwierdzają sprawozdanie finansowe Wspólnoty za ubiegły rok i udzielają zarządowi absolutorium.',
      majority: 'votes_cast',
    },
    {
      title: 'Wymiana domofonów na wideodomofony',
      text: 'Właściciele lokali wyrażają zgodę na wymianę instalacji domofonowej na wideodomofony za kwotę do 38 000 zł z funduszu remontowego.',
      majority: 'all_shares',
    },
  ],
};
const closedBallots: Ballots = [
  { owner: owner('henryk.mazur'), hours: 3, choices: ['for', 'for'] },
  { owner: owner('stanislaw.kozlowski'), hours: 9, choices: ['for', 'against'] },
  { owner: owner('zofia.kaminska'), hours: 26, choices: ['for', 'for'] },
  { owner: owner('grzegorz.pawlak'), hours: 30, choices: ['for', 'abstain'] },
  { owner: 'anna@lesna5.example', hours: 49, choices: ['for', 'for'] },
  { owner: 'jan@lesna5.example', hours: 50, choices: ['for', 'for'] },
  { owner: owner('maria.wojcik'), hours: 75, choices: ['for', 'for'] },
  { owner: owner('piotr.lewandowski'), hours: 98, choices: ['against', 'against'] },
  { owner: 'jan@lesna5.example', hours: 120, choices: [null, 'against'] },
];

// The meeting open now: Anna has not voted yet, so the portal offers her the buttons.
const openAgenda: Agenda = {
  title: 'Zebranie właścicieli: remont dachu i fundusz remontowy',
  description: 'Kosztorys remontu dachu jest załączony do uchwały nr 1.',
  quorum: { numerator: 1, denominator: 2 },
  resolutions: [
    {
      title: 'Remont dachu z funduszu remontowego',
      text: 'Właściciele lokali wyrażają zgodę na remont pokrycia dachu budynku za kwotę do 84 000 zł z funduszu remontowego, według załączonego kosztorysu.',
      majority: 'all_shares',
    },
    {
      title: 'Podwyższenie zaliczki na fundusz remontowy',
      text: 'Właściciele lokali ustalają zaliczkę na fundusz remontowy na 3,20 zł za metr kwadratowy powierzchni lokalu miesięcznie.',
      majority: 'qualified',
      qualifiedFraction: { numerator: 2, denominator: 3 },
    },
    {
      title: 'Stacja ładowania samochodów w garażu',
      text: 'Właściciele lokali wyrażają zgodę na montaż na koszt zainteresowanych dwóch punktów ładowania samochodów elektrycznych w garażu.',
      majority: 'votes_cast',
    },
  ],
};
const openBallots: Ballots = [
  { owner: owner('henryk.mazur'), hours: 2, choices: ['for', 'for', 'against'] },
  { owner: owner('zofia.kaminska'), hours: 5, choices: ['for', 'against', 'for'] },
  { owner: owner('piotr.lewandowski'), hours: 20, choices: ['against', 'against', 'abstain'] },
  { owner: owner('ewa.dabrowska'), hours: 27, choices: ['for', 'for', 'for'] },
  { owner: 'jan@lesna5.example', hours: 44, choices: ['for', null, null] },
];

/** A one-page roof repair estimate, as the board would attach it. */
function roofEstimate(): Promise<Buffer> {
  const doc = pdfDocument({
    locale: 'pl',
    margin: 56,
    title: 'Kosztorys remontu dachu',
    author: lesna5.name,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('bold').fontSize(16).text('Kosztorys remontu dachu').moveDown();
  doc.font('regular').fontSize(11).text(`${lesna5.name}, ${lesna5.property.address}`).moveDown();
  for (const [item, amount] of [
    ['Demontaż starego pokrycia (papa), 620 m²', '12 400 zł'],
    ['Nowe pokrycie z papy termozgrzewalnej, 620 m²', '46 500 zł'],
    ['Obróbki blacharskie i rynny', '17 800 zł'],
    ['Rusztowania i wywóz odpadów', '7 300 zł'],
    ['Razem', '84 000 zł'],
  ]) {
    doc.text(`${item}: ${amount}`);
  }
  doc.end();
  return done;
}

interface Ids {
  tenantId: string;
  propertyId: string;
  people: Map<string, string>;
}

function personOf(ids: Ids, email: string): string {
  const id = ids.people.get(email);
  if (!id) throw new Error(`no demo person ${email}`);
  return id;
}

/** The meeting's resolution ids in order; the roll of who owns which unit. */
async function agendaAndRoll(sql: Sql, tenantId: string, meetingId: string) {
  const resolutions = await sql.query<{ id: string }>(
    'SELECT id FROM resolutions WHERE tenant_id = $1 AND meeting_id = $2 ORDER BY number',
    [tenantId, meetingId],
  );
  const roll = await sql.query<{ person_id: string; unit_id: string }>(
    'SELECT person_id, unit_id FROM meeting_roll WHERE tenant_id = $1 AND meeting_id = $2',
    [tenantId, meetingId],
  );
  return { resolutionIds: resolutions.rows.map((r) => r.id), roll: roll.rows };
}

/** The ballots cast at their hours after `opensAt`, each owner for every unit they hold. */
async function castBallots(
  sql: Sql,
  ids: Ids,
  meeting: { meetingId: string; opensAt: Date; ballots: Ballots },
) {
  const { tenantId } = ids;
  const { meetingId } = meeting;
  const { resolutionIds, roll } = await agendaAndRoll(sql, tenantId, meetingId);
  for (const ballot of meeting.ballots) {
    // a demo database made before the other owners were added holds only its own people's votes
    const personId = ids.people.get(ballot.owner);
    if (!personId) continue;
    const unitIds = roll.filter((r) => r.person_id === personId).map((r) => r.unit_id);
    const votes = unitIds.flatMap((unitId) =>
      ballot.choices.flatMap((choice, i) => {
        const resolutionId = resolutionIds[i];
        return choice && resolutionId ? [{ resolutionId, unitId, choice }] : [];
      }),
    );
    const at = new Date(meeting.opensAt.getTime() + ballot.hours * 3600_000);
    await recordVotes(sql, { tenantId, meetingId, personId, votes, at });
  }
}

async function storeMeeting(
  sql: Sql,
  ids: Ids,
  meeting: { agenda: Agenda; opensAt: Date; closesAt: Date; createdBy: string },
): Promise<string> {
  const meetingId = await insertMeeting(sql, {
    tenantId: ids.tenantId,
    input: { ...meeting.agenda, propertyId: ids.propertyId },
    opensAt: meeting.opensAt,
    closesAt: meeting.closesAt,
    createdBy: personOf(ids, meeting.createdBy),
  });
  if (!meetingId) throw new Error('the demo property has no total area');
  return meetingId;
}

/** Last month's meeting, its votes cast and its results frozen as the job would have, a minute after the close. */
async function seedClosedMeeting(sql: Sql, ids: Ids, window: { opensAt: Date; closesAt: Date }) {
  const meetingId = await storeMeeting(sql, ids, {
    agenda: closedAgenda,
    ...window,
    createdBy: 'katarzyna@lesna5.example',
  });
  await castBallots(sql, ids, { meetingId, opensAt: window.opensAt, ballots: closedBallots });
  await freezeResults(sql, { tenantId: ids.tenantId, meetingId });
  await sql.query(
    `UPDATE meetings SET results_frozen_at = closes_at + interval '1 minute'
      WHERE tenant_id = $1 AND id = $2`,
    [ids.tenantId, meetingId],
  );
}

/**
 * The meeting open now, as the API would have it: stored scheduled (opening in an hour),
 * the roof estimate attached to resolution 1 while it is, then opened by moving opens_at
 * back to `opensAt`, the estimate dated a day before that, and the votes cast since.
 */
async function seedOpenMeeting(sql: Sql, ids: Ids, window: { opensAt: Date; closesAt: Date }) {
  const { tenantId } = ids;
  const meetingId = await storeMeeting(sql, ids, {
    agenda: openAgenda,
    opensAt: new Date(Date.now() + 3600_000),
    closesAt: window.closesAt,
    createdBy: 'anna@lesna5.example',
  });
  const { resolutionIds } = await agendaAndRoll(sql, tenantId, meetingId);
  const [roof] = resolutionIds;
  if (!roof) throw new Error('no roof resolution');
  const estimate = await attachDocument(sql, {
    tenantId,
    meetingId,
    resolutionId: roof,
    name: 'Kosztorys remontu dachu.pdf',
    bytes: await roofEstimate(),
    uploadedBy: personOf(ids, 'anna@lesna5.example'),
  });
  await sql.query('UPDATE meetings SET opens_at = $3 WHERE tenant_id = $1 AND id = $2', [
    tenantId,
    meetingId,
    window.opensAt,
  ]);
  await sql.query(
    `UPDATE meeting_documents SET uploaded_at = $3::timestamptz - interval '1 day'
      WHERE tenant_id = $1 AND id = $2`,
    [tenantId, estimate.id, window.opensAt],
  );
  await castBallots(sql, ids, { meetingId, opensAt: window.opensAt, ballots: openBallots });
}

/**
 * The Polish community's meetings: one closed last month with its results, seeded once, and
 * one open for votes, seeded again whenever none is open or scheduled, so a demo database
 * kept for weeks still has a meeting to vote in.
 */
export async function seedDemoVoting(db: Scopes, slug: string): Promise<void> {
  const tenant = await db.withSystem(async (sql) => {
    const { rows } = await sql.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [
      slug,
    ]);
    return rows[0];
  });
  if (!tenant) return;
  const tenantId = tenant.id;
  // As the application: the document's large object must belong to the role that reads it.
  await db.withTenant(tenantId, async (sql) => {
    await sql.query("SELECT pg_advisory_xact_lock(hashtext('atrium.demo.voting'))");
    const property = await sql.query<{ id: string; meetings: number; current: number }>(
      `SELECT p.id, count(m.id)::int AS meetings,
              (count(m.id) FILTER (WHERE m.closes_at > clock_timestamp()))::int AS current
         FROM properties p
         LEFT JOIN meetings m ON m.tenant_id = p.tenant_id AND m.property_id = p.id
        WHERE p.tenant_id = $1 AND p.name = $2
        GROUP BY p.id`,
      [tenantId, lesna5.property.name],
    );
    const found = property.rows[0];
    if (!found) throw new Error(`no demo property in ${slug}`);
    if (found.meetings && found.current) return;
    const people = await sql.query<{ id: string; email: string }>(
      'SELECT id, email FROM people WHERE tenant_id = $1',
      [tenantId],
    );
    const ids: Ids = {
      tenantId,
      propertyId: found.id,
      people: new Map(people.rows.map((p) => [p.email, p.id])),
    };
    // Wall-clock times of the community: last month from the 3rd 08:00 to the 17th 20:00;
    // the open one opened three days ago at 08:00 and closes in ten days at 20:00.
    const { rows } = await sql.query<
      Record<'closedOpens' | 'closedCloses' | 'opens' | 'closes', Date>
    >(
      `SELECT (m + interval '2 days 8 hours') AT TIME ZONE tz AS "closedOpens",
              (m + interval '16 days 20 hours') AT TIME ZONE tz AS "closedCloses",
              (d - 3 + time '08:00') AT TIME ZONE tz AS opens,
              (d + 10 + time '20:00') AT TIME ZONE tz AS closes
         FROM (SELECT time_zone AS tz, (now() AT TIME ZONE time_zone)::date AS d,
                      date_trunc('month', now() AT TIME ZONE time_zone) - interval '1 month' AS m
                 FROM tenants WHERE id = $1) local`,
      [tenantId],
    );
    const when = rows[0];
    if (!when) throw new Error(`no tenant ${slug}`);
    if (!found.meetings) {
      await seedClosedMeeting(sql, ids, { opensAt: when.closedOpens, closesAt: when.closedCloses });
    }
    if (!found.current) {
      await seedOpenMeeting(sql, ids, { opensAt: when.opens, closesAt: when.closes });
    }
  });
}
