import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locale } from '@atrium/sdk';
import { attachment } from '../src/reports/disposition.js';
import type { MeetingDetail, VoteChoice } from '../src/voting/types.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import { pdfText } from './pdf-text.js';
import { createVotingLab, timeZone, type VotingLab, type Who } from './voting-fixture.js';

// Court's roll (see voting-fixture.ts), weights by hand: A1 olga 120.50; A2 piotr
// 80.25 × 0.66666667 = 53.5000002675 and rita 80.25 × 0.33333333 = 26.7499997325; A3 olga
// and sam 99.99 × 0.5 = 49.995 each; A4 boris 71.75; A5 sam 45.00. Owned 417.49 of 574.00.
type Ballot = [who: Who, unit: 'A1' | 'A2' | 'A3' | 'A4' | 'A5', choices: (VoteChoice | null)[]];
const ballots: Ballot[] = [
  // olga first votes against the budget on A1, then changes her mind: only "for" counts
  ['olga', 'A1', ['against', 'for', 'for']],
  ['olga', 'A1', ['for', null, null]],
  ['olga', 'A3', ['for', 'for', 'for']],
  ['sam', 'A3', ['against', 'for', 'for']],
  ['sam', 'A5', ['abstain', 'for', 'for']],
  ['piotr', 'A2', ['for', null, 'for']],
  ['rita', 'A2', ['against', null, 'abstain']],
  ['boris', 'A4', [null, null, 'for']],
];

/**
 * The frozen results by hand, as the English protocol prints them: weight and % of 574.00.
 * 1 Budget (votes cast): for 120.50 + 49.995 + 53.5000002675, against 49.995 + 26.7499997325,
 *   abstain 45; cast 345.74 ≥ 287 (quorum 1/2) and for > against: passed.
 * 2 Lift (all shares): olga and sam only, 265.49 < 287: quorum missed, not passed.
 * 3 Facade (2/3 of all): for 390.7400002675 ≥ 382.67, rita abstains: passed.
 */
const expected = [
  {
    for: ['223.9950002675', '39.02%'],
    against: ['76.7449997325', '13.37%'],
    abstain: ['45.00', '7.84%'],
    notVoted: ['228.26', '39.77%'],
    quorumReached: true,
    passed: true,
  },
  {
    for: ['265.49', '46.25%'],
    against: ['0.00', '0.00%'],
    abstain: ['0.00', '0.00%'],
    notVoted: ['308.51', '53.75%'],
    quorumReached: false,
    passed: false,
  },
  {
    for: ['390.7400002675', '68.07%'],
    against: ['0.00', '0.00%'],
    abstain: ['26.7499997325', '4.66%'],
    notVoted: ['156.51', '27.27%'],
    quorumReached: true,
    passed: true,
  },
];

