import type { Sql } from '../db/scope.js';
import { fieldProblem, invalidInput, type FieldIssue } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';
import { requireMayCreate } from './access.js';
import { insertRoll, rollIssues } from './roll.js';
import type { Fraction, MeetingInput } from './types.js';
import { isRealLocalTime, windowOf, type Window } from './window.js';

const overOne = (f: Fraction) => f.numerator > f.denominator;

/** The rules of the input alone: fractions at most one, a qualified majority's fraction. */
function agendaIssues(input: MeetingInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (overOne(input.quorum)) issues.push({ field: 'quorum', code: 'fraction_over_one' });
  input.resolutions.forEach((r, i) => {
    const field = `resolutions.${i}.qualifiedFraction`;
    if (r.majority === 'qualified' && !r.qualifiedFraction)
      issues.push({ field, code: 'required' });
    else if (r.majority !== 'qualified' && r.qualifiedFraction)
      issues.push({ field, code: 'invalid_value' });
    else if (r.qualifiedFraction && overOne(r.qualifiedFraction))
      issues.push({ field, code: 'fraction_over_one' });
  });
  return issues;
}

const windowIssues = (w: Window): FieldIssue[] => [
  ...(w.reversed ? [{ field: 'closesAt', code: 'window_order' } as const] : []),
  ...(w.over ? [{ field: 'closesAt', code: 'window_over' } as const] : []),
];

const totalAreaMissing: FieldIssue = { field: 'propertyId', code: 'total_area_missing' };

/**
 * Opens an owners' meeting (VOTE-1, VOTE-2), its window read in the tenant's time zone.
 * Every rule broken is named at once (422 meeting_rejected), DIR-1 first of all. The roll
 * is checked as stored, so owners changed meanwhile cannot slip past the check; a refusal
 * rolls the meeting back with the transaction.
 */
export async function openMeeting(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; input: MeetingInput },
): Promise<string> {
  const { tenantId, input } = q;
  await requireMayCreate(sql, { tenantId, propertyId: input.propertyId, viewer: q.viewer });
  const unreal = (['opensAt', 'closesAt'] as const).filter((f) => !isRealLocalTime(input[f]));
  if (unreal.length) throw invalidInput(unreal.map((field) => ({ field, code: 'invalid_value' })));

  const window = await windowOf(sql, {
    tenantId,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
  });
  const ruled = [...windowIssues(window), ...agendaIssues(input)];
  // stored only when the rules of the input allow it (the tables' CHECKs hold them too)
  const meetingId = ruled.length
    ? null
    : await insertMeeting(sql, {
        tenantId,
        input,
        opensAt: window.opensAt,
        closesAt: window.closesAt,
        createdBy: q.viewer.personId,
      });
  const roll = meetingId ? { meetingId } : { propertyId: input.propertyId };
  const issues = [...(await rollIssues(sql, { tenantId, ...roll })), ...ruled];
  if (issues.length) throw fieldProblem(422, 'meeting_rejected', issues);
  // not stored and nothing found wrong: the total area was set just after the insert missed it
  if (!meetingId) throw fieldProblem(422, 'meeting_rejected', [totalAreaMissing]);
  return meetingId;
}

/**
 * Stores a meeting with its agenda numbered in order, the property's total area copied and
 * the roll of its owners fixed; null (nothing stored) when the property has no total area.
 * The caller checks the rules; the demo writes past meetings with it.
 */
export async function insertMeeting(
  sql: Sql,
  q: {
    tenantId: string;
    input: Omit<MeetingInput, 'opensAt' | 'closesAt'>;
    opensAt: Date;
    closesAt: Date;
    createdBy: string;
  },
): Promise<string | null> {
  const { tenantId, input } = q;
  const inserted = await sql.query<{ id: string }>(
    `INSERT INTO meetings (tenant_id, property_id, title, description, opens_at, closes_at,
                           quorum_numerator, quorum_denominator, total_area, created_by)
     SELECT $1, id, $3, $4, $5, $6, $7, $8, total_area, $9
       FROM properties WHERE tenant_id = $1 AND id = $2 AND total_area IS NOT NULL
     RETURNING id`,
    [
      tenantId,
      input.propertyId,
      input.title,
      input.description ?? null,
      q.opensAt,
      q.closesAt,
      input.quorum.numerator,
      input.quorum.denominator,
      q.createdBy,
    ],
  );
  const meetingId = inserted.rows[0]?.id;
  if (!meetingId) return null;
  const { resolutions } = input;
  await sql.query(
    `INSERT INTO resolutions (tenant_id, meeting_id, number, title, text, majority,
                              qualified_numerator, qualified_denominator)
     SELECT $1, $2, r.number, r.title, r.text, r.majority, r.num, r.den
       FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::int[])
            WITH ORDINALITY AS r(title, text, majority, num, den, number)`,
    [
      tenantId,
      meetingId,
      resolutions.map((r) => r.title),
      resolutions.map((r) => r.text),
      resolutions.map((r) => r.majority),
      resolutions.map((r) => r.qualifiedFraction?.numerator ?? null),
      resolutions.map((r) => r.qualifiedFraction?.denominator ?? null),
    ],
  );
  await insertRoll(sql, { tenantId, propertyId: input.propertyId, meetingId });
  return meetingId;
}
