import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { AtriumClient, Locale, VoteChoice } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-voting.js';
import { storyClient } from './support/story-client.js';
import { votingStoryClient, type VotingStoryServer } from './support/voting-client.js';
import { storyMeetings } from './support/voting-data.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
  meetingId?: string;
}

const signedIn = (server: VotingStoryServer = {}) => [
  async () => ({ client: await votingStoryClient(server) }),
];

// Stories show the download, not a file landing in the reader's downloads folder.
const keepInPage = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Widgets/atrium-voting',
  component: 'atrium-voting',
  args: { locale: 'pl' },
  argTypes: { locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] } },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-voting
      .client=${client}
      locale=${args.locale}
      meeting-id=${ifDefined(args.meetingId)}
      @atrium-voting-download=${keepInPage}
    ></atrium-voting>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-voting');

type Story = StoryObj<Args>;

/** Picks `choice` in every vote group of the ballot, as clicks on its radio buttons. */
async function chooseEverywhere(root: HTMLElement, choice: VoteChoice) {
  await shown(root, '[part="vote"]');
  const radios = inside(root, '[part="ballot"]')?.querySelectorAll<HTMLInputElement>(
    `input[value="${choice}"]`,
  );
  for (const radio of radios ?? []) radio.click();
}

/** "Review my votes", then "Send my votes" in the confirmation. */
async function reviewAndSend(root: HTMLElement): Promise<void> {
  inside(root, '[part="review"]')?.click();
  await shown(root, '[part="confirm"]');
  inside(root, '[part="send"]')?.click();
}

/** Open meetings first with the time left, then the upcoming one, then closed ones. */
export const Meetings: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="countdown"]');
    await shown(canvasElement, '[part="row"] [data-status="closed"]');
  },
};

/** Anna has not voted yet: each resolution with its text, documents, majority and her two units. */
export const OpenNotVoted: Story = {
  loaders: signedIn(),
  args: { meetingId: storyMeetings.open },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="vote"]');
    await shown(canvasElement, '[part="weights"]');
    await shown(canvasElement, '[part="text-toggle"]');
    await shown(canvasElement, '[part="document"]');
  },
};

/** Votes chosen, reviewed in the confirmation and sent: recorded with their time. */
export const CastVotes: Story = {
  loaders: signedIn(),
  args: { meetingId: storyMeetings.open },
  play: async ({ canvasElement }) => {
    await chooseEverywhere(canvasElement, 'for');
    await reviewAndSend(canvasElement);
    await shown(canvasElement, '[part="saved"]');
    await waitFor(() => expect(inside(canvasElement, '[part="vote"][data-changed]')).toBeFalsy());
  },
};

/** Anna voted yesterday: her recorded votes, which she may still change. */
export const Voted: Story = {
  loaders: signedIn({ voted: true }),
  args: { meetingId: storyMeetings.open },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="vote"] input:checked');
    await expect(inside(canvasElement, '[part="pending"]')).toBeFalsy();
  },
};

/** The manager sees the turnout while voting is open, never a running result. */
export const StaffTurnout: Story = {
  loaders: signedIn({ person: 'staff' }),
  args: { meetingId: storyMeetings.open },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="turnout-bar"]');
    await expect(inside(canvasElement, '[part="vote"]')).toBeFalsy();
    await expect(inside(canvasElement, '[part="results"]')).toBeFalsy();
  },
};

/** Voting opens in six days: the resolutions can be read, not voted on yet. */
export const Upcoming: Story = {
  loaders: signedIn(),
  args: { meetingId: storyMeetings.scheduled },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="countdown"]');
    await expect(inside(canvasElement, '[part="vote"]')).toBeFalsy();
  },
};

/** A closed meeting: the results as a chart and a table of the same figures, and the protocol. */
export const ClosedWithResults: Story = {
  loaders: signedIn(),
  args: { meetingId: storyMeetings.closed },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="results-table"]');
    await shown(canvasElement, '[part="chart"] canvas');
    await shown(canvasElement, '[part="outcome"][data-outcome="failed"]');
    inside(canvasElement, '[part="protocol"]')?.click();
    await shown(canvasElement, '[role="status"]:not(:empty)');
  },
};

/** Sent after the window closed: the server's refusal, in the reader's words. */
export const RefusedAfterClose: Story = {
  loaders: signedIn({ cast: 'closed' }),
  args: { meetingId: storyMeetings.open },
  play: async ({ canvasElement }) => {
    await chooseEverywhere(canvasElement, 'against');
    await reviewAndSend(canvasElement);
    await shown(canvasElement, '[part="form-error"]');
  },
};

/** One vote refused by the server: its reason next to the vote concerned. */
export const VoteRejected: Story = {
  loaders: signedIn({ cast: 'rejected' }),
  args: { meetingId: storyMeetings.open },
  play: async ({ canvasElement }) => {
    await chooseEverywhere(canvasElement, 'abstain');
    await reviewAndSend(canvasElement);
    await shown(canvasElement, '[part="vote"] [part="field-error"]');
  },
};

/** The open meeting as wide as a phone: the choices stacked, the results' table scrolls. */
export const OnAPhone: Story = {
  ...OpenNotVoted,
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
};

/** The open meeting in Russian. */
export const InRussian: Story = {
  ...OpenNotVoted,
  args: { ...OpenNotVoted.args, locale: 'ru' },
};

/** The closed meeting's results in English. */
export const InEnglish: Story = {
  loaders: signedIn(),
  args: { meetingId: storyMeetings.closed, locale: 'en' },
  play: ({ canvasElement }) => shown(canvasElement, '[part="results-table"]'),
};

export const Empty: Story = {
  loaders: signedIn({ list: 'empty' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

export const Loading: Story = {
  loaders: signedIn({ list: 'never' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="skeleton"]'),
};

export const ServerUnreachable: Story = {
  loaders: signedIn({ list: 'offline' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="retry"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};
