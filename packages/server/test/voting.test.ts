import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locale } from '@atrium/sdk';
import { jsonBodyLimit } from '../src/contract/body-limit.js';
import { seedDemoVoting } from '../src/demo/voting.js';
import { fromScaled, plainNumber, toScaled } from '../src/decimal/exact.js';
import { fieldMessage, titles } from '../src/errors/messages.js';
import { freezeClosedMeetings } from '../src/voting/freeze-job.js';
import { freezeResults } from '../src/voting/freeze.js';
import { tally, type TallyInput } from '../src/voting/tally.js';
import type {
  MeetingDetail,
  MeetingPage,
  ResolutionResult,
  VoteInput,
  VoteRecordPage,
} from '../src/voting/types.js';
import { isRealLocalTime } from '../src/voting/window.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { createVotingLab, type Call, type VotingLab, type Who } from './voting-fixture.js';

describe('VOTE-2 the tally on exact decimals, without a server', () => {
  const base = (over: Partial<TallyInput>): TallyInput => ({
    totalArea: '500.00',
    quorum: { numerator: 1, denominator: 2 },
    majority: 'votes_cast',
    qualifiedFraction: null,
    votes: [],
    ...over,
  });

  it('VOTE-2 the quorum is reached at exactly its part of the total area, missed a ten-billionth below', () => {
    const at = (weight: string) => tally(base({ votes: [{ weight, choice: 'abstain' }] }));
    assert.equal(at('250.0000000000').quorumReached, true);
    assert.equal(at('249.9999999999').quorumReached, false);
  });

  it('VOTE-2 each majority at its boundary: votes cast strictly more, all shares over half, qualified at least the fraction', () => {
    const votes = (forWeight: string, against: string) => [
      { weight: forWeight, choice: 'for' as const },
      { weight: against, choice: 'against' as const },
    ];
    assert.equal(tally(base({ votes: votes('150.00', '150.00') })).passed, false, 'a tie');
    assert.equal(tally(base({ votes: votes('150.0000000001', '150.00') })).passed, true);
    const allShares = (f: string) => tally(base({ majority: 'all_shares', votes: votes(f, '0') }));
    assert.equal(allShares('250.00').passed, false, 'exactly half is no majority of all shares');
    assert.equal(allShares('250.0000000001').passed, true);
    const qualified = (f: string) =>
      tally(
        base({
          totalArea: '300.00',
          majority: 'qualified',
          qualifiedFraction: { numerator: 2, denominator: 3 },
          votes: votes(f, '0'),
        }),
      );
    assert.equal(qualified('200.00').passed, true, 'exactly two thirds');
    assert.equal(qualified('199.9999999999').passed, false);
  });

  it('VOTE-2 no quorum, no pass, whatever the majority', () => {
    const result = tally(
      base({
        quorum: { numerator: 9, denominator: 10 },
        votes: [{ weight: '400', choice: 'for' }],
      }),
    );
    assert.deepEqual([result.quorumReached, result.passed], [false, false]);
  });

  it('VOTE-2 the four weights add up to the total area exactly, beyond what a float keeps', () => {
    const result = tally(
      base({
        totalArea: '9999999999.99',
        votes: [
          { weight: '3333333333.3299999967', choice: 'for' },
          { weight: '3333333333.3300000033', choice: 'against' },
          { weight: '0.0000000001', choice: 'abstain' },
        ],
      }),
    );
    assert.deepEqual(result, {
      for: '3333333333.3299999967',
      against: '3333333333.3300000033',
      abstain: '0.0000000001',
      notVoted: '3333333333.3299999999',
      quorumReached: true,
      passed: false,
    });
  });

  it('exact decimals keep their sign both ways; plain numbers keep the decimals asked for', () => {
    assert.equal(fromScaled(-5_000_000_000n, 10), '-0.5000000000');
    assert.equal(fromScaled(toScaled('-119.5', 10), 10), '-119.5000000000');
    assert.equal(toScaled('-0.0000000001', 10), -1n);
    assert.equal(fromScaled(0n, 3), '0.000');
    assert.deepEqual(
      ['3.00', '2.50', '134.0000000000', '1900.5000', '7'].map((n) => plainNumber(n, 2)),
      ['3.00', '2.50', '134.00', '1900.50', '7'],
    );
    assert.equal(plainNumber('2.50'), '2.5');
  });

  it('a body limit holds the longest body the contract allows, however it is written', () => {
    // 50 resolutions of 20,000 characters, each character as two \u escapes: over 12 MB
    assert.ok(jsonBodyLimit('createMeeting') > 50 * 20_000 * 12);
    // 500 votes, two ids of 36 characters each
    assert.ok(jsonBodyLimit('castVotes') > 500 * 2 * 36 * 12);
    assert.throws(() => jsonBodyLimit('getMeeting'), /no JSON body/);
  });

  it('a LocalDateTime must name a day its month has', () => {
    assert.equal(isRealLocalTime('2028-02-29T10:00'), true);
    assert.equal(isRealLocalTime('2026-02-29T10:00'), false);
    assert.equal(isRealLocalTime('2026-04-31T23:59'), false);
  });
});

