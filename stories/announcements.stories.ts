import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { AnnouncementStatus, AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-announcements.js';
import {
  announcementsStoryClient,
  type AnnouncementsStoryServer,
} from './support/announcements-client.js';
import { storyClient } from './support/story-client.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
  status: AnnouncementStatus;
}

const signedIn = (server: AnnouncementsStoryServer = {}) => [
  async () => ({ client: await announcementsStoryClient(server) }),
];

const meta: Meta<Args> = {
  title: 'Widgets/atrium-announcements',
  component: 'atrium-announcements',
  args: { locale: 'pl', status: 'current' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] },
    status: { control: 'inline-radio', options: ['current', 'scheduled', 'ended'] },
  },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-announcements
      .client=${client}
      locale=${args.locale}
      status=${args.status}
    ></atrium-announcements>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-announcements');

type Story = StoryObj<Args>;

/** The heading's unread count, as its digits. */
const unreadCount = (root: HTMLElement) =>
  inside(root, '[part="unread-count"]')?.textContent?.replace(/\D/g, '');

/** Anna, on the board: two unread (one the board's internal notice), the rest read, "Show more". */
export const Announcements: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="item"][data-read="false"] [part="unread"]');
    await shown(canvasElement, '[part="internal"]');
    await shown(canvasElement, '[part="more"]');
    await waitFor(() => expect(unreadCount(canvasElement)).toBe('2'));
  },
};

/** The first unread one opened: its text (a list, bold, a link), marked read, the count down. */
export const Opened: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="toggle"]');
    inside(canvasElement, '[part="toggle"]')?.click();
    await shown(canvasElement, '[part="body"]:not([hidden]) li');
    await shown(canvasElement, '[part="body"]:not([hidden]) a');
    await waitFor(() => expect(unreadCount(canvasElement)).toBe('1'));
    await expect(inside(canvasElement, '[part="item"]')?.dataset['read']).toBe('true');
  },
};

/** "Show more" adds the older announcements. */
export const MoreAnnouncements: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="more"]');
    inside(canvasElement, '[part="more"]')?.click();
    await waitFor(() =>
      expect(inside(canvasElement, '[part="list"]')?.querySelectorAll('[part="item"]').length).toBe(
        12,
      ),
    );
  },
};

/** Jan, a co-owner not on the board: no internal notice, one unread. */
export const Resident: Story = {
  loaders: signedIn({ person: 'resident' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="item"]');
    await expect(inside(canvasElement, '[part="internal"]')).toBeFalsy();
    await expect(inside(canvasElement, '[part="filter"]')).toBeFalsy();
    await waitFor(() => expect(unreadCount(canvasElement)).toBe('1'));
  },
};

/** The manager picks the scheduled ones: when each goes up. */
export const StaffScheduled: Story = {
  loaders: signedIn({ person: 'staff' }),
  args: { status: 'scheduled' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="filter"] select');
    await shown(canvasElement, '[part="item"][data-status="scheduled"] [part="window"]');
  },
};

/** The manager switches to the ended ones with the filter. */
export const StaffEnded: Story = {
  loaders: signedIn({ person: 'staff' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="filter"] select');
    const select = inside<HTMLSelectElement>(canvasElement, '[part="filter"] select');
    if (!select) throw new Error('no filter');
    select.value = 'ended';
    select.dispatchEvent(new Event('change'));
    await shown(canvasElement, '[part="item"][data-status="ended"] [part="badge"]');
  },
};

/** Невский Апарт in Russian: the company's announcements to every owner. */
export const InRussian: Story = {
  loaders: signedIn({ tenant: 'nevsky', person: 'resident' }),
  args: { locale: 'ru' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="unread"]');
    await waitFor(() => expect(unreadCount(canvasElement)).toBe('1'));
  },
};

/** Leśna 5 in English, one opened. */
export const InEnglish: Story = {
  ...Opened,
  args: { locale: 'en' },
};

/** As wide as a phone, one opened: the labels wrap under the title, the text takes the width. */
export const OnAPhone: Story = {
  ...Opened,
  decorators: [(story) => html`<div style="max-inline-size: 22rem">${story()}</div>`],
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

/** A co-owner asking for the scheduled ones: refused, said in the reader's words. */
export const Refused: Story = {
  loaders: signedIn({ person: 'resident' }),
  args: { status: 'scheduled' },
  play: ({ canvasElement }) => shown(canvasElement, '[role="alert"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};
