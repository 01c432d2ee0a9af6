import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AtriumClient, Locale, Meeting, VoteChoice } from '@atrium/sdk';
import type { AtriumVoteCastEvent } from '../events/atrium-vote-cast.js';
import type { AtriumVotingDownloadEvent } from '../events/atrium-voting-download.js';
import type { AtriumVoting } from './atrium-voting.js';
import { resultShares } from './results-chart.js';
import {
  baseUrl,
  demo,
  failingFetch,
  locales,
  shadowPart,
  signedInClient,
} from '../testing/atrium-server.js';
import { group, radio, votingDemo, votingOf, type VotingDemo } from '../testing/voting.js';
import { all, focused, root, textOf, retryLoads } from '../testing/widget-queries.js';

const text = {
  signedOut: {
    ru: 'Войдите, чтобы увидеть собрания дома и проголосовать.',
    pl: 'Zaloguj się, aby zobaczyć zebrania wspólnoty i głosować.',
    en: 'Sign in to see your community’s meetings and vote.',
  },
  left: { ru: 'Осталось: ', pl: 'Pozostało: ', en: 'Time left: ' },
  days: { ru: /\d+ (день|дня|дней)/, pl: /\d+ (dzień|dni)/, en: /\d+ days?/ },
  closes: {
    ru: 'Голосование завершится ',
    pl: 'Głosowanie kończy się ',
    en: 'Voting closes ',
  },
  choice: {
    for: { ru: 'За', pl: 'Za', en: 'For' },
    against: { ru: 'Против', pl: 'Przeciw', en: 'Against' },
    abstain: { ru: 'Воздерживаюсь', pl: 'Wstrzymuję się', en: 'Abstain' },
  },
  recorded: { ru: 'Учтён: ', pl: 'Zapisano: ', en: 'Recorded: ' },
  saved: {
    ru: 'Учтено 3 голоса.',
    pl: 'Zapisano 3 głosy.',
    en: 'Your 3 votes have been recorded.',
  },
  group: {
    ru: (n: number) => `Вопрос ${n}: Ваш голос (помещение 12)`,
    pl: (n: number) => `Uchwała nr ${n}: Twój głos (lokal 12)`,
    en: (n: number) => `Resolution ${n}: Your vote (unit 12)`,
  },
  line: {
    ru: (n: number, choice: string) => `Вопрос ${n}, помещение 12: ${choice}`,
    pl: (n: number, choice: string) => `Uchwała nr ${n}, lokal 12: ${choice}`,
    en: (n: number, choice: string) => `Resolution ${n}, unit 12: ${choice}`,
  },
  weight: { ru: '27,15 м² (1,48 %)', pl: '27,15 m² (1,48%)', en: '27.15 m² (1.48%)' },
  voters: {
    ru: (voters: number, eligible: number) =>
      `Собственников проголосовало: ${voters} из ${eligible}.`,
    pl: (voters: number, eligible: number) =>
      `Właściciele, którzy głosowali: ${voters} z ${eligible}.`,
    en: (voters: number, eligible: number) => `Owners who voted: ${voters} of ${eligible}.`,
  },
  quorum: {
    true: { ru: 'Есть', pl: 'Osiągnięte', en: 'Reached' },
    false: { ru: 'Нет', pl: 'Nieosiągnięte', en: 'Not reached' },
  },
  outcome: {
    true: { ru: 'Принято', pl: 'Podjęta', en: 'Passed' },
    false: { ru: 'Не принято', pl: 'Niepodjęta', en: 'Not passed' },
  },
  area: { ru: 'м²', pl: 'm²', en: 'm²' },
} as const;

const hundredths = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

// Intl writes some spaces as no-break spaces; the widget's text is compared with spaces.
const spaced = (figure: string) => figure.replace(/\s+/g, ' ');

/** An area as the test expects it: the API's weight, to the hundredth. */
function area(weight: string, locale: Locale): string {
  const figure = new Intl.NumberFormat(locale, hundredths).format(
    weight as Intl.StringNumericLiteral,
  );
  return spaced(`${figure} ${text.area[locale]}`);
}