for (const engine of engines) {
  describe(`voting on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: VotingLab;

    before(async () => {
      lab = await createVotingLab(server(), 'vote-lab');
    });

    async function json<T>(response: Response, status: number): Promise<T> {
      assert.equal(response.status, status, await response.clone().text());
      return (await response.json()) as T;
    }
    const view = async (who: Who, meetingId: string) =>
      json<MeetingDetail>(await (await lab.as(who))(`/meetings/${meetingId}`), 200);
    const vote = async (who: Who, meetingId: string, votes: VoteInput[]) =>
      (await lab.as(who))(`/meetings/${meetingId}/votes`, { method: 'PUT', json: { votes } });
    const audit = async (who: Who, meetingId: string, query = '?limit=100') =>
      json<VoteRecordPage>(await (await lab.as(who))(`/meetings/${meetingId}/votes${query}`), 200);
    const create = async (who: Who, body: unknown, headers: Record<string, string> = {}) =>
      (await lab.as(who))('/meetings', { method: 'POST', json: body, headers });
    /** Votes `choices` (one per resolution, null to skip) for a unit. */
    const ballot = (
      detail: MeetingDetail,
      unitId: string,
      choices: (VoteInput['choice'] | null)[],
    ) =>
      choices.flatMap((choice, i) => {
        const resolutionId = detail.resolutions[i]?.id;
        return choice && resolutionId ? [{ resolutionId, unitId, choice }] : [];
      });
    const results = (detail: MeetingDetail) => detail.resolutions.map((r) => r.result);

    it('VOTE-1 a manager opens a meeting: the window in the tenant’s time zone, the roll fixed with areas and shares', async () => {
      const detail = await lab.open({
        title: 'Spring meeting',
        description: 'Two questions.',
        // 02:30 does not exist on 31 March 2030 in Warsaw: it reads as 03:30 summer time
        opensAt: '2030-03-31T02:30',
        closesAt: '2030-11-14T20:00',
        quorum: { numerator: 1, denominator: 3 },
        resolutions: [
          { title: 'Roof', text: 'Repair the roof.', majority: 'all_shares' },
          {
            title: 'Fund',
            text: 'Raise the fund.',
            majority: 'qualified',
            qualifiedFraction: { numerator: 2, denominator: 3 },
          },
        ],
      });
      assert.deepEqual(
        {
          ...detail.meeting,
          id: undefined,
          property: detail.meeting.property.name,
        },
        {
          id: undefined,
          title: 'Spring meeting',
          property: 'court',
          opensAt: '2030-03-31T01:30:00.000Z',
          // winter time again by November: UTC+1
          closesAt: '2030-11-14T19:00:00.000Z',
          timeZone: 'Europe/Warsaw',
          status: 'scheduled',
          resolutionCount: 2,
          votesPending: null,
        },
      );
      assert.equal(detail.description, 'Two questions.');
      assert.equal(detail.totalArea, '574.00');
      assert.deepEqual(detail.quorum, { numerator: 1, denominator: 3 });
      assert.deepEqual(
        detail.resolutions.map((r) => [
          r.number,
          r.title,
          r.majority,
          r.qualifiedFraction,
          r.result,
        ]),
        [
          [1, 'Roof', 'all_shares', null, null],
          [2, 'Fund', 'qualified', { numerator: 2, denominator: 3 }, null],
        ],
      );
      assert.deepEqual(detail.myUnits, [], 'the manager owns nothing');
      assert.deepEqual(detail.turnout, {
        votedWeight: '0.0000000000',
        voters: 0,
        eligibleVoters: 7,
      });
      assert.deepEqual([detail.resultsFrozenAt, detail.protocolHref], [null, null]);

      const olga = await view('olga', detail.meeting.id);
      assert.deepEqual(olga.myUnits, [
        {
          unitId: lab.unitIds.A1,
          unitNumber: 'A1',
          area: '120.50',
          share: '1',
          weight: '120.5000000000',
          votes: [],
        },
        {
          unitId: lab.unitIds.A3,
          unitNumber: 'A3',
          area: '99.99',
          share: '0.5',
          weight: '49.9950000000',
          votes: [],
        },
      ]);
      assert.equal(olga.turnout, null, 'an owner sees no turnout');
      assert.equal(olga.meeting.votesPending, 4, 'two resolutions for each of two units');
      // 80.25 × 0.33333333 = 26.7499997325 and 80.25 × 0.66666667 = 53.5000002675: 80.25 together
      assert.deepEqual(
        (await view('rita', detail.meeting.id)).myUnits.map((u) => [u.share, u.weight]),
        [['0.33333333', '26.7499997325']],
      );
      assert.deepEqual(
        (await view('piotr', detail.meeting.id)).myUnits.map((u) => [u.share, u.weight]),
        [['0.66666667', '53.5000002675']],
      );

      // the roll was fixed when the meeting was opened: a later change of the unit is not in it
      await lab.sql((sql) =>
        sql.query('UPDATE units SET area = 50.00 WHERE id = $1', [lab.unitIds.A5]),
      );
      try {
        const sam = await view('sam', detail.meeting.id);
        assert.deepEqual(
          sam.myUnits.map((u) => [u.unitNumber, u.area]),
          [
            ['A3', '99.99'],
            ['A5', '45.00'],
          ],
        );
      } finally {
        await lab.sql((sql) =>
          sql.query('UPDATE units SET area = 45.00 WHERE id = $1', [lab.unitIds.A5]),
        );
      }
    });

    it('VOTE-1 the property’s board and a director open meetings; an accountant, an owner and another property’s board do not', async () => {
      const byBoard = await json<MeetingDetail>(
        await create('bea', lab.input({ title: 'By the board' })),
        201,
      );
      assert.equal(byBoard.turnout?.eligibleVoters, 7, 'the board sees turnout');
      await json(await create('director', lab.input({ title: 'By the director' })), 201);
      for (const who of ['accountant', 'olga', 'rick'] as const) {
        assert.equal((await create(who, lab.input())).status, 403, who);
      }
      assert.equal(
        (await create('bea', lab.input({ propertyId: lab.propertyIds.annex }))).status,
        403,
        'Bea sits on Court’s board only',
      );
      assert.equal(
        (await create('manager', lab.input({ propertyId: '00000000-0000-4000-8000-000000000000' })))
          .status,
        404,
      );
    });

    it('VOTE-2 hand-computed results for co-owned units of unequal areas, identical when recomputed and frozen once', async () => {
      const detail = await lab.open({
        title: 'Hand-computed',
        quorum: { numerator: 1, denominator: 2 },
        resolutions: [
          { title: 'R1', text: 'Votes cast.', majority: 'votes_cast' },
          { title: 'R2', text: 'All shares.', majority: 'all_shares' },
          {
            title: 'R3',
            text: 'Two thirds.',
            majority: 'qualified',
            qualifiedFraction: { numerator: 2, denominator: 3 },
          },
        ],
      });
      const id = detail.meeting.id;
      const { A1, A2, A3, A4 } = lab.unitIds;
      // Weights: Olga A1 120.50, Olga A3 99.99 × 0.5 = 49.995, Sam A3 49.995, Sam A5 45.00,
      // Piotr A2 80.25 × 0.66666667 = 53.5000002675, Rita A2 80.25 × 0.33333333 = 26.7499997325,
      // Boris A4 71.75. Total area 574.00; Sam does not vote for A5.
      const votes: [Who, VoteInput[]][] = [
        [
          'olga',
          [
            ...ballot(detail, A1, ['for', 'for', 'for']),
            ...ballot(detail, A3, ['against', 'for', 'for']),
          ],
        ],
        ['piotr', ballot(detail, A2, ['for', 'against', 'for'])],
        ['rita', ballot(detail, A2, ['abstain', 'for', 'for'])],
        ['boris', ballot(detail, A4, ['against', 'for', 'for'])],
        ['sam', ballot(detail, A3, ['for', 'for', 'for'])],
      ];
      for (const [who, cast] of votes) await json(await vote(who, id, cast), 200);
      const open = await view('manager', id);
      assert.deepEqual(results(open), [null, null, null], 'no running result while open');
      // every roll entry but Sam's A5 voted: 417.49 owned − 45.00 = 372.49
      assert.deepEqual(open.turnout, {
        votedWeight: '372.4900000000',
        voters: 6,
        eligibleVoters: 7,
      });

      await lab.close(id);
      const closed = await view('olga', id);
      // Every resolution: cast = 120.50 + 49.995 + 49.995 + 53.5000002675 + 26.7499997325 + 71.75
      // = 372.49, not voted = 574.00 − 372.49 = 201.51; quorum 372.49 × 2 = 744.98 ≥ 574.00.
      // R1: for 120.50 + 53.5000002675 + 49.995 = 223.9950002675, against 49.995 + 71.75 =
      //     121.745, abstain 26.7499997325; for > against: passed.
      // R2: for 120.50 + 49.995 + 26.7499997325 + 71.75 + 49.995 = 318.9899997325, against
      //     53.5000002675; for × 2 = 637.979999465 > 574.00: passed.
      // R3: for 372.49, nothing against; 372.49 × 3 = 1117.47 < 2 × 574.00 = 1148: failed.
      const expected: ResolutionResult[] = [
        {
          for: '223.9950002675',
          against: '121.7450000000',
          abstain: '26.7499997325',
          notVoted: '201.5100000000',
          quorumReached: true,
          passed: true,
        },
        {
          for: '318.9899997325',
          against: '53.5000002675',
          abstain: '0.0000000000',
          notVoted: '201.5100000000',
          quorumReached: true,
          passed: true,
        },
        {
          for: '372.4900000000',
          against: '0.0000000000',
          abstain: '0.0000000000',
          notVoted: '201.5100000000',
          quorumReached: true,
          passed: false,
        },
      ];
      assert.deepEqual(results(closed), expected);
      assert.equal(closed.meeting.status, 'closed');
      assert.equal(closed.protocolHref, `/meetings/${id}/protocol`);
      assert.ok(closed.resultsFrozenAt && closed.resultsFrozenAt >= closed.meeting.closesAt);

      // summed again by the database, apart from the tally: the roll's weights of the votes
      // that count, by choice, and the rest of the total area
      const recounted = await lab.sql(async (sql) => {
        const { rows } = await sql.query(
          `SELECT coalesce(sum(mr.weight) FILTER (WHERE v.choice = 'for'), 0)::numeric(24, 10)::text AS for,
                  coalesce(sum(mr.weight) FILTER (WHERE v.choice = 'against'), 0)::numeric(24, 10)::text AS against,
                  coalesce(sum(mr.weight) FILTER (WHERE v.choice = 'abstain'), 0)::numeric(24, 10)::text AS abstain,
                  (m.total_area - coalesce(sum(mr.weight), 0))::numeric(24, 10)::text AS "notVoted"
             FROM resolutions r
             JOIN meetings m ON m.id = r.meeting_id
             LEFT JOIN votes v ON v.resolution_id = r.id AND v.superseded_at IS NULL
             LEFT JOIN meeting_roll mr ON mr.meeting_id = v.meeting_id AND mr.unit_id = v.unit_id
                                      AND mr.person_id = v.person_id
            WHERE r.meeting_id = $1
            GROUP BY r.number, m.total_area ORDER BY r.number`,
          [id],
        );
        return rows;
      });
      assert.deepEqual(
        recounted,
        expected.map((e) => ({
          for: e.for,
          against: e.against,
          abstain: e.abstain,
          notVoted: e.notVoted,
        })),
      );
      // freezing again changes nothing, not even the time it was frozen
      const again = await lab.sql((sql) =>
        freezeResults(sql, { tenantId: lab.tenantId, meetingId: id }),
      );
      assert.equal(again, false);
      assert.deepEqual(await view('olga', id), closed);
      assert.deepEqual((await view('manager', id)).resolutions, closed.resolutions);
    });

    it('VOTE-2 the quorum just reached and just missed, through the server', async () => {
      // Quorum 1/8 of 574.00 = 71.75. R1: Boris's A4 alone, 71.75: exactly reached.
      // R2: Rita 26.7499997325 + Sam's A5 45.00 = 71.7499997325: missed by 0.0000002675.
      const detail = await lab.open({
        title: 'Quorum boundary',
        quorum: { numerator: 1, denominator: 8 },
        resolutions: [
          { title: 'R1', text: 'One.', majority: 'votes_cast' },
          { title: 'R2', text: 'Two.', majority: 'votes_cast' },
        ],
      });
      const id = detail.meeting.id;
      await json(await vote('boris', id, ballot(detail, lab.unitIds.A4, ['for'])), 200);
      await json(await vote('rita', id, ballot(detail, lab.unitIds.A2, [null, 'for'])), 200);
      await json(await vote('sam', id, ballot(detail, lab.unitIds.A5, [null, 'for'])), 200);
      await lab.close(id);
      assert.deepEqual(results(await view('boris', id)), [
        {
          for: '71.7500000000',
          against: '0.0000000000',
          abstain: '0.0000000000',
          notVoted: '502.2500000000',
          quorumReached: true,
          passed: true,
        },
        {
          for: '71.7499997325',
          against: '0.0000000000',
          abstain: '0.0000000000',
          notVoted: '502.2500002675',
          quorumReached: false,
          passed: false,
        },
      ]);
    });

    it('VOTE-3 a vote before the window opens and after it closes is refused; one just before the close counts', async () => {
      const later = await lab.open({
        title: 'Not yet',
        opensAt: lab.local(24 * 60),
        closesAt: lab.local(48 * 60),
      });
      const early = await vote('olga', later.meeting.id, ballot(later, lab.unitIds.A1, ['for']));
      assert.equal(early.status, 409);
      assert.equal((await problemOf(early)).code, 'voting_not_started');

      const detail = await lab.open({ title: 'Closing soon' });
      const id = detail.meeting.id;
      // the window ends a second and a half from now, by the database's clock
      await lab.close(id, 1.5);
      await json(await vote('olga', id, ballot(detail, lab.unitIds.A1, ['for'])), 200);
      await new Promise((resolve) => setTimeout(resolve, 1_600));
      const late = await vote('olga', id, ballot(detail, lab.unitIds.A3, ['for']));
      assert.equal(late.status, 409);
      assert.equal((await problemOf(late)).code, 'voting_closed');
      const closed = await view('olga', id);
      assert.equal(
        closed.resolutions[0]?.result?.for,
        '120.5000000000',
        'the vote in time counts, the late one not',
      );
      assert.deepEqual(
        (await audit('olga', id)).items.map((v) => v.unitNumber),
        ['A1'],
      );
    });

    it('VOTE-3 two identical votes sent at once count once; two different ones leave one counting vote', async () => {
      const detail = await lab.open({ title: 'At once' });
      const id = detail.meeting.id;
      const same = ballot(detail, lab.unitIds.A1, ['for']);
      const answers = await Promise.all([vote('olga', id, same), vote('olga', id, same)]);
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200],
      );
      assert.equal((await audit('olga', id)).items.length, 1, 'one version');

      const racing = await Promise.all([
        vote('olga', id, ballot(detail, lab.unitIds.A3, ['for'])),
        vote('olga', id, ballot(detail, lab.unitIds.A3, ['against'])),
      ]);
      assert.deepEqual(
        racing.map((a) => a.status),
        [200, 200],
      );
      const a3 = (await audit('olga', id)).items.filter((v) => v.unitId === lab.unitIds.A3);
      assert.equal(a3.length, 2);
      assert.equal(a3.filter((v) => v.supersededAt === null).length, 1, 'exactly one counts');
      const counting = await lab.sql(async (sql) => {
        const { rows } = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM votes
            WHERE meeting_id = $1 AND unit_id = $2 AND superseded_at IS NULL`,
          [id, lab.unitIds.A3],
        );
        return rows[0]?.n;
      });
      assert.equal(counting, 1);
      const last = a3.at(-1);
      assert.deepEqual(
        (await view('olga', id)).myUnits
          .find((u) => u.unitId === lab.unitIds.A3)
          ?.votes.map((v) => v.choice),
        [last?.choice],
        'the later one counts',
      );
    });

    it('VOTE-3 a changed vote: the last counts, every version stays in the audit with its time and author', async () => {
      const detail = await lab.open({
        title: 'Changing minds',
        resolutions: [
          { title: 'R1', text: 'One.', majority: 'votes_cast' },
          { title: 'R2', text: 'Two.', majority: 'votes_cast' },
        ],
      });
      const id = detail.meeting.id;
      const { A1, A2 } = lab.unitIds;
      for (const choice of ['for', 'against', 'for'] as const) {
        await json(await vote('olga', id, ballot(detail, A1, [choice, 'abstain'])), 200);
      }
      await json(await vote('piotr', id, ballot(detail, A2, ['against'])), 200);
      const mine = (await audit('olga', id)).items;
      const r1 = mine.filter((v) => v.resolutionId === detail.resolutions[0]?.id);
      assert.deepEqual(
        r1.map((v) => v.choice),
        ['for', 'against', 'for'],
      );
      assert.deepEqual(
        r1.map((v) => v.supersededAt === null),
        [false, false, true],
      );
      for (const [i, v] of r1.entries()) {
        assert.deepEqual(
          [v.owner.id, v.author.id, v.author.name, v.unitNumber],
          [lab.personIds.olga, lab.personIds.olga, 'Lab olga', 'A1'],
        );
        const next = r1[i + 1];
        if (next) {
          assert.ok(v.castAt <= next.castAt, 'oldest first');
          assert.ok(v.supersededAt !== null && v.supersededAt <= next.castAt);
        }
      }
      assert.equal(
        mine.filter((v) => v.resolutionId === detail.resolutions[1]?.id).length,
        1,
        'the same choice again is no version',
      );
      const unit = (await view('olga', id)).myUnits.find((u) => u.unitId === A1);
      assert.deepEqual(
        unit?.votes.map((v) => v.choice),
        ['for', 'abstain'],
      );
      assert.equal(unit?.votes[0]?.castAt, r1[2]?.castAt);

      // while open staff and the board see no one's votes but their own: none
      assert.deepEqual((await audit('manager', id)).items, []);
      assert.deepEqual((await audit('bea', id)).items, []);
      assert.deepEqual(
        (await audit('piotr', id)).items.map((v) => v.owner.id),
        [lab.personIds.piotr],
      );
      await lab.close(id);
      const all = (await audit('manager', id)).items;
      assert.equal(all.length, 5);
      assert.deepEqual(await audit('bea', id), { items: all, nextCursor: null });
      assert.deepEqual(
        (await audit('piotr', id)).items.map((v) => v.owner.id),
        [lab.personIds.piotr],
        'an owner, only their own',
      );
      // pages of two, oldest first, no vote twice
      const paged = [];
      let cursor: string | null = null;
      do {
        const page: VoteRecordPage = await audit(
          'manager',
          id,
          `?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        paged.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      assert.deepEqual(paged, all);
    });

    it('VOTE-3 a bad vote is named and none of the request is stored', async () => {
      const detail = await lab.open({ title: 'Bad votes' });
      const other = await lab.open({ title: 'Other meeting' });
      const id = detail.meeting.id;
      const resolutionId = detail.resolutions[0]?.id ?? '';
      const response = await vote('olga', id, [
        { resolutionId, unitId: lab.unitIds.A1, choice: 'for' },
        { resolutionId: other.resolutions[0]?.id ?? '', unitId: lab.unitIds.A1, choice: 'for' },
        { resolutionId, unitId: lab.unitIds.A4, choice: 'for' },
        { resolutionId, unitId: lab.unitIds.A1, choice: 'against' },
      ]);
      assert.equal(response.status, 422);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'vote_rejected');
      assert.deepEqual(
        problem.errors?.map((e) => [e.field, e.code]),
        [
          ['votes.1.resolutionId', 'invalid_value'],
          ['votes.2.unitId', 'not_entitled'],
          ['votes.3', 'duplicate_vote'],
        ],
      );
      assert.deepEqual((await audit('olga', id)).items, [], 'all or nothing');
      const upper = {
        resolutionId: resolutionId.toUpperCase(),
        unitId: lab.unitIds.A1.toUpperCase(),
      };
      const shouted = await vote('olga', id, [
        { ...upper, choice: 'for' },
        { resolutionId, unitId: lab.unitIds.A1, choice: 'for' },
      ]);
      assert.deepEqual(
        (await problemOf(shouted)).errors?.map((e) => [e.field, e.code]),
        [['votes.1', 'duplicate_vote']],
        'an id in capitals is the same id',
      );
      await json(await vote('olga', id, [{ ...upper, choice: 'for' }]), 200);
      assert.equal((await audit('olga', id)).items.length, 1);
      const staff = await vote('manager', id, [
        { resolutionId, unitId: lab.unitIds.A1, choice: 'for' },
      ]);
      assert.equal(staff.status, 422, 'staff hold no vote');
    });

    it('VOTE-2 turnout for staff and the board only, never a running result while open; votes pending per caller', async () => {
      const detail = await lab.open({
        title: 'Turnout',
        resolutions: [
          { title: 'R1', text: 'One.', majority: 'votes_cast' },
          { title: 'R2', text: 'Two.', majority: 'votes_cast' },
          { title: 'R3', text: 'Three.', majority: 'votes_cast' },
        ],
      });
      const id = detail.meeting.id;
      await json(await vote('olga', id, ballot(detail, lab.unitIds.A1, ['for', 'against'])), 200);
      const turnout = { votedWeight: '120.5000000000', voters: 1, eligibleVoters: 7 };
      for (const who of ['manager', 'director', 'accountant', 'bea'] as const) {
        const seen = await view(who, id);
        assert.deepEqual(seen.turnout, turnout, who);
        assert.deepEqual(results(seen), [null, null, null], who);
        assert.equal(seen.meeting.votesPending, null, `${who} holds no vote`);
      }
      const olga = await view('olga', id);
      assert.equal(olga.turnout, null);
      assert.equal(olga.meeting.votesPending, 4, 'three for A3, one for A1');
      assert.equal((await view('piotr', id)).meeting.votesPending, 3);
      const listed = await json<MeetingPage>(
        await (
          await lab.as('olga')
        )('/meetings?status=open&limit=100'),
        200,
      );
      assert.equal(listed.items.find((m) => m.id === id)?.votesPending, 4);
      await lab.close(id);
      const closed = await view('olga', id);
      assert.equal(closed.meeting.votesPending, 0, 'nothing left to cast once closed');
      assert.equal(closed.turnout, null);
      assert.deepEqual((await view('bea', id)).turnout, turnout);
    });

    it('VOTE-1 the list: newest window first, in pages, by status and property; each person sees their own', async () => {
      const annex = await lab.open({ title: 'Annex meeting', propertyId: lab.propertyIds.annex });
      const scheduled = await lab.open({
        title: 'Scheduled',
        opensAt: lab.local(60),
        closesAt: lab.local(3 * 24 * 60),
      });
      const closing = await lab.open({ title: 'Closed' });
      await lab.close(closing.meeting.id);
      const manager = await lab.as('manager');
      const all: MeetingPage['items'] = [];
      let cursor: string | null = null;
      do {
        const page: MeetingPage = await json(
          await manager(`/meetings?limit=3${cursor ? `&cursor=${cursor}` : ''}`),
          200,
        );
        assert.ok(page.items.length <= 3);
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const ids = all.map((m) => m.id);
      assert.equal(new Set(ids).size, ids.length, 'no meeting twice');
      for (const m of [annex, scheduled, closing]) assert.ok(ids.includes(m.meeting.id));
      const closes = all.map((m) => m.closesAt);
      assert.deepEqual(closes, [...closes].sort().reverse(), 'newest window first');
      // The list's times are the tenant's wall clock, as a meeting's are.
      assert.deepEqual(new Set(all.map((m) => m.timeZone)), new Set(['Europe/Warsaw']));

      for (const status of ['scheduled', 'open', 'closed'] as const) {
        const page = await json<MeetingPage>(
          await manager(`/meetings?status=${status}&limit=100`),
          200,
        );
        assert.ok(page.items.length > 0 && page.items.every((m) => m.status === status), status);
      }
      const ofAnnex = await json<MeetingPage>(
        await manager(`/meetings?propertyId=${lab.propertyIds.annex}&limit=100`),
        200,
      );
      assert.deepEqual(
        ofAnnex.items.map((m) => m.id),
        [annex.meeting.id],
      );

      const otto = await json<MeetingPage>(
        await (
          await lab.as('otto')
        )('/meetings?limit=100'),
        200,
      );
      assert.deepEqual(
        otto.items.map((m) => m.id),
        [annex.meeting.id],
        'Otto owns in Annex only',
      );
      const olga = await json<MeetingPage>(
        await (
          await lab.as('olga')
        )('/meetings?limit=100'),
        200,
      );
      assert.ok(olga.items.every((m) => m.property.id === lab.propertyIds.court));
      assert.ok(olga.items.length >= 3);
      const bea = await json<MeetingPage>(await (await lab.as('bea'))('/meetings?limit=100'), 200);
      assert.deepEqual(
        bea.items.map((m) => m.id),
        olga.items.map((m) => m.id),
        'the board sees its property’s',
      );

      const unknown = await (await lab.as('olga'))(`/meetings?propertyId=${lab.propertyIds.annex}`);
      assert.equal(unknown.status, 404, 'a property Olga has no part in');
      const badCursor = await manager('/meetings?cursor=bm90LWEtY3Vyc29y');
      assert.equal(badCursor.status, 400);
      assert.deepEqual(
        (await problemOf(badCursor)).errors?.map((e) => e.field),
        ['cursor'],
      );
      assert.equal(
        (await (await lab.as('rick'))('/meetings')).status,
        403,
        'a resident who owns nothing',
      );
    });

    it('DIR-1 a property without total area holds no meeting; every other broken rule is named with it', async () => {
      const response = await create('manager', {
        ...lab.input({ propertyId: lab.propertyIds.shed }),
        quorum: { numerator: 3, denominator: 2 },
        resolutions: [
          { title: 'Q', text: 'Qualified without fraction.', majority: 'qualified' },
          {
            title: 'F',
            text: 'A fraction where none belongs.',
            majority: 'votes_cast',
            qualifiedFraction: { numerator: 1, denominator: 2 },
          },
          {
            title: 'O',
            text: 'Over one.',
            majority: 'qualified',
            qualifiedFraction: { numerator: 4, denominator: 3 },
          },
        ],
      });
      assert.equal(response.status, 422);
      const problem = await problemOf(response);
      assert.equal(problem.code, 'meeting_rejected');
      assert.deepEqual(
        problem.errors?.map((e) => [e.field, e.code]),
        [
          ['propertyId', 'total_area_missing'],
          ['quorum', 'fraction_over_one'],
          ['resolutions.0.qualifiedFraction', 'required'],
          ['resolutions.1.qualifiedFraction', 'invalid_value'],
          ['resolutions.2.qualifiedFraction', 'fraction_over_one'],
        ],
      );
    });

    it('DIR-1 owned area over the total area and a unit’s shares over the whole are refused, with the figures', async () => {
      const response = await create('manager', lab.input({ propertyId: lab.propertyIds.crowded }));
      const problem = await problemOf(response);
      assert.equal(response.status, 422);
      // D1 70.00 × (0.6 + 0.6) + D2 50.00 × 1 = 134.00 > 100.00
      assert.deepEqual(
        problem.errors?.map(({ field, code, params }) => ({ field, code, params })),
        [
          {
            field: 'propertyId',
            code: 'owned_area_exceeds_total',
            params: { ownedArea: '134.00', totalArea: '100.00' },
          },
          {
            field: 'propertyId',
            code: 'unit_shares_exceed_whole',
            params: { unitNumber: 'D1', shares: '1.2' },
          },
        ],
      );
    });

    it('DIR-1 a property whose units have no owner holds no meeting: no_owners, in every language', async () => {
      for (const locale of ['ru', 'pl', 'en'] as Locale[]) {
        const response = await create('manager', lab.input({ propertyId: lab.propertyIds.empty }), {
          'accept-language': locale,
        });
        assert.equal(response.status, 422);
        const problem = await problemOf(response);
        assert.equal(problem.code, 'meeting_rejected');
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code, e.message]),
          [['propertyId', 'no_owners', fieldMessage('no_owners', locale)]],
        );
      }
      const stored = await lab.sql(async (sql) => {
        const { rows } = await sql.query('SELECT 1 FROM meetings WHERE property_id = $1', [
          lab.propertyIds.empty,
        ]);
        return rows.length;
      });
      assert.equal(stored, 0, 'nothing stored');
    });

    it('VOTE-1 a wall-clock time that happens twice when the clocks go back is the first of the two', async () => {
      // 27 October 2030 in Warsaw: 03:00 summer time becomes 02:00 winter time, so 02:30
      // happens at 00:30 and again at 01:30 UTC; 03:00 only once, in winter time
      const detail = await lab.open({
        title: 'Autumn night',
        opensAt: '2030-10-27T02:30',
        closesAt: '2030-10-27T03:00',
      });
      assert.deepEqual(
        [detail.meeting.opensAt, detail.meeting.closesAt],
        ['2030-10-27T00:30:00.000Z', '2030-10-27T02:00:00.000Z'],
      );
    });

    it('VOTE-3 a window that closes before it opens, or has closed already, is refused on closesAt', async () => {
      const reversed = await create(
        'manager',
        lab.input({ opensAt: lab.local(120), closesAt: lab.local(60) }),
      );
      assert.equal(reversed.status, 422);
      assert.deepEqual(
        (await problemOf(reversed)).errors?.map((e) => [e.field, e.code]),
        [['closesAt', 'window_order']],
      );
      const over = await create(
        'manager',
        lab.input({ opensAt: lab.local(-180), closesAt: lab.local(-1) }),
      );
      assert.equal(over.status, 422);
      assert.deepEqual(
        (await problemOf(over)).errors?.map((e) => [e.field, e.code]),
        [['closesAt', 'window_over']],
      );
      const equal = await create(
        'manager',
        lab.input({ opensAt: '2031-01-01T10:00', closesAt: '2031-01-01T10:00' }),
      );
      assert.deepEqual(
        (await problemOf(equal)).errors?.map((e) => e.code),
        ['window_order'],
      );
    });

    it('a day the month does not have is a 400 naming the field, never a 500', async () => {
      for (const [field, value] of [
        ['opensAt', '2030-02-30T10:00'],
        ['closesAt', '2030-04-31T10:00'],
      ] as const) {
        const response = await create(
          'manager',
          lab.input({ opensAt: '2030-02-01T10:00', closesAt: '2030-03-01T10:00', [field]: value }),
        );
        assert.equal(response.status, 400, value);
        assert.deepEqual(
          (await problemOf(response)).errors?.map((e) => [e.field, e.code]),
          [[field, 'invalid_value']],
        );
      }
    });

    it('validation: a body or a parameter that breaks the contract is a 400 naming the field', async () => {
      const cases: [unknown, string][] = [
        [{ ...lab.input(), title: '' }, 'title'],
        [{ ...lab.input(), resolutions: [] }, 'resolutions'],
        [{ ...lab.input(), quorum: { numerator: 0, denominator: 2 } }, 'quorum.numerator'],
        [{ ...lab.input(), quorum: { numerator: 1, denominator: 1001 } }, 'quorum.denominator'],
        [{ ...lab.input(), opensAt: '2030-01-01 10:00' }, 'opensAt'],
        [
          { ...lab.input(), resolutions: [{ title: 'x', text: 'y', majority: 'most' }] },
          'resolutions.0.majority',
        ],
        [{ ...lab.input(), title: 'x'.repeat(201) }, 'title'],
        [
          {
            ...lab.input(),
            resolutions: Array.from({ length: 51 }, () => lab.input().resolutions[0]),
          },
          'resolutions',
        ],
      ];
      for (const [body, field] of cases) {
        const response = await create('manager', body);
        assert.equal(response.status, 400, field);
        assert.ok(
          (await problemOf(response)).errors?.some((e) => e.field === field),
          field,
        );
      }
      const detail = await lab.open({ title: 'Validation' });
      const badChoice = await (
        await lab.as('olga')
      )(`/meetings/${detail.meeting.id}/votes`, {
        method: 'PUT',
        json: {
          votes: [
            { resolutionId: detail.resolutions[0]?.id, unitId: lab.unitIds.A1, choice: 'maybe' },
          ],
        },
      });
      assert.equal(badChoice.status, 400);
      assert.deepEqual(
        (await problemOf(badChoice)).errors?.map((e) => e.field),
        ['votes.0.choice'],
      );
      const badId = await (await lab.as('olga'))('/meetings/not-a-meeting');
      assert.equal(badId.status, 400);
      assert.deepEqual(
        (await problemOf(badId)).errors?.map((e) => e.field),
        ['meetingId'],
      );
      const badLimit = await (await lab.as('olga'))(`/meetings/${detail.meeting.id}/votes?limit=0`);
      assert.deepEqual(
        (await problemOf(badLimit)).errors?.map((e) => e.field),
        ['limit'],
      );
    });

    it('a refusal speaks the caller’s language: ru, pl, en', async () => {
      for (const locale of ['ru', 'pl', 'en'] as Locale[]) {
        const response = await create('manager', lab.input({ propertyId: lab.propertyIds.shed }), {
          'accept-language': locale,
        });
        const problem = await problemOf(response);
        assert.equal(problem.title, titles.meeting_rejected[locale], locale);
        assert.deepEqual(
          problem.errors?.map((e) => e.message),
          [fieldMessage('total_area_missing', locale)],
        );
      }
      const polish = await problemOf(
        await create('manager', lab.input({ propertyId: lab.propertyIds.crowded }), {
          'accept-language': 'pl',
        }),
      );
      // the figures are written as Polish writes them: a comma, never a point read as thousands
      assert.match(polish.errors?.[0]?.message ?? '', /134,00 m².*100,00 m²/);
    });

    it('VOTE-1 another property’s owner, a resident who owns nothing and another tenant get nothing of a meeting', async () => {
      const secret = 'SEKRET-8812';
      const detail = await lab.open({ title: `Meeting ${secret}` });
      const id = detail.meeting.id;
      const resolutionId = detail.resolutions[0]?.id ?? '';
      await json(await vote('olga', id, ballot(detail, lab.unitIds.A1, ['for'])), 200);
      const before = await view('manager', id);
      const routes = [
        ['listMeetings', 'GET', '/meetings?limit=100', undefined],
        ['createMeeting', 'POST', '/meetings', lab.input({ title: 'Intruder' })],
        ['getMeeting', 'GET', `/meetings/${id}`, undefined],
        [
          'castVotes',
          'PUT',
          `/meetings/${id}/votes`,
          { votes: [{ resolutionId, unitId: lab.unitIds.A1, choice: 'against' }] },
        ],
        ['listMeetingVotes', 'GET', `/meetings/${id}/votes`, undefined],
        ['downloadMeetingProtocol', 'GET', `/meetings/${id}/protocol`, undefined],
      ] as const;
      const petr = await server()
        .client('demo-hotel')
        .auth.signIn({ email: 'petr@nevsky-apart.example', password: 'Manager-2026' });
      const callers = [
        {
          name: 'the owner of another property',
          call: await lab.as('otto'),
          statuses: [200, 403, 404, 404, 404, 404],
        },
        {
          name: 'the board of another property',
          call: await lab.as('ben'),
          statuses: [200, 403, 404, 404, 404, 404],
        },
        {
          name: 'a resident who owns nothing',
          call: await lab.as('rick'),
          statuses: [403, 403, 404, 404, 404, 404],
        },
        {
          name: 'the manager of another tenant, there',
          call: ((path, init = {}) =>
            server().fetch(`/t/demo-hotel${path}`, {
              ...init,
              headers: { authorization: `Bearer ${petr.accessToken}`, ...init.headers },
            })) as Call,
          statuses: [200, 404, 404, 404, 404, 404],
        },
        {
          name: 'the manager of another tenant, here',
          call: ((path, init = {}) =>
            server().fetch(`/t/${lab.slug}${path}`, {
              ...init,
              headers: { authorization: `Bearer ${petr.accessToken}`, ...init.headers },
            })) as Call,
          statuses: [401, 401, 401, 401, 401, 401],
        },
        {
          name: 'anonymous',
          call: ((path, init = {}) => server().fetch(`/t/${lab.slug}${path}`, init)) as Call,
          statuses: [401, 401, 401, 401, 401, 401],
        },
      ];
      for (const caller of callers) {
        for (const [i, [operation, method, path, body]] of routes.entries()) {
          const response = await caller.call(path, { method, ...(body && { json: body }) });
          const answer = await response.text();
          assert.equal(response.status, caller.statuses[i], `${caller.name}: ${operation}`);
          for (const leak of [secret, id, resolutionId]) {
            assert.ok(!answer.includes(leak), `${caller.name}: ${operation} shows nothing`);
          }
        }
      }
      assert.deepEqual(await view('manager', id), before, 'nothing changed');
    });

    it('VOTE-3 the job freezes a closed meeting that no one has read', async () => {
      const detail = await lab.open({ title: 'Unread' });
      const id = detail.meeting.id;
      await json(await vote('boris', id, ballot(detail, lab.unitIds.A4, ['for'])), 200);
      await lab.close(id);
      // (the job's own timer may have run in between: then it froze the meeting)
      await freezeClosedMeetings(server().app.db, server().app.log);
      const stored = await lab.sql(async (sql) => {
        const { rows } = await sql.query<{ frozen: boolean; for_weight: string }>(
          `SELECT m.results_frozen_at IS NOT NULL AS frozen, r.for_weight::text AS for_weight
             FROM meetings m JOIN resolutions r ON r.meeting_id = m.id WHERE m.id = $1`,
          [id],
        );
        return rows;
      });
      assert.deepEqual(stored, [{ frozen: true, for_weight: '71.7500000000' }]);
      assert.equal(
        await freezeClosedMeetings(server().app.db, server().app.log),
        0,
        'nothing left to freeze',
      );
    });

    it('VOTE-3 the job freezes the other meetings when one cannot be frozen, and logs which', async () => {
      const broken = await lab.open({ title: 'Cannot freeze' });
      const fine = await lab.open({ title: 'Freezes' });
      await json(
        await vote('olga', broken.meeting.id, ballot(broken, lab.unitIds.A1, ['for'])),
        200,
      );
      // a total area below the 120.50 voted: its not-voted weight would be negative, which the
      // table refuses; it closes first, so the job meets it before the other
      const setTotal = (area: string) =>
        lab.sql((sql) =>
          sql.query('UPDATE meetings SET total_area = $2 WHERE id = $1', [broken.meeting.id, area]),
        );
      await setTotal('1.00');
      await lab.close(broken.meeting.id);
      await lab.close(fine.meeting.id);
      const logged: unknown[] = [];
      await freezeClosedMeetings(server().app.db, { error: (details) => logged.push(details) });
      const frozen = () =>
        lab.sql(async (sql) => {
          const { rows } = await sql.query<{ id: string; frozen: boolean }>(
            `SELECT id, results_frozen_at IS NOT NULL AS frozen FROM meetings
              WHERE id = ANY($1::uuid[]) ORDER BY closes_at`,
            [[broken.meeting.id, fine.meeting.id]],
          );
          return rows.map((r) => r.frozen);
        });
      assert.deepEqual(await frozen(), [false, true]);
      assert.ok(
        logged.some((l) => (l as { meetingId?: string }).meetingId === broken.meeting.id),
        'the failure names the meeting',
      );
      // repaired, it freezes on the next run
      await setTotal('574.00');
      await freezeClosedMeetings(server().app.db, server().app.log);
      assert.deepEqual(await frozen(), [true, true]);
    });

    it('contract-valid bodies over 64 KB are taken: the longest agenda, votes written with every character escaped', async () => {
      // what a client that escapes everything writes (Python's json.dumps does non-ASCII)
      const escaped = (value: unknown) =>
        JSON.stringify(value, null, 4).replace(
          /"((?:[^"\\]|\\.)*)"/g,
          (_, text: string) =>
            `"${[...(JSON.parse(`"${text}"`) as string)]
              .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
              .join('')}"`,
        );
      const manager = await lab.as('manager');
      const agenda = lab.input({
        title: 'Ł'.repeat(200),
        description: 'ż'.repeat(4000),
        resolutions: Array.from({ length: 50 }, (_, i) => ({
          title: `${i + 1}. ${'ó'.repeat(190)}`,
          text: 'ł'.repeat(20_000),
          majority: 'votes_cast' as const,
        })),
      });
      const body = escaped(agenda);
      assert.ok(body.length > 6_000_000, `${body.length} bytes`);
      const created = await manager('/meetings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const detail = await json<MeetingDetail>(created, 201);
      assert.equal(detail.resolutions.length, 50);
      assert.equal(detail.resolutions[49]?.text, 'ł'.repeat(20_000));

      const votes = [lab.unitIds.A1, lab.unitIds.A3].flatMap((unitId) =>
        detail.resolutions.map((r) => ({ resolutionId: r.id, unitId, choice: 'abstain' })),
      );
      const ballotBody = escaped({ votes });
      assert.ok(ballotBody.length > 64 * 1024, `${ballotBody.length} bytes`);
      const olga = await lab.as('olga');
      const cast = await olga(`/meetings/${detail.meeting.id}/votes`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: ballotBody,
      });
      assert.equal((await json<MeetingDetail>(cast, 200)).meeting.votesPending, 0);

      // over the limit the contract gives: 413, naming that limit
      const limit = jsonBodyLimit('castVotes');
      const tooLong = await olga(`/meetings/${detail.meeting.id}/votes`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: `${JSON.stringify({ votes: votes.slice(0, 1) })}${' '.repeat(limit)}`,
      });
      assert.equal(tooLong.status, 413);
      const problem = await problemOf(tooLong);
      assert.equal(problem.code, 'payload_too_large');
      assert.match(problem.detail ?? '', new RegExp(String(limit)));
    });

    it('VOTE-1 the demo keeps a meeting open: seeded again once it has closed, its estimate attached before it opened', async () => {
      const db = server().app.db;
      const demoMeetings = () =>
        db.withSystem(async (sql) => {
          const { rows } = await sql.query<{
            id: string;
            title: string;
            open: boolean;
            papersFirst: boolean | null;
          }>(
            `SELECT m.id, m.title,
                    m.opens_at <= clock_timestamp() AND clock_timestamp() < m.closes_at AS open,
                    (SELECT bool_and(d.uploaded_at < m.opens_at) FROM meeting_documents d
                      WHERE d.meeting_id = m.id) AS "papersFirst"
               FROM meetings m JOIN tenants t ON t.id = m.tenant_id
              WHERE t.slug = 'lesna-5' ORDER BY m.created_at`,
          );
          return rows;
        });
      const seeded = await demoMeetings();
      assert.deepEqual(
        seeded.map((m) => [m.open, m.papersFirst]),
        [
          [false, null],
          [true, true],
        ],
        'last month’s without papers, the open one with its estimate from before it opened',
      );
      await seedDemoVoting(db, 'lesna-5');
      assert.equal((await demoMeetings()).length, 2, 'nothing more while one is open');

      // weeks later the open one has closed: the next start opens a fresh one
      await lab.sql((sql) =>
        sql.query(
          "UPDATE meetings SET closes_at = clock_timestamp() - interval '1 hour' WHERE id = $1",
          [seeded[1]?.id],
        ),
      );
      await seedDemoVoting(db, 'lesna-5');
      const again = await demoMeetings();
      assert.deepEqual(
        again.map((m) => [m.title, m.open, m.papersFirst]),
        [
          [seeded[0]?.title, false, null],
          [seeded[1]?.title, false, true],
          [seeded[1]?.title, true, true],
        ],
      );
    });

    it('VOTE-1 an Idempotency-Key opens one meeting for two sends', async () => {
      const body = lab.input({ title: 'Once only' });
      const send = () => create('manager', body, { 'idempotency-key': 'vote-lab-once-only' });
      const first = await json<MeetingDetail>(await send(), 201);
      const replay = await send();
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await json<MeetingDetail>(replay, 201), first);
    });
  });
}