// Each language's words, written out here rather than read from the server's tables.
const words = {
  en: {
    title: "Protocol of the owners' general meeting",
    rows: ['For', 'Against', 'Abstained', 'Did not vote'],
    quorum: ['Quorum: reached', 'Quorum: not reached'],
    outcome: ['Outcome: passed', 'Outcome: not passed'],
    majority: [
      'a simple majority of the votes cast',
      'a majority of all shares',
      'a qualified majority: for at least 2/3 of the total area',
    ],
    resolution: 'Resolution',
    votes: "The owners' votes",
    choices: { for: 'for', against: 'against', abstain: 'abstain' },
    totalArea: "Property's total area: 574.00 m²",
    quorumRule: 'Quorum: 1/2 of the total area',
    frozenAt: 'Results computed:',
    stem: 'protocol',
  },
  pl: {
    title: 'Protokół z zebrania właścicieli',
    rows: ['Za', 'Przeciw', 'Wstrzymało się', 'Nie głosowało'],
    quorum: ['Kworum: osiągnięte', 'Kworum: nieosiągnięte'],
    outcome: ['Wynik: uchwała podjęta', 'Wynik: uchwała niepodjęta'],
    majority: [
      'zwykłą większością oddanych głosów',
      'większością udziałów',
      'większością kwalifikowaną: za co najmniej 2/3 powierzchni całkowitej',
    ],
    resolution: 'Uchwała',
    votes: 'Głosy właścicieli',
    choices: { for: 'za', against: 'przeciw', abstain: 'wstrzymuje się' },
    totalArea: 'Powierzchnia całkowita nieruchomości: 574,00 m²',
    quorumRule: 'Kworum: 1/2 powierzchni całkowitej',
    frozenAt: 'Wyniki ustalono:',
    stem: 'protokol',
  },
  ru: {
    title: 'Протокол общего собрания собственников',
    rows: ['За', 'Против', 'Воздержались', 'Не голосовали'],
    quorum: ['Кворум: есть', 'Кворум: нет'],
    outcome: ['Итог: решение принято', 'Итог: решение не принято'],
    majority: [
      'простым большинством поданных голосов',
      'большинством от общего числа голосов',
      'квалифицированным большинством: «за» не менее 2/3 общей площади',
    ],
    resolution: 'Вопрос',
    votes: 'Голоса собственников',
    choices: { for: 'за', against: 'против', abstain: 'воздержался' },
    totalArea: 'Общая площадь объекта: 574,00 м²',
    quorumRule: 'Кворум: 1/2 общей площади',
    frozenAt: 'Итоги подведены:',
    stem: 'protokol',
  },
} satisfies Record<Locale, unknown>;

/** A weight as the protocol prints it ('45.00') written as the API does: ten decimals. */
const exact = (printed: string) => {
  const [whole, fraction = ''] = printed.split('.');
  return `${whole}.${fraction.padEnd(10, '0')}`;
};

/** The English figure in another language: a decimal comma, a space before % in Russian. */
function localised(figure: string, locale: Locale) {
  if (locale === 'en') return figure;
  const comma = figure.replace('.', ',');
  return locale === 'ru' ? comma.replace('%', ' %') : comma;
}