/** An area with its share (a decimal, `0.2860`) to the hundredth of a percent. */
function areaShare(weight: string, share: string, locale: Locale): string {
  const figure = new Intl.NumberFormat(locale, { style: 'percent', ...hundredths }).format(
    share as Intl.StringNumericLiteral,
  );
  return spaced(`${area(weight, locale)} (${figure})`);
}

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000);

let anna: AtriumClient;
let katarzyna: AtriumClient;
let openDemo: Meeting;
let closedDemo: Meeting;
let unit12: string;
let freshMeeting: VotingDemo['freshMeeting'];

before(async () => {
  ({
    anna,
    katarzyna,
    open: openDemo,
    closed: closedDemo,
    unit12,
    freshMeeting,
  } = await votingDemo());
});

describe('atrium-voting', () => {
  for (const locale of locales) {
    it(`VOTE-1: Anna sees the open meeting before the closed ones, with its deadline and the time left, in ${locale}`, async () => {
      const el = await votingOf(anna, locale);
      const [upcoming] = all(el, '[part="list"]');
      const row = upcoming?.querySelector(`[part="row"][data-meeting="${openDemo.id}"]`);
      expect(row, 'the open demo meeting is listed').to.not.equal(null);
      expect(textOf(row?.querySelector('[part="open"]'))).to.equal(openDemo.title);
      expect(row?.querySelector('[part="badge"]')?.getAttribute('data-status')).to.equal('open');
      const window = textOf(row?.querySelector('[part="window"]'));
      expect(window).to.contain(text.closes[locale]);
      const countdown = textOf(row?.querySelector('[part="countdown"]')) ?? '';
      expect(countdown.startsWith(text.left[locale]), countdown).to.equal(true);
      expect(countdown).to.match(text.days[locale]);
      // The list writes the close on the tenant's clocks, as the meeting's view does.
      const view = await votingOf(anna, locale, openDemo.id);
      const deadline = (line: Element | null | undefined) =>
        textOf(line)?.replace(textOf(line?.querySelector('[part="countdown"]')) ?? '', '');
      expect(deadline(row?.querySelector('[part="window"]'))).to.equal(
        deadline(shadowPart(view, '[part="meeting"] [part="window"]')),
      );
      // Closed meetings come after every open or scheduled one.
      const rows = all(el, '[part="row"]');
      const firstClosed = rows.findIndex((r) => r.querySelector('[data-status="closed"]'));
      const lastUpcoming = rows.findLastIndex((r) => !r.querySelector('[data-status="closed"]'));
      expect(firstClosed).to.be.greaterThan(lastUpcoming);
      await expect(el).to.be.accessible();
    });

    it(`VOTE-2, VOTE-3: Anna votes on each resolution for unit 12 through the confirmation, and her votes show recorded, in ${locale}`, async () => {
      const meeting = await freshMeeting(inTwoDays());
      const id = meeting.meeting.id;
      const el = await votingOf(anna, locale, id);
      expect(textOf(shadowPart(el, '[part="weights"]'))).to.contain(text.weight[locale]);
      expect(all(el, '[part="vote"]')).to.have.length(3);
      // Each radio group is named by its resolution and its unit, not by the unit alone.
      expect(all(el, '[part="vote"] legend').map((legend) => textOf(legend))).to.deep.equal(
        [1, 2, 3].map((n) => text.group[locale](n)),
      );
      const choices: VoteChoice[] = ['for', 'against', 'abstain'];
      meeting.resolutions.forEach((resolution, i) =>
        radio(el, resolution.id, unit12, choices[i] as VoteChoice).click(),
      );
      await el.updateComplete;
      shadowPart(el, '[part="review"]').click();
      await waitUntil(() => root(el).querySelector('[part="confirm"]'), 'no confirmation');
      await el.updateComplete;
      expect(focused(el)).to.equal(shadowPart(el, '[part="confirm"] h4'));
      const lines = all(el, '[part="confirm-list"] li').map((li) => textOf(li));
      expect(lines).to.deep.equal(
        choices.map((choice, i) => text.line[locale](i + 1, text.choice[choice][locale])),
      );
      // The choices are locked while they are being confirmed.
      expect(radio(el, meeting.resolutions[0]?.id as string, unit12, 'against').disabled).to.equal(
        true,
      );
      await expect(el).to.be.accessible();

      const cast = oneEvent(el, 'atrium-vote-cast') as Promise<AtriumVoteCastEvent>;
      shadowPart(el, '[part="send"]').click();
      const { detail } = await cast;
      expect(detail.meetingId).to.equal(id);
      expect(detail.votes.map((vote) => vote.choice)).to.deep.equal(choices);
      await waitUntil(() => root(el).querySelector('[part="saved"]'), 'not saved');
      await el.updateComplete;
      expect(textOf(shadowPart(el, '[part="saved"]'))).to.equal(text.saved[locale]);
      expect(focused(el)).to.equal(shadowPart(el, '[part="saved"]'));

      const stored = await anna.voting.get(id);
      const votes = stored.myUnits.find((unit) => unit.unitId === unit12)?.votes ?? [];
      expect(votes.map((vote) => vote.choice)).to.deep.equal(choices);
      meeting.resolutions.forEach((resolution, i) => {
        const recorded = textOf(
          group(el, resolution.id, unit12).querySelector('[part="recorded"]'),
        );
        const choice = text.choice[choices[i] as VoteChoice][locale];
        expect(recorded).to.contain(`${text.recorded[locale]}${choice}, `);
        expect(radio(el, resolution.id, unit12, choices[i] as VoteChoice).checked).to.equal(true);
      });
      await expect(el).to.be.accessible();
    });

    it(`VOTE-2: Katarzyna (staff) sees the turnout of the open meeting and no running result, in ${locale}`, async () => {
      const { turnout, totalArea } = await katarzyna.voting.get(openDemo.id);
      if (!turnout) throw new Error('staff get no turnout');
      const el = await votingOf(katarzyna, locale, openDemo.id);
      const bar = shadowPart<HTMLProgressElement>(el, '[part="turnout-bar"]');
      expect(bar.value).to.be.closeTo(Number(turnout.votedWeight) / Number(totalArea), 1e-9);
      const said = textOf(shadowPart(el, '[part="turnout"]'));
      expect(said).to.contain(text.voters[locale](turnout.voters, turnout.eligibleVoters));
      expect(said).to.contain(area(turnout.votedWeight, locale));
      for (const piece of ['results', 'outcome', 'chart', 'vote', 'ballot']) {
        expect(root(el).querySelector(`[part="${piece}"]`), piece).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });

    it(`VOTE-3: the closed meeting's results table holds the API's figures, and the protocol downloads as a PDF, in ${locale}`, async () => {
      const stored = await anna.voting.get(closedDemo.id);
      const el = await votingOf(anna, locale, closedDemo.id);
      await waitUntil(() => root(el).querySelector('[part="results-table"]'), 'no results');
      // The chart shows the table's figures; screen readers read the table, not the chart.
      const chart = shadowPart(el, '[part="chart"]');
      expect(chart.querySelector('canvas')).to.not.equal(null);
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      for (const resolution of stored.resolutions) {
        const result = resolution.result;
        if (!result) throw new Error('a closed meeting without results');
        const row = shadowPart(el, `[part="results-row"][data-resolution="${resolution.id}"]`);
        const cell = (part: string) => textOf(row.querySelector(`[data-part="${part}"]`));
        // The four shares are split as the protocol splits them: they make 100.00 %.
        const shares = resultShares(result, stored.totalArea);
        const total = Object.values(shares).reduce((sum, share) => sum + Number(share), 0);
        expect(total).to.be.closeTo(1, 1e-9);
        for (const part of ['for', 'against', 'abstain', 'notVoted'] as const) {
          expect(cell(part), part).to.equal(areaShare(result[part], shares[part], locale));
        }
        expect(cell('quorum')).to.equal(text.quorum[`${result.quorumReached}`][locale]);
        expect(cell('outcome')).to.equal(text.outcome[`${result.passed}`][locale]);
      }
      await expect(el).to.be.accessible();

      const arrived = oneEvent(el, 'atrium-voting-download') as Promise<AtriumVotingDownloadEvent>;
      el.addEventListener('atrium-voting-download', (event) => event.preventDefault(), {
        once: true,
      });
      shadowPart(el, '[part="protocol"]').click();
      const { detail } = await arrived;
      expect(detail.kind).to.equal('protocol');
      expect(detail.meetingId).to.equal(closedDemo.id);
      expect(detail.fileName).to.match(/\.pdf$/);
      const head = new TextDecoder().decode(await detail.blob.slice(0, 5).arrayBuffer());
      expect(head).to.equal('%PDF-');
      await expect(el).to.be.accessible();
    });

    it(`signed out, it asks to sign in, in ${locale}`, async () => {
      const el = await fixture<AtriumVoting>(
        html`<atrium-voting base-url=${baseUrl} tenant="lesna-5" locale=${locale}></atrium-voting>`,
      );
      await waitUntil(() => root(el).querySelector('[part="status"]'), 'no prompt');
      expect(textOf(shadowPart(el, '[part="status"]'))).to.equal(text.signedOut[locale]);
      await expect(el).to.be.accessible();
    });

    it(`an unreachable server is said, with "Try again" that loads the meetings, in ${locale}`, async () => {
      const client = await signedInClient(demo.anna, {
        fetch: failingFetch(/\/meetings$/, 1),
        retry: { limit: 0 },
      });
      await retryLoads(await votingOf(client, locale), locale, '[part="list"]');
    });
  }

  it('VOTE-3: a vote sent with the keyboard alone: arrows pick in a group, Tab moves on, Enter reviews, Escape goes back, Enter sends', async () => {
    const meeting = await freshMeeting(inTwoDays(), 2);
    const [first, second] = meeting.resolutions.map((resolution) => resolution.id) as [
      string,
      string,
    ];
    const el = await votingOf(anna, 'pl', meeting.meeting.id);
    shadowPart(el, '[part="back"]').focus();
    // Tab on to the first vote group: its first choice takes the focus.
    for (let i = 0; i < 30 && focused(el) !== radio(el, first, unit12, 'for'); i++) {
      await sendKeys({ press: 'Tab' });
    }
    expect(focused(el)).to.equal(radio(el, first, unit12, 'for'));
    await sendKeys({ press: 'ArrowRight' });
    expect(radio(el, first, unit12, 'against').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radio(el, second, unit12, 'for'));
    await sendKeys({ press: 'Space' });
    expect(radio(el, second, unit12, 'for').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(shadowPart(el, '[part="review"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part="confirm"]'), 'no confirmation');
    await el.updateComplete;
    expect(focused(el)).to.equal(shadowPart(el, '[part="confirm"] h4'));
    // Escape goes back to the votes, where Enter reviews them again.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(focused(el)).to.equal(shadowPart(el, '[part="review"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part="confirm"]'), 'no confirmation');
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(shadowPart(el, '[part="send"]'));
    const cast = oneEvent(el, 'atrium-vote-cast') as Promise<AtriumVoteCastEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await cast;
    expect(detail.votes.map((vote) => vote.choice)).to.deep.equal(['against', 'for']);
    const stored = await anna.voting.get(meeting.meeting.id);
    const votes = stored.myUnits.find((unit) => unit.unitId === unit12)?.votes ?? [];
    expect(votes.map((vote) => [vote.resolutionId, vote.choice])).to.deep.equal([
      [first, 'against'],
      [second, 'for'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('a resident of another tenant is refused the meetings', async () => {
    const irina = await signedInClient(demo.irina);
    const el = await votingOf(irina, 'ru', openDemo.id);
    expect(root(el).querySelector('[part="meeting"]')).to.equal(null);
    expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
  });
});
