import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { AtriumError, type AtriumClient, type VoteChoice } from '@atrium/sdk';
import type { Sql } from '../../src/db/scope.js';

/**
 * One kind of write a crash run keeps sending, one at a time, as one resident would. It
 * remembers what the server acknowledged and the write that was in flight when the server
 * died: the one whose fate is unknown until the server is back.
 */
export interface WriteStream {
  name: string;
  /** Sends the next write; throws ServerGone, with the write kept in doubt, if no answer came. */
  step(client: AtriumClient): Promise<void>;
  /**
   * After a restart: asserts every acknowledged write is there whole, then sends the write in
   * doubt again (the same idempotency key), so that it is acknowledged exactly once.
   */
  settle(client: AtriumClient): Promise<void>;
  /** At the end, beside the server: the rows as a whole, duplicates and half-writes included. */
  verify(sql: Sql): Promise<void>;
  /** How many writes the server acknowledged, retries of writes in doubt included. */
  acknowledged(): number;
}

export class ServerGone extends Error {}

/** Runs `send`; a request that got no answer is the crash this run waits for. */
async function answered<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof AtriumError && error.code === 'network_error') throw new ServerGone();
    throw error;
  }
}

/** What the writes act on: the demo's Anna Nowak of Leśna 5, co-owner and resident of flat 12. */
export interface Resident {
  personId: string;
  unitId: string;
  accountId: string;
  onlinePaymentTypeId: string;
  meterId: string;
  meetingId: string;
  resolutionIds: string[];
  /** A portal address of the tenant, for the payment provider to send the browser back to. */
  returnUrl: string;
}

/** New fault tickets (TKT-1), each with a description of its own. */
export function ticketStream(resident: Resident, runTag: string): WriteStream {
  const acked = new Map<string, string>();
  const unchecked: string[] = [];
  let inDoubt: { key: string; description: string } | null = null;
  let sent = 0;

  async function create(client: AtriumClient, key: string, description: string) {
    const body = { unitId: resident.unitId, place: 'unit' as const, category: 'plumbing' as const };
    const { ticket } = await client.tickets.create(
      { ...body, description },
      { idempotencyKey: key },
    );
    acked.set(ticket.id, description);
    unchecked.push(ticket.id);
  }

  return {
    name: 'tickets',
    acknowledged: () => acked.size,
    async step(client) {
      inDoubt = { key: randomUUID(), description: `${runTag} ticket ${++sent}` };
      const { key, description } = inDoubt;
      await answered(() => create(client, key, description));
      inDoubt = null;
    },
    async settle(client) {
      for (const id of unchecked.splice(0)) {
        const { ticket, timeline } = await client.tickets.get(id);
        assert.equal(ticket.description, acked.get(id), `ticket ${id} as acknowledged`);
        assert.equal(timeline.length, 1, `ticket ${id} has its one "created" event`);
      }
      if (inDoubt) await create(client, inDoubt.key, inDoubt.description);
      inDoubt = null;
    },
    async verify(sql) {
      const { rows } = await sql.query<{ id: string; description: string; created: number }>(
        `SELECT t.id, t.description,
                (SELECT count(*)::int FROM ticket_events e
                  WHERE e.ticket_id = t.id AND e.kind = 'created') AS created
           FROM tickets t WHERE t.description LIKE $1 || '%'`,
        [runTag],
      );
      assert.deepEqual(
        new Map(rows.map((r) => [r.id, r.description])),
        acked,
        'each acknowledged ticket once, no other',
      );
      assert.ok(
        rows.every((r) => r.created === 1),
        'every ticket has exactly one "created" event',
      );
    },
  };
}

/**
 * Online payments of 1.00 (FIN-2), each opened at the provider and left pending. A payment
 * keeps the Idempotency-Key it was asked with, so a key paid twice would show.
 */
export function paymentStream(resident: Resident): WriteStream {
  const acked = new Map<string, string>();
  const unchecked: string[] = [];
  let inDoubt: string | null = null;

  async function pay(client: AtriumClient, key: string) {
    const body = {
      paymentTypeId: resident.onlinePaymentTypeId,
      amount: 100,
      returnUrl: resident.returnUrl,
    };
    const payment = await client.payments.pay(resident.accountId, body, { idempotencyKey: key });
    acked.set(key, payment.id);
    unchecked.push(payment.id);
  }

  return {
    name: 'payments',
    acknowledged: () => acked.size,
    async step(client) {
      inDoubt = randomUUID();
      const key = inDoubt;
      await answered(() => pay(client, key));
      inDoubt = null;
    },
    async settle(client) {
      for (const id of unchecked.splice(0)) {
        const payment = await client.payments.payment(id);
        assert.equal(payment.amount, 100, `payment ${id} as acknowledged`);
        assert.ok(payment.redirectUrl, `payment ${id} opened at the provider`);
      }
      if (inDoubt) await pay(client, inDoubt);
      inDoubt = null;
    },
    async verify(sql) {
      const { rows } = await sql.query<{ key: string; id: string; opened: boolean }>(
        `SELECT request_key AS key, id, provider_ref IS NOT NULL AND redirect_url IS NOT NULL AS opened
           FROM payments WHERE request_key = ANY($1)`,
        [[...acked.keys()]],
      );
      assert.deepEqual(new Map(rows.map((r) => [r.key, r.id])), acked, 'each key paid once');
      assert.ok(
        rows.every((r) => r.opened),
        'every payment opened at the provider',
      );
    },
  };
}

