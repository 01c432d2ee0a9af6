import { schemaOf } from '../contract/spec.js';
import type { Sql } from '../db/scope.js';
import { invalidInput, type FieldIssue } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';
import { requireResident } from './access.js';
import { attachDrafts, lockOwnDrafts } from './photos/store.js';
import { insertTicket, nextTicketNumber, recordEvent } from './write.js';
import type { TicketInput } from './types.js';

// The contract's bound holds for the words, not for spaces around them.
const descriptionMin = schemaOf<{ properties: { description: { minLength: number } } }>(
  'TicketInput',
).properties.description.minLength;

/**
 * Reports a fault (TKT-1): an owner or resident of the unit, a location for a common area,
 * and photos that are the reporter's own unexpired drafts. Every bad field is named at once.
 */
export async function createTicket(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; input: TicketInput },
): Promise<string> {
  const { tenantId, viewer, input } = q;
  requireResident(viewer);
  const issues: FieldIssue[] = [];
  if (!viewer.unitIds.includes(input.unitId))
    issues.push({ field: 'unitId', code: 'invalid_value' });
  const location = input.location?.trim() || null;
  if (input.place === 'common_area' && !location)
    issues.push({ field: 'location', code: 'required' });
  const description = input.description.trim();
  if ([...description].length < descriptionMin) {
    issues.push({ field: 'description', code: 'too_short', params: { limit: descriptionMin } });
  }
  const photoIds = input.photoIds ?? [];
  const drafts = await lockOwnDrafts(sql, { tenantId, personId: viewer.personId, photoIds });
  photoIds.forEach((id, i) => {
    if (!drafts.has(id)) issues.push({ field: `photoIds.${i}`, code: 'invalid_value' });
  });
  if (issues.length) throw invalidInput(issues);

  const ticketId = await insertTicket(sql, {
    tenantId,
    number: await nextTicketNumber(sql, tenantId),
    unitId: input.unitId,
    place: input.place,
    location,
    category: input.category,
    description,
    contactTime: input.contactTime ?? 'any_time',
    reporterId: viewer.personId,
  });
  await recordEvent(sql, tenantId, ticketId, {
    kind: 'created',
    authorId: viewer.personId,
    toStatus: 'new',
  });
  await attachDrafts(sql, { tenantId, ticketId, photoIds });
  return ticketId;
}
