import { expect, waitUntil } from '@open-wc/testing';
import type { Locale } from '@atrium/sdk';
import { demo, locales, shadowPart, signedInClient } from '../testing/atrium-server.js';
import { radio, votingDemo, votingOf } from '../testing/voting.js';
import { root, textOf } from '../testing/widget-queries.js';

// A file of its own: it waits for a real window to close. A window closes on a whole minute
// (the contract's LocalDateTime has no seconds) and the server's clock decides, so the test
// waits for the first whole minute after its setup: 6 to 66 s.

/** Signing in, creating the meeting and loading three widgets fit in this, on a busy machine. */
const SETUP = 6_000;

const closed = {
  ru: 'Голосование завершено: эти голоса не учтены.',
  pl: 'Głosowanie zostało zakończone: te głosy nie zostały zapisane.',
  en: 'Voting has closed: these votes were not recorded.',
} as const;

const until = (at: number, message: string) =>
  waitUntil(() => Date.now() >= at, message, { timeout: 120_000, interval: 200 });

describe('atrium-voting at the close', () => {
  it('VOTE-3: votes sent just before the close that reach the server after it are refused, and each widget says so in its language', async function () {
    this.timeout(100_000);
    const { anna, unit12, freshMeeting } = await votingDemo();
    let closesAt = Number.POSITIVE_INFINITY;
    // A slow network: votes sent two seconds before the close arrive a second after it.
    const slowVotes: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'PUT') await until(closesAt + 1000, 'never delivered');
      return fetch(request);
    };
    const client = await signedInClient(demo.anna, { fetch: slowVotes, retry: { limit: 0 } });
    closesAt = Math.ceil((Date.now() + SETUP) / 60_000) * 60_000;
    const meeting = await freshMeeting(new Date(closesAt), 1);
    const resolutionId = meeting.resolutions[0]?.id as string;
    const widgets = await Promise.all(
      locales.map((locale) => votingOf(client, locale, meeting.meeting.id)),
    );
    for (const el of widgets) {
      radio(el, resolutionId, unit12, 'for').click();
      await el.updateComplete;
      shadowPart(el, '[part="review"]').click();
      await waitUntil(() => root(el).querySelector('[part="send"]'), 'no confirmation');
    }
    expect(Date.now(), 'the setup took longer than SETUP').to.be.below(closesAt - 2000);
    await until(closesAt - 2000, 'the close never came near');
    for (const el of widgets) shadowPart(el, '[part="send"]').click();

    for (const [i, el] of widgets.entries()) {
      const locale = locales[i] as Locale;
      await waitUntil(() => root(el).querySelector('[part="form-error"]'), 'no refusal', {
        timeout: 15000,
      });
      expect(textOf(shadowPart(el, '[part="form-error"]'))).to.equal(closed[locale]);
      // The meeting is shown as it is now: closed, with no vote buttons left.
      await waitUntil(
        () => root(el).querySelector('[part="meeting"] [data-status="closed"]'),
        'still shown open',
        { timeout: 10000 },
      );
      expect(root(el).querySelector('[part="vote"]')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    const stored = await anna.voting.get(meeting.meeting.id);
    expect(stored.myUnits.flatMap((unit) => unit.votes)).to.deep.equal([]);
  });
});