/**
 * The flat's cold-water reading of this window (MTR-1), sent again a litre higher each time:
 * a reading sent again supersedes the one before, so what counts is the last acknowledged
 * value, or the one in doubt if it was written before the crash.
 */
export function readingStream(resident: Resident, countedLitres: number): WriteStream {
  let acked = countedLitres;
  let inDoubt: number | null = null;
  let acknowledged = 0;
  const valueOf = (litres: number) => (litres / 1000).toFixed(3);

  async function submit(client: AtriumClient, litres: number) {
    const readings = [{ meterId: resident.meterId, value: valueOf(litres) }];
    await client.meters.submit({ readings });
    acked = litres;
    acknowledged += 1;
  }

  async function counted(client: AtriumClient) {
    const { items } = await client.meters.list({ unitId: resident.unitId });
    return items.find((meter) => meter.id === resident.meterId)?.windowReading?.value;
  }

  return {
    name: 'readings',
    acknowledged: () => acknowledged,
    async step(client) {
      inDoubt = acked + 1;
      const litres = inDoubt;
      await answered(() => submit(client, litres));
      inDoubt = null;
    },
    async settle(client) {
      const counts = await counted(client);
      const possible = [acked, inDoubt].flatMap((v) => (v === null ? [] : [valueOf(v)]));
      assert.ok(
        possible.includes(counts ?? ''),
        `the reading counted is ${counts}, not one of ${possible.join(', ')}`,
      );
      if (inDoubt !== null) await submit(client, inDoubt);
      inDoubt = null;
      assert.equal(await counted(client), valueOf(acked));
    },
    async verify(sql) {
      const { rows } = await sql.query<{ value: string }>(
        `SELECT value::text FROM meter_readings
          WHERE meter_id = $1 AND kind = 'reading' AND superseded_at IS NULL
            AND period = (SELECT max(period) FROM meter_readings WHERE meter_id = $1)`,
        [resident.meterId],
      );
      assert.deepEqual(
        rows.map((r) => Number(r.value).toFixed(3)),
        [valueOf(acked)],
        'one current reading, the last acknowledged',
      );
    },
  };
}

const choices: VoteChoice[] = ['for', 'against', 'abstain'];

/**
 * The flat's votes on every resolution of the open meeting (VOTE-3), all changed together
 * each time: all or none is stored, so every resolution holds the same choice, cast at one
 * moment, that of the last acknowledged request or of the one in doubt.
 */
export function voteStream(resident: Resident): WriteStream {
  let acked: VoteChoice | null = null;
  let inDoubt: VoteChoice | null = null;
  let acknowledged = 0;
  let sent = 0;

  async function vote(client: AtriumClient, choice: VoteChoice) {
    const votes = resident.resolutionIds.map((resolutionId) => ({
      resolutionId,
      unitId: resident.unitId,
      choice,
    }));
    await client.voting.vote(resident.meetingId, { votes });
    acked = choice;
    acknowledged += 1;
  }

  async function current(client: AtriumClient) {
    const { myUnits } = await client.voting.get(resident.meetingId);
    return myUnits.find((unit) => unit.unitId === resident.unitId)?.votes ?? [];
  }

  return {
    name: 'votes',
    acknowledged: () => acknowledged,
    async step(client) {
      inDoubt = choices[++sent % choices.length] as VoteChoice;
      const choice = inDoubt;
      await answered(() => vote(client, choice));
      inDoubt = null;
    },
    async settle(client) {
      const votes = await current(client);
      if (acked) {
        assert.equal(votes.length, resident.resolutionIds.length, 'a vote on every resolution');
        assert.equal(new Set(votes.map((v) => v.castAt)).size, 1, 'all cast in one request');
        const [choice] = new Set(votes.map((v) => v.choice));
        assert.ok(
          [acked, inDoubt].includes(choice ?? null),
          `the votes say ${choice}, not ${acked} or ${inDoubt}`,
        );
      }
      if (inDoubt) await vote(client, inDoubt);
      inDoubt = null;
    },
    async verify(sql) {
      const { rows } = await sql.query<{ choice: string; moments: number; count: number }>(
        `SELECT min(choice) AS choice, count(DISTINCT cast_at)::int AS moments, count(*)::int AS count
           FROM votes
          WHERE person_id = $1 AND unit_id = $2 AND resolution_id = ANY($3) AND superseded_at IS NULL`,
        [resident.personId, resident.unitId, resident.resolutionIds],
      );
      assert.deepEqual(rows, [{ choice: acked, moments: 1, count: resident.resolutionIds.length }]);
    },
  };
}