// One space for any run of white space (pdf.js splits cells, ru numbers use U+00A0).
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A wall-clock time in the lab's zone, 24-hour: what the pl and ru protocols print. */
const clock = (at: string) =>
  new Intl.DateTimeFormat('pl', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
const localDay = (at: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(new Date(at));

for (const engine of engines) {
  describe(`the meeting protocol on ${engine.name}`, () => {
    const server = useServer(engine);
    let lab: VotingLab;
    let other: VotingLab;
    let meeting: MeetingDetail;
    let closing: Promise<void> | undefined;
    // the window ends once: after the freeze, its close can only stay where it was
    const closeOnce = () => (closing ??= lab.close(meeting.meeting.id));

    const protocol = async (who: Who, query = '', on: VotingLab = lab) => {
      const response = await (await on.as(who))(`/meetings/${meeting.meeting.id}/protocol${query}`);
      return response;
    };
    const protocolText = async (who: Who, query = '') => {
      const response = await protocol(who, query);
      assert.equal(response.status, 200, `${who} ${query}`);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      return {
        response,
        text: flat(await pdfText(Buffer.from(await response.arrayBuffer()))),
      };
    };

    before(async () => {
      lab = await createVotingLab(server(), 'protocol-lab');
      other = await createVotingLab(server(), 'protocol-other');
      meeting = await lab.open({
        title: 'Annual meeting 2026',
        resolutions: [
          { title: 'Budget', text: 'The owners approve the budget.', majority: 'votes_cast' },
          { title: 'Lift', text: 'The owners agree to a new lift.', majority: 'all_shares' },
          {
            title: 'Facade',
            text: 'The owners agree to insulate the facade. '.repeat(30).trim(),
            majority: 'qualified',
            qualifiedFraction: { numerator: 2, denominator: 3 },
          },
        ],
      });
      for (const [who, unit, choices] of ballots) {
        const votes = choices.flatMap((choice, n) => {
          const resolutionId = meeting.resolutions[n]?.id;
          return choice && resolutionId
            ? [{ resolutionId, unitId: lab.unitIds[unit], choice }]
            : [];
        });
        const cast = await (
          await lab.as(who)
        )(`/meetings/${meeting.meeting.id}/votes`, { method: 'PUT', json: { votes } });
        assert.equal(cast.status, 200, await cast.clone().text());
      }
    });

    it('VOTE-3 no protocol before the close: 409 voting_not_closed, scheduled or open', async () => {
      const scheduled = await lab.open({ opensAt: lab.local(60), closesAt: lab.local(120) });
      for (const id of [meeting.meeting.id, scheduled.meeting.id]) {
        const response = await (await lab.as('manager'))(`/meetings/${id}/protocol`);
        assert.equal(response.status, 409);
        assert.equal((await problemOf(response)).code, 'voting_not_closed');
      }
    });

    it('VOTE-2 VOTE-3 after the close the protocol holds the frozen figures and every final vote', async () => {
      await closeOnce();
      // the first read after the close is the protocol itself: it freezes the results
      const { response, text } = await protocolText('manager', '?locale=en');
      const detail = (await (
        await (
          await lab.as('manager')
        )(`/meetings/${meeting.meeting.id}`)
      ).json()) as MeetingDetail;
      assert.ok(detail.resultsFrozenAt);
      assert.equal(
        response.headers.get('content-disposition'),
        attachment(`protocol-${localDay(detail.meeting.closesAt)}.pdf`),
      );
      const en = words.en;
      for (const part of [
        en.title,
        'Voting Lab',
        'Property: court, Lab St 1',
        'Meeting: Annual meeting 2026',
        `(${timeZone})`,
        en.totalArea,
        en.quorumRule,
      ]) {
        assert.ok(text.includes(part), part);
      }
      const [results, votes = ''] = text.split(en.votes);
      const sections = (results ?? '').split(`${en.resolution} `).slice(1);
      assert.equal(sections.length, 3);
      expected.forEach((want, n) => {
        const section = sections[n] ?? '';
        const resolution = detail.resolutions[n];
        assert.ok(section.startsWith(`${n + 1}. ${resolution?.title}`));
        assert.ok(section.includes(flat(resolution?.text ?? '')), 'the whole text, wrapped');
        assert.ok(section.includes(en.majority[n] ?? ''), `majority ${n + 1}`);
        (['for', 'against', 'abstain', 'notVoted'] as const).forEach((row, r) => {
          const [weight, share] = want[row];
          assert.ok(section.includes(`${en.rows[r]} ${weight} ${share}`), `${n + 1} ${row}`);
        });
        assert.ok(section.includes(en.quorum[want.quorumReached ? 0 : 1] ?? ''));
        assert.ok(section.includes(en.outcome[want.passed ? 0 : 1] ?? ''));
        // the figures are the frozen ones the meeting itself reports
        const result = resolution?.result;
        assert.equal(result?.quorumReached, want.quorumReached);
        assert.equal(result?.passed, want.passed);
        assert.deepEqual(
          [result?.for, result?.against, result?.abstain, result?.notVoted],
          [want.for, want.against, want.abstain, want.notVoted].map(([weight = '']) =>
            exact(weight),
          ),
        );
      });
      // the votes that count, per resolution, units in order: olga's A1 is her second vote
      const [list = '', frozen = ''] = votes.split(en.frozenAt);
      assert.ok(frozen.includes(`(${timeZone})`));
      const listed = list.split(`${en.resolution} `).slice(1);
      assert.deepEqual(
        listed.map((section) => section.slice(section.indexOf('Vote ') + 5).trim()),
        [
          'A1 Lab olga 120.50 for A2 Lab piotr 53.5000002675 for A2 Lab rita 26.7499997325 against A3 Lab olga 49.995 for A3 Lab sam 49.995 against A5 Lab sam 45.00 abstain',
          'A1 Lab olga 120.50 for A3 Lab olga 49.995 for A3 Lab sam 49.995 for A5 Lab sam 45.00 for',
          'A1 Lab olga 120.50 for A2 Lab piotr 53.5000002675 for A2 Lab rita 26.7499997325 abstain A3 Lab olga 49.995 for A3 Lab sam 49.995 for A4 Lab boris 71.75 for A5 Lab sam 45.00 for',
        ],
      );
    });

    it('VOTE-3 the protocol speaks Polish and Russian: words, numbers and the window in the tenant’s zone', async () => {
      await closeOnce();
      const detail = (await (
        await (
          await lab.as('manager')
        )(`/meetings/${meeting.meeting.id}`)
      ).json()) as MeetingDetail;
      const frozenAt = detail.resultsFrozenAt ?? '';
      // rita reads Russian by default, olga Polish; the manager asks for either
      const asked = [
        ['rita', '', 'ru'],
        ['olga', '', 'pl'],
        ['manager', '?locale=ru', 'ru'],
        ['manager', '?locale=pl', 'pl'],
      ] as const;
      for (const [who, query, locale] of asked) {
        const { response, text } = await protocolText(who, query);
        const w = words[locale];
        assert.equal(
          response.headers.get('content-disposition'),
          attachment(`${w.stem}-${localDay(detail.meeting.closesAt)}.pdf`),
        );
        for (const part of [
          w.title,
          w.totalArea,
          w.quorumRule,
          w.votes,
          ...w.majority,
          ...w.quorum,
          ...w.outcome,
          // the window opened at the wall-clock time it was set for, in Warsaw
          clock(detail.meeting.opensAt),
          `${clock(detail.meeting.closesAt)} (${timeZone})`,
          `${w.frozenAt} `,
          `${clock(frozenAt)} (${timeZone})`,
        ]) {
          assert.ok(text.includes(part), `${locale}: ${part}`);
        }
        expected.forEach((want, n) => {
          (['for', 'against', 'abstain', 'notVoted'] as const).forEach((row, r) => {
            const [weight, share] = want[row].map((figure) => localised(figure, locale));
            const line = `${w.rows[r]} ${weight} ${share}`;
            assert.ok(text.includes(line), `${locale} ${n + 1}: ${line}`);
          });
        });
        for (const [owner, unit, weight, choice] of [
          ['Lab rita', 'A2', '26,7499997325', w.choices.against],
          ['Lab rita', 'A2', '26,7499997325', w.choices.abstain],
          ['Lab sam', 'A5', '45,00', w.choices.abstain],
          ['Lab boris', 'A4', '71,75', w.choices.for],
        ]) {
          const line = `${unit} ${owner} ${weight} ${choice}`;
          assert.ok(text.includes(line), `${locale}: ${line}`);
        }
      }
    });

    it('VOTE-3 two downloads give the same figures: the results are frozen once', async () => {
      await closeOnce();
      const first = await protocolText('manager', '?locale=en');
      // votes after the close are refused, so nothing could change them anyway
      const late = await (
        await lab.as('boris')
      )(`/meetings/${meeting.meeting.id}/votes`, {
        method: 'PUT',
        json: {
          votes: [
            { resolutionId: meeting.resolutions[1]?.id, unitId: lab.unitIds.A4, choice: 'for' },
          ],
        },
      });
      assert.equal(late.status, 409);
      const second = await protocolText('accountant', '?locale=en');
      assert.equal(second.text, first.text);
    });

    it('VOTE-3 ORG-1 another tenant, an owner or a board member of another property and a resident who owns nothing get 404', async () => {
      await closeOnce();
      assert.equal((await protocol('manager', '', other)).status, 404);
      for (const who of ['otto', 'ben', 'rick'] as const) {
        const response = await protocol(who);
        assert.equal(response.status, 404, who);
        assert.equal((await problemOf(response)).code, 'not_found');
      }
      // the board, who owns nothing, and every owner on the roll read it
      for (const who of ['bea', 'boris', 'director'] as const) {
        assert.equal((await protocol(who)).status, 200, who);
      }
    });
  });
}
