// The voting namespace against the real server and its Polish community: Katarzyna
// manages it, Anna and Jan own half of unit 12 each (VOTE-1..3).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AtriumError, localDateTime, type MeetingDetail } from '../src/index.js';
import { ANNA, JAN, startRealServer, TENANT, signingIn, type RealServer } from './real-server.js';
import { recordingFetch } from './recording-fetch.js';

const KATARZYNA = { email: 'katarzyna@lesna5.example', password: 'Zarzad-2026!' };
const ZONE = 'Europe/Warsaw';

let server: RealServer;
before(async () => {
  server = await startRealServer();
});
after(() => server.close());

const signedIn = signingIn(() => server, TENANT);

/** The wall-clock time in Warsaw `minutes` from now, as the contract's LocalDateTime. */
const warsaw = (minutes: number) => localDateTime(new Date(Date.now() + minutes * 60_000), ZONE);

/** A meeting of Anna's property open now, with one resolution, opened by the manager. */
async function openMeeting(): Promise<MeetingDetail> {
  const anna = await signedIn(ANNA);
  const property = (await anna.people.me()).units[0]?.property;
  assert.ok(property, 'Anna owns a unit');
  const katarzyna = await signedIn(KATARZYNA);
  return katarzyna.voting.create({
    propertyId: property.id,
    title: `SDK meeting ${Math.random().toString(36).slice(2, 8)}`,
    opensAt: warsaw(-5),
    closesAt: warsaw(24 * 60),
    quorum: { numerator: 1, denominator: 2 },
    resolutions: [{ title: 'Roof repair', text: 'The owners approve it.', majority: 'all_shares' }],
  });
}

test('VOTE-3: a vote whose answer is lost is sent again and stored once', async () => {
  const detail = await openMeeting();
  const resolutionId = detail.resolutions[0]?.id ?? '';
  const recorder = recordingFetch();
  let dropped = false;
  const lossy: typeof fetch = async (input, init) => {
    const response = await recorder.fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (!dropped && url.endsWith('/votes')) {
      dropped = true;
      throw new TypeError('connection reset');
    }
    return response;
  };
  const anna = await signedIn(ANNA, { fetch: lossy });
  const unitId = (await anna.people.me()).units[0]?.id ?? '';

  const voted = await anna.voting.vote(detail.meeting.id, {
    votes: [{ resolutionId, unitId, choice: 'for' }],
  });
  assert.equal(recorder.received(`PUT /meetings/${detail.meeting.id}/votes`).length, 2);
  assert.deepEqual(
    voted.myUnits.flatMap((unit) => unit.votes.map((vote) => vote.choice)),
    ['for'],
  );
  const audit = await anna.voting.votes(detail.meeting.id);
  assert.equal(audit.items.length, 1, 'the retry added no version');
  assert.equal(audit.items[0]?.author.name, 'Anna Nowak');
});

test('VOTE-2: the owner’s weight is the unit’s area times the share, exact', async () => {
  const detail = await openMeeting();
  const jan = await signedIn(JAN);
  const seen = await jan.voting.get(detail.meeting.id);
  const [unit] = seen.myUnits;
  assert.ok(unit, 'Jan holds a vote');
  // 54.30 m² × 0.5
  assert.equal(unit.weight, '27.1500000000');
  assert.equal(seen.turnout, null, 'an owner sees no turnout');
  assert.equal(seen.meeting.votesPending, 1);
});

test('VOTE-3: a vote for a unit the caller holds no vote for is vote_rejected, named', async () => {
  const detail = await openMeeting();
  const anna = await signedIn(ANNA, { locale: 'pl' });
  const error = await anna.voting
    .vote(detail.meeting.id, {
      votes: [
        {
          resolutionId: detail.resolutions[0]?.id ?? '',
          unitId: '00000000-0000-4000-8000-000000000000',
          choice: 'against',
        },
      ],
    })
    .catch((caught: unknown) => caught);
  assert.ok(error instanceof AtriumError);
  assert.equal(error.status, 422);
  assert.equal(error.code, 'vote_rejected');
  assert.equal(error.fieldErrors[0]?.field, 'votes.0.unitId');
  assert.equal(error.fieldErrors[0]?.code, 'not_entitled');
});

test('VOTE-3: a closed meeting refuses votes and serves its frozen results and protocol', async () => {
  const anna = await signedIn(ANNA);
  const closed = (await anna.voting.list({ status: 'closed' })).items[0];
  assert.ok(closed, 'the demo has a closed meeting');
  const detail = await anna.voting.get(closed.id);
  assert.ok(detail.resultsFrozenAt);
  assert.ok(detail.resolutions.every((resolution) => resolution.result !== null));

  const unitId = detail.myUnits[0]?.unitId ?? '';
  const error = await anna.voting
    .vote(closed.id, {
      votes: [{ resolutionId: detail.resolutions[0]?.id ?? '', unitId, choice: 'for' }],
    })
    .catch((caught: unknown) => caught);
  assert.ok(error instanceof AtriumError);
  assert.equal(error.code, 'voting_closed');

  const protocol = await anna.voting.downloadProtocol(detail, { locale: 'en' });
  assert.equal(protocol.contentType, 'application/pdf');
  assert.match(protocol.fileName, /\.pdf$/);
  const head = new TextDecoder().decode((await protocol.blob.arrayBuffer()).slice(0, 5));
  assert.equal(head, '%PDF-');
});

test('VOTE-1: a meeting with a window that closes before it opens is refused, named', async () => {
  const anna = await signedIn(ANNA);
  const property = (await anna.people.me()).units[0]?.property;
  const katarzyna = await signedIn(KATARZYNA);
  const error = await katarzyna.voting
    .create({
      propertyId: property?.id ?? '',
      title: 'Backwards',
      opensAt: warsaw(120),
      closesAt: warsaw(60),
      quorum: { numerator: 1, denominator: 2 },
      resolutions: [{ title: 'Any', text: 'Any.', majority: 'votes_cast' }],
    })
    .catch((caught: unknown) => caught);
  assert.ok(error instanceof AtriumError);
  assert.equal(error.code, 'meeting_rejected');
  assert.deepEqual(
    error.fieldErrors.map((entry) => [entry.field, entry.code]),
    [['closesAt', 'window_order']],
  );
});
