import type { Sql } from '../db/scope.js';
import { ApiProblem, forbidden, notFound } from '../errors/problem.js';
import { isStaff, type Viewer } from '../people/viewer.js';
import { requireStaff, scopeOf } from './access.js';
import { queueStatusEmail, type Notice } from './mail.js';
import { lockTicket, type LockedTicket } from './repository.js';
import { recordEvent, setStatus } from './write.js';
import {
  afterResidentComment,
  canMove,
  isFinished,
  reopenedFrom,
  reopenedTo,
} from './transitions.js';
import type { CommentInput, ReopenInput, StatusChangeInput } from './types.js';

interface Change {
  tenantId: string;
  ticketId: string;
  viewer: Viewer;
}

const invalidTransition = () => new ApiProblem(409, 'invalid_transition');

/** The ticket, locked, if the viewer sees it; 404 otherwise (never saying it exists). */
async function lockVisible(sql: Sql, q: Change): Promise<LockedTicket> {
  const ticket = await lockTicket(sql, { ...q, scope: scopeOf(q.viewer) });
  if (!ticket) throw notFound();
  return ticket;
}

/**
 * A comment (TKT-1). Internal ones are the staff's. A resident's comment on a ticket
 * waiting for them sends it back to in_progress, as a change of theirs; no e-mail, since
 * the reporter or their household made it. The comment's event id.
 */
export async function addComment(sql: Sql, q: Change & { input: CommentInput }): Promise<string> {
  const internal = q.input.internal ?? false;
  if (internal) requireStaff(q.viewer);
  const ticket = await lockVisible(sql, q);
  if (isFinished(ticket.status)) throw invalidTransition();
  const authorId = q.viewer.personId;
  const commentId = await recordEvent(sql, q.tenantId, ticket.id, {
    kind: 'comment',
    authorId,
    comment: q.input.text,
    internal,
  });
  const next = isStaff(q.viewer) ? null : afterResidentComment(ticket.status);
  if (!next) return commentId;
  await setStatus(sql, q.tenantId, ticket.id, next);
  await recordEvent(sql, q.tenantId, ticket.id, {
    kind: 'status_changed',
    authorId,
    fromStatus: ticket.status,
    toStatus: next,
  });
  return commentId;
}

/** Staff move a ticket along the contract's transitions; the reporter gets an e-mail. */
export async function changeStatus(
  sql: Sql,
  q: Change & { input: StatusChangeInput; notice: Notice },
) {
  requireStaff(q.viewer);
  const ticket = await lockVisible(sql, q);
  const to = q.input.status;
  if (!canMove(ticket.status, to)) throw invalidTransition();
  await setStatus(sql, q.tenantId, ticket.id, to);
  const comment = q.input.comment ?? null;
  await recordEvent(sql, q.tenantId, ticket.id, {
    kind: 'status_changed',
    authorId: q.viewer.personId,
    fromStatus: ticket.status,
    toStatus: to,
    ...(comment !== null && { comment }),
  });
  await queueStatusEmail(sql, {
    ...q.notice,
    tenantId: q.tenantId,
    ticketId: ticket.id,
    status: to,
    comment,
  });
}

/**
 * The reporter or the unit's owners and residents reopen a resolved ticket within the
 * tenant's days after its resolution; it is accepted again and the reporter gets an e-mail.
 */
export async function reopenTicket(sql: Sql, q: Change & { input: ReopenInput; notice: Notice }) {
  if (isStaff(q.viewer)) throw forbidden();
  const ticket = await lockVisible(sql, q);
  if (ticket.status !== reopenedFrom) throw invalidTransition();
  if (ticket.reopenPeriodOver) throw new ApiProblem(409, 'reopen_period_over');
  await setStatus(sql, q.tenantId, ticket.id, reopenedTo);
  await recordEvent(sql, q.tenantId, ticket.id, {
    kind: 'reopened',
    authorId: q.viewer.personId,
    fromStatus: reopenedFrom,
    toStatus: reopenedTo,
    comment: q.input.comment,
  });
  await queueStatusEmail(sql, {
    ...q.notice,
    tenantId: q.tenantId,
    ticketId: ticket.id,
    status: reopenedTo,
    comment: q.input.comment,
  });
}
