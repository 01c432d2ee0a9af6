// Test support for the voting widget: the demo's meetings, fresh meetings, and its controls.
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  localDateTime,
  type AtriumClient,
  type Locale,
  type Meeting,
  type MeetingDetail,
  type VoteChoice,
} from '@atrium/sdk';
import '../define/atrium-voting.js';
import type { AtriumVoting } from '../voting/atrium-voting.js';
import { demo, shadowPart, signedInClient } from './atrium-server.js';
import { settled } from './widget-queries.js';

/** The widget on `client`'s meetings (or one meeting), once it shows something settled. */
export async function votingOf(
  client: AtriumClient,
  locale: Locale,
  meetingId?: string,
): Promise<AtriumVoting> {
  const el = await fixture<AtriumVoting>(
    html`<atrium-voting
      .client=${client}
      locale=${locale}
      meeting-id=${meetingId ?? ''}
    ></atrium-voting>`,
  );
  await settled(el, '[part="list"], [part="meeting"]', 'the meetings');
  return el;
}

/** A vote group of the ballot: one resolution, one unit. */
export const group = (el: Element, resolutionId: string, unitId: string) =>
  shadowPart(el, `[part="vote"][data-resolution="${resolutionId}"][data-unit="${unitId}"]`);

export const radio = (el: Element, resolutionId: string, unitId: string, choice: VoteChoice) =>
  group(el, resolutionId, unitId).querySelector<HTMLInputElement>(
    `input[value="${choice}"]`,
  ) as HTMLInputElement;

/**
 * Moves the close of a meeting not yet closed to `seconds` from now, on the server's clock
 * (web-test-runner.config.mjs), and answers the new close in ms since the epoch.
 */
export async function closeMeetingIn(meetingId: string, seconds: number): Promise<number> {
  const closesAt = await executeServerCommand('atrium-close-meeting', { meetingId, seconds });
  return Date.parse(closesAt as string);
}

/** Lesna 5's voting as the demo seeds it, and a way to open meetings of its own. */
export interface VotingDemo {
  anna: AtriumClient;
  katarzyna: AtriumClient;
  /** The meeting open now, in which Anna has not voted. */
  open: Meeting;
  /** Last month's meeting, with its frozen results. */
  closed: Meeting;
  /** Anna's unit 12 (she owns half of it). */
  unit12: string;
  /**
   * A meeting of Anna's property opened an hour ago by Katarzyna (a manager), so a test
   * votes in a meeting of its own and reruns find it untouched.
   */
  freshMeeting(closesAt: Date, resolutions?: number): Promise<MeetingDetail>;
}

let created = 0;

export async function votingDemo(): Promise<VotingDemo> {
  const anna = await signedInClient(demo.anna);
  const katarzyna = await signedInClient(demo.katarzyna);
  const [open, closed] = await Promise.all([
    anna.voting.list({ status: 'open', limit: 100 }),
    anna.voting.list({ status: 'closed', limit: 100 }),
  ]);
  const openDemo = open.items.find((m) => m.title.includes('remont dachu'));
  const closedDemo = closed.items.find((m) => m.title.includes('domofony'));
  if (!openDemo || !closedDemo) throw new Error('the demo meetings are missing');
  const detail = await anna.voting.get(openDemo.id);
  const unit12 = detail.myUnits.find((unit) => unit.unitNumber === '12')?.unitId;
  if (!unit12) throw new Error('Anna holds no vote for unit 12');
  const { timeZone } = openDemo;
  return {
    anna,
    katarzyna,
    open: openDemo,
    closed: closedDemo,
    unit12,
    freshMeeting: (closesAt, resolutions = 3) =>
      katarzyna.voting.create({
        propertyId: openDemo.property.id,
        title: `Zebranie testowe ${++created}`,
        opensAt: localDateTime(new Date(Date.now() - 3_600_000), timeZone),
        closesAt: localDateTime(closesAt, timeZone),
        quorum: { numerator: 1, denominator: 2 },
        resolutions: Array.from({ length: resolutions }, (_, i) => ({
          title: `Uchwała testowa ${i + 1}`,
          text: `Właściciele lokali przyjmują uchwałę testową nr ${i + 1}.`,
          majority: 'votes_cast' as const,
        })),
      }),
  };
}
