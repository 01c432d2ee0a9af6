import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { AtriumClient, Locale } from '@atrium/sdk';
import '../packages/elements/src/define/atrium-fault-tickets.js';
import { storyClient } from './support/story-client.js';
import { ticketStoryClient, type TicketStoryServer } from './support/ticket-client.js';
import { photoBlob, storyTickets } from './support/ticket-data.js';
import { widgetQueries } from './support/widget-queries.js';

interface Args {
  locale: Locale;
  ticketId?: string;
}

const signedIn = (server: TicketStoryServer = {}) => [
  async () => ({ client: await ticketStoryClient(server) }),
];

const meta: Meta<Args> = {
  title: 'Widgets/atrium-fault-tickets',
  component: 'atrium-fault-tickets',
  args: { locale: 'pl' },
  argTypes: { locale: { control: 'inline-radio', options: ['ru', 'pl', 'en'] } },
  render: (args, { loaded }) => {
    const client = (loaded['client'] as AtriumClient | undefined) ?? storyClient();
    return html`<atrium-fault-tickets
      .client=${client}
      locale=${args.locale}
      ticket-id=${ifDefined(args.ticketId)}
    ></atrium-fault-tickets>`;
  },
};
export default meta;

const { inside, shown } = widgetQueries('atrium-fault-tickets');

type Story = StoryObj<Args>;

/** Opens "Report a fault". */
async function report(root: HTMLElement): Promise<void> {
  await shown(root, '[part="report"]');
  inside(root, '[part="report"]')?.click();
  await shown(root, '[part="form"]');
}

/** Anna's tickets, newest first, with their status badges and the status filter. */
export const ResidentList: Story = {
  loaders: signedIn(),
  play: ({ canvasElement }) => shown(canvasElement, '[part="list"]'),
};

/** A manager sees every ticket of the building, and reports none herself. */
export const StaffList: Story = {
  loaders: signedIn({ person: 'staff' }),
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="list"]');
    await expect(inside(canvasElement, '[part="report"]')).toBeFalsy();
  },
};

export const Loading: Story = {
  loaders: signedIn({ list: 'never' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="skeleton"]'),
};

export const Empty: Story = {
  loaders: signedIn({ list: 'empty' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

export const ServerUnreachable: Story = {
  loaders: signedIn({ list: 'offline' }),
  play: ({ canvasElement }) => shown(canvasElement, '[part="retry"]'),
};

export const SignedOut: Story = {
  play: ({ canvasElement }) => shown(canvasElement, '[part="status"]'),
};

/**
 * A report with three photos: one uploaded, one still uploading (its progress bar), and
 * one refused because its bytes are no image (a text file named `.png`).
 */
export const ReportWithPhotos: Story = {
  loaders: signedIn({ photos: 'first-stored' }),
  play: async ({ canvasElement }) => {
    await report(canvasElement);
    const picture = (seed: number, name: string) =>
      photoBlob(seed).then((blob) => new File([blob], name, { type: 'image/png' }));
    const files = [
      await picture(0, 'zaciek-sufit.png'),
      new File(['to nie jest zdjęcie'], 'notatka.png', { type: 'image/png' }),
      await picture(1, 'zaciek-sciana.png'),
    ];
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    const input = inside<HTMLInputElement>(canvasElement, 'input[type="file"]');
    if (input) input.files = transfer.files;
    input?.dispatchEvent(new Event('change'));
    await shown(canvasElement, '[part="photo"][data-state="uploaded"]');
    await shown(canvasElement, '[part="photo"][data-state="refused"] [part="photo-error"]');
    await shown(canvasElement, '[part="photo"][data-state="uploading"] [part="photo-progress"]');
  },
};

/** Sent too soon: no category, a description too short; each field says why. */
export const FieldErrors: Story = {
  loaders: signedIn(),
  play: async ({ canvasElement }) => {
    await report(canvasElement);
    inside(canvasElement, 'input[name="place"][value="common_area"]')?.click();
    await shown(canvasElement, '[name="location"]');
    const description = inside<HTMLTextAreaElement>(canvasElement, '[name="description"]');
    if (description) description.value = 'Ciemno';
    inside(canvasElement, '[part="submit"]')?.click();
    await waitFor(() => expect(description?.getAttribute('aria-invalid')).toBe('true'));
    await expect(inside(canvasElement, '[name="category"]')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
  },
};

/** A resolved ticket: its photo, its history oldest first, and "Reopen" with its deadline. */
export const TicketWithTimeline: Story = {
  loaders: signedIn(),
  args: { ticketId: storyTickets.resolved },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="timeline"]');
    await shown(canvasElement, '[part="photo-image"]');
    await shown(canvasElement, '[part="reopen-form"]');
  },
};

/** What a manager sees on a ticket: the internal note, the status change and comments. */
export const StaffActions: Story = {
  loaders: signedIn({ person: 'staff' }),
  args: { ticketId: storyTickets.inProgress },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, '[part="status-form"]');
    await shown(canvasElement, '[part="event"][data-internal]');
    await shown(canvasElement, '[part="comment-form"] input[name="internal"]');
  },
};
