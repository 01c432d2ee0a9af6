import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { MeetingDetail, VoteInput } from '../src/voting/types.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { createVotingLab, type VotingLab, type Who } from './voting-fixture.js';

// Races on PostgreSQL only: PGlite is one connection, so two transactions never overlap
// there. Each test holds a transaction open beside the server with explicit locks, so the
// order of events is fixed; only the close of a window itself is waited for.

/** A transaction beside the server (a superuser's, past row-level security). */
async function sideTransaction(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  let open = true;
  return {
    query: (text: string, values?: unknown[]) => client.query(text, values),
    /** Waits until `count` sessions wait on a lock; false if they do not within 10 s. */
    async waiting(count: number): Promise<boolean> {
      for (let i = 0; i < 200; i++) {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if ((rows[0]?.n ?? 0) >= count) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
    /** Whether a meeting's window is still open by the database's clock. */
    async stillOpen(meetingId: string): Promise<boolean> {
      const { rows } = await client.query<{ open: boolean }>(
        'SELECT closes_at > clock_timestamp() AS open FROM meetings WHERE id = $1',
        [meetingId],
      );
      return rows[0]?.open ?? false;
    },
    /** Sleeps past a meeting's close, by the database's clock. */
    async untilClosed(meetingId: string): Promise<void> {
      const { rows } = await client.query<{ ms: number }>(
        `SELECT greatest(0, extract(epoch FROM closes_at - clock_timestamp()) * 1000)::float8 AS ms
           FROM meetings WHERE id = $1`,
        [meetingId],
      );
      await new Promise((resolve) => setTimeout(resolve, (rows[0]?.ms ?? 0) + 50));
    },
    /** Commits (idempotent), letting whoever waits on its locks go on. */
    async release() {
      if (!open) return;
      open = false;
      await client.query('COMMIT');
      await client.end();
    },
  };
}
type Side = Awaited<ReturnType<typeof sideTransaction>>;

for (const engine of engines.filter((e) => e.name === 'postgres')) {
  describe(`voting races on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: VotingLab;

    before(async () => {
      lab = await createVotingLab(server(), 'vote-races');
      // signed in before any clock starts running
      for (const who of ['olga', 'boris', 'manager'] as const) await lab.as(who);
    });

    /** Runs `fn` beside a side transaction, released whatever happens. */
    async function beside<T>(fn: (side: Side) => Promise<T>): Promise<T> {
      const { database } = server();
      assert.ok('url' in database);
      const side = await sideTransaction(database.url);
      try {
        return await fn(side);
      } finally {
        await side.release();
      }
    }
    const vote = async (who: Who, meetingId: string, votes: VoteInput[]) =>
      (await lab.as(who))(`/meetings/${meetingId}/votes`, { method: 'PUT', json: { votes } });
    const voteFor = (who: Who, detail: MeetingDetail, unitId: string) =>
      vote(who, detail.meeting.id, [
        { resolutionId: detail.resolutions[0]?.id ?? '', unitId, choice: 'for' },
      ]);
    const view = async (who: Who, meetingId: string) => {
      const response = await (await lab.as(who))(`/meetings/${meetingId}`);
      assert.equal(response.status, 200, await response.clone().text());
      return (await response.json()) as MeetingDetail;
    };
    /** A vote passes its window check, then waits at its INSERT (the foreign key's KEY SHARE). */
    const holdResolutions = (side: Side, meetingId: string) =>
      side.query('SELECT 1 FROM resolutions WHERE meeting_id = $1 FOR UPDATE', [meetingId]);

    it('VOTE-3 two owners whose votes cross the close both get their answer, both count, dated before the close', async () => {
      const detail = await lab.open({ title: 'Crossing the close' });
      const id = detail.meeting.id;
      await lab.close(id, 2);
      const answers = await beside(async (side) => {
        await holdResolutions(side, id);
        const sent = Promise.all([
          voteFor('olga', detail, lab.unitIds.A1),
          voteFor('boris', detail, lab.unitIds.A4),
        ]);
        assert.ok(await side.waiting(2), 'both votes wait at their INSERT');
        assert.ok(await side.stillOpen(id), 'both passed their window check before the close');
        await side.untilClosed(id);
        await side.release();
        return sent;
      });
      const bodies = await Promise.all(answers.map((a) => a.text()));
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200],
        bodies.join('\n'),
      );
      const closed = await view('manager', id);
      assert.equal(closed.meeting.status, 'closed');
      assert.equal(closed.resolutions[0]?.result?.for, '192.2500000000', 'A1 120.50 + A4 71.75');
      // each vote is dated by the clock its window check read, so before the close
      const castAt = bodies.flatMap((body) =>
        (JSON.parse(body) as MeetingDetail).myUnits.flatMap((u) => u.votes.map((v) => v.castAt)),
      );
      assert.equal(castAt.length, 2);
      for (const at of castAt) assert.ok(at < closed.meeting.closesAt, `${at} before the close`);
      // and the answers show the meeting as the votes found it: open, no results yet
      for (const body of bodies) {
        const answer = JSON.parse(body) as MeetingDetail;
        assert.deepEqual([answer.meeting.status, answer.resolutions[0]?.result], ['open', null]);
      }
    });

    it('VOTE-3 a read after the close waits for a vote that passed its check before it, and counts it', async () => {
      const detail = await lab.open({ title: 'Held past the close' });
      const id = detail.meeting.id;
      await lab.close(id, 2);
      const [cast, read] = await beside(async (side) => {
        await holdResolutions(side, id);
        const casting = voteFor('olga', detail, lab.unitIds.A1);
        assert.ok(await side.waiting(1), 'the vote waits at its INSERT');
        assert.ok(await side.stillOpen(id), 'it passed its window check before the close');
        await side.untilClosed(id);
        // the first read after the close freezes: it must wait for the vote (FOR SHARE)
        const reading = view('manager', id);
        assert.ok(await side.waiting(2), 'the read waits too');
        await side.release();
        return Promise.all([casting, reading]);
      });
      assert.equal(cast.status, 200);
      assert.equal(read.meeting.status, 'closed');
      assert.equal(read.resolutions[0]?.result?.for, '120.5000000000', 'the vote is counted');
      assert.ok(read.resultsFrozenAt);
    });

    it('DIR-1 owners added while a meeting is being opened are checked as the roll stores them', async () => {
      // Rick becomes an owner of half of A5, which Sam owns whole: 1.5 of the unit. The
      // meeting's insert waits on the property's row until that is committed.
      const created = await beside(async (side) => {
        await side.query('SELECT 1 FROM properties WHERE id = $1 FOR UPDATE', [
          lab.propertyIds.court,
        ]);
        const creating = (await lab.as('manager'))('/meetings', {
          method: 'POST',
          json: lab.input({ title: 'Owners change meanwhile' }),
        });
        assert.ok(await side.waiting(1), 'the meeting waits to be stored');
        await side.query(
          `INSERT INTO person_units (tenant_id, person_id, unit_id, role, ownership_share)
           VALUES ($1, $2, $3, 'owner', 0.5)`,
          [lab.tenantId, lab.personIds.rick, lab.unitIds.A5],
        );
        await side.release();
        return creating;
      });
      try {
        assert.equal(created.status, 422, await created.clone().text());
        const problem = await problemOf(created);
        assert.deepEqual(
          problem.errors?.map(({ field, code, params }) => ({ field, code, params })),
          [
            {
              field: 'propertyId',
              code: 'unit_shares_exceed_whole',
              params: { unitNumber: 'A5', shares: '1.5' },
            },
          ],
        );
      } finally {
        await lab.sql((sql) =>
          sql.query("DELETE FROM person_units WHERE person_id = $1 AND role = 'owner'", [
            lab.personIds.rick,
          ]),
        );
      }
    });
  });
}
