import { expect, waitUntil } from '@open-wc/testing';
import type { Locale } from '@atrium/sdk';
import { demo, locales, shadowPart, signedInClient } from '../testing/atrium-server.js';
import { closeMeetingIn, radio, votingDemo, votingOf } from '../testing/voting.js';
import { root, textOf } from '../testing/widget-queries.js';

// A real close on the server's clock: the meeting's close is moved to a few seconds ahead
// through the server's own database (a window set through the API closes on a whole minute),
// and the server alone judges each vote by its clock under its locks.

/** From the move to the close: room for the control vote and the three sends before it. */
const CLOSE_IN_SECONDS = 3;

const closed = {
  ru: 'Голосование завершено: эти голоса не учтены.',
  pl: 'Głosowanie zostało zakończone: te głosy nie zostały zapisane.',
  en: 'Voting has closed: these votes were not recorded.',
} as const;

const until = (at: number, message: string) =>
  waitUntil(() => Date.now() >= at, message, { timeout: 20_000, interval: 50 });

describe('atrium-voting at the close', () => {
  it('VOTE-3: votes sent just before the close that reach the server after it are refused, and each widget says so in its language', async function () {
    this.timeout(30_000);
    const { anna, unit12, freshMeeting } = await votingDemo();
    let closesAt = Number.POSITIVE_INFINITY;
    // A slow network: votes sent just before the close arrive a second after it.
    const slowVotes: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'PUT') await until(closesAt + 1000, 'never delivered');
      return fetch(request);
    };
    const client = await signedInClient(demo.anna, { fetch: slowVotes, retry: { limit: 0 } });
    const meeting = await freshMeeting(new Date(Date.now() + 86_400_000), 2);
    const meetingId = meeting.meeting.id;
    const [control, late] = meeting.resolutions.map((resolution) => resolution.id) as [
      string,
      string,
    ];
    const widgets = await Promise.all(locales.map((locale) => votingOf(client, locale, meetingId)));
    for (const el of widgets) {
      radio(el, late, unit12, 'for').click();
      await el.updateComplete;
      shadowPart(el, '[part="review"]').click();
      await waitUntil(() => root(el).querySelector('[part="send"]'), 'no confirmation');
    }

    closesAt = await closeMeetingIn(meetingId, CLOSE_IN_SECONDS);
    // The control: the window is still open on the server, and a vote that arrives now counts.
    const before = await anna.voting.vote(meetingId, {
      votes: [{ resolutionId: control, unitId: unit12, choice: 'against' }],
    });
    expect(before.meeting.status).to.equal('open');
    expect(Date.parse(before.meeting.closesAt)).to.equal(closesAt);
    await until(closesAt - 1000, 'the close never came near');
    for (const el of widgets) shadowPart(el, '[part="send"]').click();
    expect(Date.now(), 'the votes were sent after the close').to.be.below(closesAt);

    for (const [i, el] of widgets.entries()) {
      const locale = locales[i] as Locale;
      await waitUntil(() => root(el).querySelector('[part="form-error"]'), 'no refusal', {
        timeout: 10_000,
      });
      expect(textOf(shadowPart(el, '[part="form-error"]'))).to.equal(closed[locale]);
      // The meeting is shown as it is now: closed, with no vote buttons left.
      await waitUntil(
        () => root(el).querySelector('[part="meeting"] [data-status="closed"]'),
        'still shown open',
        { timeout: 10_000 },
      );
      expect(root(el).querySelector('[part="vote"]')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    // Only the vote that arrived before the close is stored, and it is in the frozen result.
    const stored = await anna.voting.get(meetingId);
    const votes = stored.myUnits.flatMap((unit) => unit.votes);
    expect(votes.map((vote) => [vote.resolutionId, vote.choice])).to.deep.equal([
      [control, 'against'],
    ]);
    expect(Date.parse(votes[0]?.castAt ?? '')).to.be.below(closesAt);
    const weight = stored.myUnits.find((unit) => unit.unitId === unit12)?.weight;
    const none = '0.0000000000';
    expect(
      stored.resolutions.map((resolution) => [resolution.result?.for, resolution.result?.against]),
    ).to.deep.equal([
      [none, weight],
      [none, none],
    ]);
  });
});
