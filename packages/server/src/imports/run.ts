import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { actAs } from '../audit/actor.js';
import type { Scopes, Sql } from '../db/scope.js';
import type { JobOptions } from '../jobs/periodic.js';
import { batchesOf, type Batch } from './check/batches.js';
import type { RowIssue } from './check/issues.js';
import { saveIssues } from './error-rows.js';
import { fileParts } from './file/parts.js';
import { rowsOf, UnreadableFile } from './file/rows.js';
import { kinds } from './kinds/index.js';
import type { KindPass } from './kinds/kind.js';
import type { LiveProgress } from './progress.js';
import {
  ClaimLost,
  finishImport,
  lockForWriting,
  readImportPart,
  releaseClaim,
  restartCheck,
  saveCheckProgress,
  startWriting,
  type ClaimedImport,
} from './repository.js';

export interface RunDeps extends JobOptions {
  db: Scopes;
  log: FastifyBaseLogger;
  progress: LiveProgress;
  /** How long a claim holds without being renewed (each checked batch renews it). */
  leaseSeconds: number;
}

/** The server is closing: the import is left to be claimed again, from the start. */
class Stopped extends Error {}

/** The directory changed between the check and the write so that a row is bad now. */
class ChangedMeanwhile extends Error {
  constructor() {
    super('a row checked good was bad when written: the directory changed meanwhile');
  }
}

// File order: the file's own issues first, then row by row (a stray cell is found before the
// row's other issues, but is said in its place).
const inFileOrder = (issues: RowIssue[]) => issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

async function checked(sql: Sql, pass: KindPass, batch: Batch): Promise<RowIssue[]> {
  // PGlite runs a query on this thread and answers at once: without a turn of the event
  // loop per batch, no request (nor timer) would be served until the whole file is through
  await nextTurn();
  const issues = batch.rows.length ? await pass.check(sql, batch.rows) : [];
  return inFileOrder([...batch.issues, ...issues]);
}

/**
 * The check pass: the file streamed batch by batch, each batch in its own short transaction
 * (other requests go on meanwhile), its issues stored and the progress saved with it.
 */
async function check(deps: RunDeps, job: ClaimedImport, stopped: () => boolean) {
  const { db, progress, leaseSeconds } = deps;
  await db.withTenant(job.tenantId, (sql) => restartCheck(sql, job));
  const pass = kinds[job.kind]({ ...job, lock: false });
  const read = (offset: number, length: number) =>
    db.withTenant(job.tenantId, (sql) => readImportPart(sql, job, offset, length));
  let rowsChecked = 0;
  let errorCount = 0;
  const save = (issues: RowIssue[]) =>
    db.withTenant(job.tenantId, async (sql) => {
      await saveIssues(sql, {
        tenantId: job.tenantId,
        importId: job.id,
        after: errorCount,
        issues,
      });
      errorCount += issues.length;
      await saveCheckProgress(sql, job, { rowsChecked, errorCount, leaseSeconds });
    });
  try {
    for await (const batch of batchesOf(job.kind, rowsOf(job.format, fileParts(job.size, read)))) {
      const issues = await db.withTenant(job.tenantId, (sql) => checked(sql, pass, batch));
      rowsChecked += batch.rows.length;
      await save(issues);
      progress.set(job.id, { rowsChecked, rowsImported: 0 });
      // a header's issues end the check: no row count is known
      if (!batch.rows.length) return { rowCount: null, errorCount };
      if (stopped()) throw new Stopped();
    }
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    await save([{ row: error.row, column: null, code: 'invalid_format' }]);
    return { rowCount: null, errorCount };
  }
  return { rowCount: rowsChecked, errorCount };
}

/**
 * The write pass: ONE transaction, the file streamed again and every batch checked again
 * under the locks the directory's routes take, then written as the uploader (the audit log
 * names them). Progress stays in memory until the end (see LiveProgress).
 */
async function write(deps: RunDeps, job: ClaimedImport, rowCount: number, stopped: () => boolean) {
  const { db, progress, leaseSeconds } = deps;
  await db.withTenant(job.tenantId, (sql) => startWriting(sql, job, { rowCount, leaseSeconds }));
  await db.withTenant(job.tenantId, async (sql) => {
    await lockForWriting(sql, job);
    await actAs(sql, job.uploadedBy);
    const pass = kinds[job.kind]({ ...job, lock: true });
    // read through the write's own transaction: PGlite has no second connection
    const read = (offset: number, length: number) => readImportPart(sql, job, offset, length);
    let rowsImported = 0;
    for await (const batch of batchesOf(job.kind, rowsOf(job.format, fileParts(job.size, read)))) {
      if ((await checked(sql, pass, batch)).length) throw new ChangedMeanwhile();
      await pass.write(sql);
      rowsImported += batch.rows.length;
      progress.set(job.id, { rowsChecked: rowCount, rowsImported });
      if (stopped()) throw new Stopped();
    }
    await finishImport(sql, job, { status: 'done', rowsImported, created: pass.created });
  });
}

/** Imports given up after this many claims: each one before brought its node down. */
const maxAttempts = 3;

/**
 * Runs one claimed import to its end: `invalid` with every issue stored, `done`, or
 * `failed` when it cannot be finished (nothing written). A server closing leaves it for the
 * next claim; a lost claim leaves it to the node that holds it now.
 */
export async function runImport(deps: RunDeps, job: ClaimedImport, stopped: () => boolean) {
  const { db, log, progress } = deps;
  const end = (status: 'invalid' | 'failed', rowCount?: number | null) =>
    db.withTenant(job.tenantId, (sql) => finishImport(sql, job, { status, rowCount }));
  try {
    if (job.attempts > maxAttempts) return await end('failed');
    const { rowCount, errorCount } = await check(deps, job, stopped);
    if (errorCount || rowCount === null) return await end('invalid', rowCount);
    await write(deps, job, rowCount, stopped);
  } catch (error) {
    if (error instanceof ClaimLost) return;
    if (error instanceof Stopped) {
      await db.withTenant(job.tenantId, (sql) => releaseClaim(sql, job));
      return;
    }
    log.error({ err: error, importId: job.id }, 'import failed');
    await end('failed').catch((failure: unknown) => {
      if (!(failure instanceof ClaimLost)) throw failure;
    });
  } finally {
    progress.drop(job.id);
  }
}
