import type { Sql } from '../db/scope.js';
import { invalidInput } from '../errors/problem.js';
import type { Viewer } from '../people/viewer.js';
import {
  announcementFor,
  requireAudienceAllowed,
  requireMayChange,
  requireWriter,
} from './access.js';
import {
  announcementFields,
  insertAnnouncement,
  updateAnnouncement,
  type AnnouncementFields,
} from './repository.js';
import { audienceIssues, textIssues, windowIssues, windowOf } from './rules.js';
import type { AnnouncementChange, AnnouncementInput } from './types.js';

/**
 * Publishes an announcement (ANN-1): who may is checked first (403), then every bad field at
 * once (400), then whether the writer may address the audience. The window opens now unless
 * `visibleFrom` says otherwise.
 */
export async function publish(
  sql: Sql,
  q: { tenantId: string; viewer: Viewer; input: AnnouncementInput },
): Promise<string> {
  const { tenantId, viewer, input } = q;
  const role = await requireWriter(sql, { tenantId, viewer });
  const window = await windowOf(sql, {
    from: input.visibleFrom ?? null,
    until: input.visibleUntil ?? null,
  });
  const issues = [...textIssues(input), ...audienceIssues(input.audience), ...windowIssues(window)];
  if (issues.length) throw invalidInput(issues);
  await requireAudienceAllowed(sql, { tenantId, viewer, role, audience: input.audience });
  const fields: AnnouncementFields = {
    title: input.title.trim(),
    body: input.body,
    audience: input.audience,
    visibleFrom: window.from,
    visibleUntil: window.until,
  };
  return insertAnnouncement(sql, { tenantId, fields, authorId: viewer.personId, authorRole: role });
}

/**
 * Changes the fields sent by the same rules as publishing; a board member changes only their
 * properties' announcements and keeps them there. To whoever may not see it, it does not
 * exist (404).
 */
export async function change(
  sql: Sql,
  q: { tenantId: string; announcementId: string; viewer: Viewer; change: AnnouncementChange },
): Promise<void> {
  const { tenantId, announcementId, viewer, change } = q;
  const access = await announcementFor(sql, { tenantId, announcementId, viewer, lock: true });
  const role = await requireWriter(sql, { tenantId, viewer });
  requireMayChange(access, role);
  if (!Object.keys(change).length) return; // nothing sent, nothing changed or recorded
  const stored = await announcementFields(sql, { tenantId, announcementId });
  const window = await windowOf(sql, {
    from: change.visibleFrom ?? stored.visibleFrom,
    until: change.visibleUntil === undefined ? stored.visibleUntil : change.visibleUntil,
  });
  const issues = [
    ...textIssues(change),
    ...(change.audience ? audienceIssues(change.audience) : []),
    ...windowIssues(window),
  ];
  if (issues.length) throw invalidInput(issues);
  if (change.audience) {
    await requireAudienceAllowed(sql, { tenantId, viewer, role, audience: change.audience });
  }
  const fields: AnnouncementFields = {
    title: change.title?.trim() ?? stored.title,
    body: change.body ?? stored.body,
    audience: change.audience ?? stored.audience,
    visibleFrom: window.from,
    visibleUntil: window.until,
  };
  await updateAnnouncement(sql, { tenantId, announcementId, fields, by: viewer.personId });
}
