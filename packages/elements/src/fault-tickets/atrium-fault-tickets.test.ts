import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AtriumClient, Locale, TicketDetail, TicketInput } from '@atrium/sdk';
import '../define/atrium-fault-tickets.js';
import type { AtriumTicketCreatedEvent } from '../events/atrium-ticket-created.js';
import type { AtriumTicketUpdatedEvent } from '../events/atrium-ticket-updated.js';
import type { AtriumFaultTickets } from './atrium-fault-tickets.js';
import {
  demo,
  failingFetch,
  locales,
  shadowPart,
  signedInClient,
  testClient,
} from '../testing/atrium-server.js';
import { all, networkError, root, settled, textOf, retryLoads } from '../testing/widget-queries.js';

const text = {
  status: {
    new: { ru: 'Новая', pl: 'Nowe', en: 'New' },
    accepted: { ru: 'Принята', pl: 'Przyjęte', en: 'Accepted' },
    in_progress: { ru: 'В работе', pl: 'W realizacji', en: 'In progress' },
    closed: { ru: 'Закрыта', pl: 'Zamknięte', en: 'Closed' },
  },
  plumbing: { ru: 'Сантехника', pl: 'Instalacja wodno-kanalizacyjna', en: 'Plumbing' },
  number: { ru: '№ ', pl: 'Nr ', en: 'No. ' },
  signedOut: {
    ru: 'Войдите, чтобы сообщить о неисправности и следить за своими заявками.',
    pl: 'Zaloguj się, aby zgłosić awarię i śledzić swoje zgłoszenia.',
    en: 'Sign in to report a fault and follow your tickets.',
  },
  tooShort: {
    ru: 'Опишите неисправность: не меньше 10 символов.',
    pl: 'Opisz awarię, używając co najmniej 10 znaków.',
    en: 'Describe the fault in at least 10 characters.',
  },
  locationRequired: {
    ru: 'Укажите, где в местах общего пользования неисправность.',
    pl: 'Podaj, gdzie w częściach wspólnych jest awaria.',
    en: 'Say where in the common area the fault is.',
  },
  notAnImage: {
    ru: 'Этот файл не является изображением JPEG, PNG или WebP.',
    pl: 'Ten plik nie jest obrazem JPEG, PNG lub WebP.',
    en: 'This file is not a JPEG, PNG or WebP image.',
  },
  onlyPhotos: {
    ru: 'notes.txt: можно добавить только фотографии JPEG, PNG или WebP.',
    pl: 'notes.txt: można dodać tylko zdjęcia JPEG, PNG lub WebP.',
    en: 'notes.txt: only JPEG, PNG or WebP photos can be added.',
  },
  sixth: {
    ru: 'photo-6.png: к заявке можно приложить не больше 5 фотографий.',
    pl: 'photo-6.png: zgłoszenie może mieć najwyżej 5 zdjęć.',
    en: 'photo-6.png: a ticket takes at most 5 photos.',
  },
  uploading: { ru: 'Загрузка photo.png', pl: 'Przesyłanie photo.png', en: 'Uploading photo.png' },
  toInProgress: {
    ru: 'Изменил(а) статус с «Новая» на «В работе».',
    pl: 'Zmienił(a) status z „Nowe” na „W realizacji”.',
    en: 'Changed the status from “New” to “In progress”.',
  },
  internal: {
    ru: 'Внутренняя заметка: жители её не видят.',
    pl: 'Notatka wewnętrzna: lokatorzy jej nie widzą.',
    en: 'Internal note: residents do not see it.',
  },
  reopenUntil: {
    ru: 'Заявку можно открыть повторно до ',
    pl: 'Możesz ponownie otworzyć to zgłoszenie do ',
    en: 'You can reopen this ticket until ',
  },
  invalidTransition: {
    ru: 'В текущем статусе заявки это невозможно. Заявка обновлена.',
    pl: 'W obecnym statusie zgłoszenia nie jest to możliwe. Zgłoszenie odświeżono.',
    en: 'This is not possible in the ticket’s current status. It has been refreshed.',
  },
  required: { ru: 'Заполните это поле.', pl: 'Wypełnij to pole.', en: 'Fill in this field.' },
  notFound: {
    ru: 'Ничего не найдено: возможно, это удалено или принадлежит не вам.',
    pl: 'Nic tu nie znaleziono: mogło zostać usunięte albo nie należy do Ciebie.',
    en: 'Nothing was found here: it may have been removed, or it is not yours.',
  },
} satisfies Record<string, Record<Locale, string> | Record<string, Record<Locale, string>>>;

const row = (el: Element, ticketId: string) =>
  root(el).querySelector<HTMLElement>(`[part="row"][data-ticket="${ticketId}"]`);

async function ticketsOf(
  client: AtriumClient | undefined,
  locale: Locale,
  ticketId?: string,
): Promise<AtriumFaultTickets> {
  const el = await fixture<AtriumFaultTickets>(
    html`<atrium-fault-tickets
      .client=${client}
      locale=${locale}
      ticket-id=${ticketId ?? ''}
    ></atrium-fault-tickets>`,
  );
  await settled(el, '[part="list"], [part="ticket"]', 'the tickets');
  return el;
}

/** A real PNG, drawn in the browser. */
async function png(name: string): Promise<File> {
  const canvas = new OffscreenCanvas(8, 6);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.fillStyle = '#c2410c';
  context.fillRect(0, 0, 8, 6);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

/** Puts files in a file input as a person picking them would. */
function pick(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function setValue(el: Element, name: string, value: string): void {
  const control = shadowPart<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    el,
    `[name="${name}"]`,
  );
  control.value = value;
}

/** Opens "Report a fault". */
async function openForm(el: AtriumFaultTickets): Promise<void> {
  shadowPart(el, '[part="report"]').click();
  await waitUntil(() => root(el).querySelector('[part="form"]'), 'no form');
}

/** Opens a ticket from the list. */
async function openTicket(el: AtriumFaultTickets, ticketId: string): Promise<void> {
  await waitUntil(() => row(el, ticketId), 'the ticket is not listed', { timeout: 10000 });
  row(el, ticketId)?.querySelector<HTMLButtonElement>('[part="open"]')?.click();
  await waitUntil(() => root(el).querySelector('[part="ticket"]'), 'the ticket never opened', {
    timeout: 10000,
  });
}

/** Whether an object URL was revoked (a revoked one no longer fetches). */
async function isReleased(url: string): Promise<boolean> {
  return fetch(url).then(
    () => false,
    () => true,
  );
}

const timelineTexts = (el: Element) => all(el, '[part="event"]').map((event) => textOf(event));

let anna: AtriumClient;
let katarzyna: AtriumClient;
let annaUnit: string;
let reports = 0;

/** A ticket of Anna's own, so no test depends on another's. */
function annaReports(input: Partial<TicketInput> = {}): Promise<TicketDetail> {
  return anna.tickets.create({
    unitId: annaUnit,
    place: 'unit',
    category: 'plumbing',
    description: `Test fault ${++reports}: the tap drips all night.`,
    ...input,
  });
}

before(async () => {
  anna = await signedInClient(demo.anna);
  katarzyna = await signedInClient(demo.katarzyna);
  annaUnit = (await anna.people.me()).units[0]?.id as string;
});

describe('atrium-fault-tickets', () => {
  for (const locale of locales) {
    it(`TKT-1: Anna sees her tickets newest first with status badges, and filters by status, in ${locale}`, async () => {
      const mine = await annaReports();
      const el = await ticketsOf(anna, locale);
      const first = all(el, '[part="row"]')[0] as HTMLElement;
      expect(first.dataset['ticket']).to.equal(mine.ticket.id);
      expect(textOf(first.querySelector('[part="open"]'))).to.equal(
        `${text.number[locale]}${mine.ticket.number} · ${text.plumbing[locale]}`,
      );
      const badge = first.querySelector('[part="badge"]') as HTMLElement;
      expect(badge.dataset['status']).to.equal('new');
      expect(textOf(badge)).to.contain(text.status.new[locale]);
      await expect(el).to.be.accessible();

      const filter = shadowPart<HTMLSelectElement>(el, '[part="filter"] select');
      filter.value = 'closed';
      filter.dispatchEvent(new Event('change'));
      await waitUntil(
        () => !row(el, mine.ticket.id) && all(el, '[part="row"]').length,
        'not filtered',
        { timeout: 10000 },
      );
      for (const shown of all(el, '[part="row"] [part="badge"]')) {
        expect(shown.dataset['status']).to.equal('closed');
        expect(textOf(shown)).to.contain(text.status.closed[locale]);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('TKT-1: "Show more" adds the next page of tickets and focuses the first one added', async () => {
    await annaReports();
    await annaReports();
    // The real server, asked for pages of two.
    const client = await signedInClient(demo.anna, {
      fetch: (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        if (!url.pathname.endsWith('/tickets') || url.searchParams.get('limit') === null) {
          return fetch(input, init);
        }
        url.searchParams.set('limit', '2');
        return fetch(new Request(url, new Request(input, init)));
      },
    });
    const el = await ticketsOf(client, 'en');
    expect(all(el, '[part="row"]')).to.have.length(2);
    shadowPart(el, '[part="more"]').click();
    await waitUntil(() => all(el, '[part="row"]').length === 4, 'no second page', {
      timeout: 10000,
    });
    const third = all(el, '[part="row"]')[2] as HTMLElement;
    expect(root(el).activeElement).to.equal(third.querySelector('[part="open"]'));
    expect(textOf(shadowPart(el, '[part="more"] ~ p'))).to.equal('4 tickets shown');
    await expect(el).to.be.accessible();
  });

  it('TKT-1: reporting a fault with a photo shows its preview and upload progress, then the ticket shows the photo', async () => {
    let release = (): void => undefined;
    const uploadHeld = new Promise<void>((resolve) => (release = resolve));
    const { client } = testClient(demo.anna.tenant, {
      hooks: {
        beforeRequest: [
          async (request) => {
            if (request.method === 'POST' && request.url.includes('/ticket-photos')) {
              await uploadHeld;
            }
          },
        ],
      },
    });
    await client.auth.signIn({ email: demo.anna.email, password: demo.anna.password });
    const el = await ticketsOf(client, 'en');
    await openForm(el);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Report a fault');

    pick(shadowPart(el, 'input[type="file"]'), [await png('photo.png')]);
    await waitUntil(() => root(el).querySelector('[part="photo-progress"]'), 'no progress bar');
    const preview = shadowPart<HTMLImageElement>(el, '[part="preview"]');
    expect(preview.src).to.match(/^blob:/);
    expect(preview.alt).to.equal('Photo 1: photo.png');
    await waitUntil(() => preview.complete && preview.naturalWidth === 8, 'the preview never drew');
    const progress = shadowPart<HTMLProgressElement>(el, '[part="photo-progress"]');
    expect(progress.getAttribute('aria-label')).to.equal(text.uploading.en);
    expect(shadowPart(el, '[part="photo"]').dataset['state']).to.equal('uploading');
    await expect(el).to.be.accessible();

    release();
    await waitUntil(
      () => shadowPart(el, '[part="photo"]').dataset['state'] === 'uploaded',
      'the photo never uploaded',
      { timeout: 10000 },
    );
    expect(root(el).querySelector('[part="photo-progress"]')).to.equal(null);
    await expect(el).to.be.accessible();

    setValue(el, 'category', 'heating');
    setValue(el, 'description', 'The radiator in the bedroom stays cold all day.');
    const created = oneEvent(el, 'atrium-ticket-created') as Promise<AtriumTicketCreatedEvent>;
    shadowPart(el, '[part="submit"]').click();
    const { detail } = await created;
    expect(detail.photos).to.have.length(1);
    await waitUntil(() => root(el).querySelector('[part="photo-image"]'), 'no photo shown', {
      timeout: 10000,
    });
    const photo = shadowPart<HTMLImageElement>(el, '[part="photo-image"]');
    expect(photo.src).to.match(/^blob:/);
    expect(photo.alt).to.equal(`Photo 1 of 1 of ticket No. ${detail.ticket.number}`);
    await waitUntil(() => photo.complete && photo.naturalWidth === 8, 'the photo never drew');
    expect(root(el).activeElement?.textContent?.trim()).to.equal(
      `Ticket No. ${detail.ticket.number}`,
    );
    expect(textOf(shadowPart(el, '[part="base"] > [role="status"]'))).to.equal(
      `Ticket No. ${detail.ticket.number} has been sent.`,
    );
    await expect(el).to.be.accessible();

    // The list shows it too, once back.
    shadowPart(el, '[part="back"]').click();
    // the row is drawn a moment before the focus comes back to it
    await waitUntil(
      () => {
        const button = row(el, detail.ticket.id)?.querySelector('button');
        return button && root(el).activeElement === button;
      },
      'the new ticket is not listed with the focus on it',
      { timeout: 10000 },
    );
  });

  it('TKT-1: an owner of two units picks the unit the fault is in', async () => {
    const irina = await signedInClient(demo.irina);
    const unit204 = (await irina.people.me()).units.find((unit) => unit.number === '204');
    const el = await ticketsOf(irina, 'ru');
    await openForm(el);
    const unit = shadowPart<HTMLSelectElement>(el, 'select[name="unitId"]');
    expect([...unit.options].map((option) => textOf(option))).to.deep.equal([
      'Апартаменты 101, Апарт-отель «Невский»',
      'Апартаменты 204, Апарт-отель «Невский»',
    ]);
    unit.value = unit204?.id as string;
    setValue(el, 'category', 'doors_and_locks');
    setValue(el, 'description', 'Замок входной двери заедает при закрывании.');
    await expect(el).to.be.accessible();
    const created = oneEvent(el, 'atrium-ticket-created') as Promise<AtriumTicketCreatedEvent>;
    shadowPart(el, '[part="submit"]').click();
    const { detail } = await created;
    expect(detail.ticket.unitNumber).to.equal('204');
  });

  for (const locale of locales) {
    it(`TKT-1: a file lying about its type is refused on that photo, and a non-image is not taken, in ${locale}`, async () => {
      const el = await ticketsOf(anna, locale);
      await openForm(el);
      const input = shadowPart<HTMLInputElement>(el, 'input[type="file"]');
      const lying = new File([new TextEncoder().encode('just some text, no image')], 'photo.png', {
        type: 'image/png',
      });
      pick(input, [lying]);
      await waitUntil(() => root(el).querySelector('[part="photo-error"]'), 'not refused', {
        timeout: 10000,
      });
      expect(shadowPart(el, '[part="photo"]').dataset['state']).to.equal('refused');
      expect(textOf(shadowPart(el, '[part="photo-error"]'))).to.equal(text.notAnImage[locale]);
      await expect(el).to.be.accessible();

      pick(input, [new File(['a note'], 'notes.txt', { type: 'text/plain' })]);
      await waitUntil(() => root(el).querySelector('[part="field-error"][role="alert"]'));
      expect(textOf(shadowPart(el, '[part="field-error"][role="alert"]'))).to.equal(
        text.onlyPhotos[locale],
      );
      expect(all(el, '[part="photo"]')).to.have.length(1);

      // A refused photo keeps the report from going until it is removed.
      setValue(el, 'category', 'other');
      setValue(el, 'description', 'Something is wrong with the front door lock.');
      shadowPart(el, '[part="submit"]').click();
      await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'photos not refused');
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`TKT-1: a sixth photo is not taken, in ${locale}`, async () => {
      const el = await ticketsOf(anna, locale);
      await openForm(el);
      const input = shadowPart<HTMLInputElement>(el, 'input[type="file"]');
      const files = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => png(`photo-${i}.png`)));
      pick(input, files);
      await waitUntil(() => root(el).querySelector('[part="field-error"][role="alert"]'));
      expect(all(el, '[part="photo"]')).to.have.length(5);
      expect(textOf(shadowPart(el, '[part="field-error"][role="alert"]'))).to.equal(
        text.sixth[locale],
      );
      expect(input.disabled).to.equal(true);
      await waitUntil(
        () => all(el, '[part="photo"]').every((photo) => photo.dataset['state'] === 'uploaded'),
        'the photos never uploaded',
        { timeout: 10000 },
      );
      await expect(el).to.be.accessible();

      // Removing one makes room again, and focus goes back to adding photos.
      const removed = all<HTMLImageElement>(el, '[part="preview"]')[4]?.src as string;
      all<HTMLButtonElement>(el, '[part="remove"]')[4]?.click();
      await waitUntil(() => !input.disabled, 'still full');
      expect(all(el, '[part="photo"]')).to.have.length(4);
      expect(root(el).activeElement).to.equal(input);
      // Previews are object URLs, released with their photo and when the widget leaves.
      expect(await isReleased(removed)).to.equal(true);
      const kept = all<HTMLImageElement>(el, '[part="preview"]')[0]?.src as string;
      expect(await isReleased(kept)).to.equal(false);
      el.remove();
      expect(await isReleased(kept)).to.equal(true);
    });
  }

  for (const locale of locales) {
    it(`TKT-1: refused fields are named next to them: a short description, a common area without a location, in ${locale}`, async () => {
      const el = await ticketsOf(anna, locale);
      await openForm(el);
      shadowPart(el, 'input[name="place"][value="common_area"]').click();
      await waitUntil(() => root(el).querySelector('[name="location"]'), 'no location field');
      setValue(el, 'category', 'lift');
      setValue(el, 'description', 'Broken');
      shadowPart(el, '[part="submit"]').click();
      const description = shadowPart<HTMLTextAreaElement>(el, '[name="description"]');
      await waitUntil(() => description.getAttribute('aria-invalid') === 'true', 'not refused');
      const error = root(el).getElementById(`${description.id}-error`);
      expect(textOf(error)).to.equal(text.tooShort[locale]);
      expect(description.getAttribute('aria-describedby')?.split(' ')).to.include(error?.id);
      expect(root(el).activeElement).to.equal(description);
      await expect(el).to.be.accessible();

      // The contract's words say the common area needs a location; the server says so.
      setValue(el, 'description', 'The lift stops between the floors.');
      shadowPart(el, '[part="submit"]').click();
      const location = shadowPart<HTMLInputElement>(el, '[name="location"]');
      await waitUntil(() => location.getAttribute('aria-invalid') === 'true', 'no server error', {
        timeout: 10000,
      });
      expect(textOf(root(el).getElementById(`${location.id}-error`))).to.equal(
        text.locationRequired[locale],
      );
      expect(description.getAttribute('aria-invalid')).to.equal('false');
      expect(root(el).activeElement).to.equal(location);
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`TKT-1: staff's internal notes are shown, marked, to Katarzyna and never to Anna, in ${locale}`, async () => {
      const mine = await annaReports();
      await katarzyna.tickets.comment(mine.ticket.id, {
        text: 'Internal: ask the plumbing company about the warranty.',
        internal: true,
      });
      await katarzyna.tickets.comment(mine.ticket.id, { text: 'We will look at it tomorrow.' });

      const asAnna = await ticketsOf(anna, locale, mine.ticket.id);
      await waitUntil(() => all(asAnna, '[part="event"]').length === 2, 'no timeline');
      expect(all(asAnna, '[part="event"]').map((e) => e.dataset['kind'])).to.deep.equal([
        'created',
        'comment',
      ]);
      expect(textOf(root(asAnna).querySelector('[part="timeline"]'))).to.not.contain('warranty');
      expect(root(asAnna).querySelector('[data-internal]')).to.equal(null);
      expect(root(asAnna).querySelector('input[name="internal"]')).to.equal(null);
      await expect(asAnna).to.be.accessible();

      const asStaff = await ticketsOf(katarzyna, locale, mine.ticket.id);
      await waitUntil(() => all(asStaff, '[part="event"]').length === 3, 'no timeline');
      const internal = shadowPart(asStaff, '[part="event"][data-internal]');
      expect(textOf(internal)).to.contain('warranty');
      expect(textOf(internal.querySelector('[part="internal-mark"]'))).to.equal(
        text.internal[locale],
      );
      await expect(asStaff).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`TKT-1: Katarzyna moves a ticket to in progress with a comment, and Anna then sees it, in ${locale}`, async () => {
      const mine = await annaReports();
      const asStaff = await ticketsOf(katarzyna, locale);
      expect(root(asStaff).querySelector('[part="report"]')).to.equal(null);
      await openTicket(asStaff, mine.ticket.id);
      const status = shadowPart<HTMLSelectElement>(asStaff, '[part="status-form"] select');
      // only the moves the server offers for a new ticket, after "Choose…"
      expect([...status.options].map((option) => option.value)).to.deep.equal([
        '',
        'accepted',
        'in_progress',
        'rejected',
      ]);
      status.value = 'in_progress';
      shadowPart<HTMLTextAreaElement>(asStaff, '[part="status-form"] textarea').value =
        'A plumber comes on Thursday.';
      await expect(asStaff).to.be.accessible();
      const updated = oneEvent(
        asStaff,
        'atrium-ticket-updated',
      ) as Promise<AtriumTicketUpdatedEvent>;
      shadowPart(asStaff, '[part="status-form"] [part="submit"]').click();
      const { detail } = await updated;
      expect(detail.change).to.equal('status');
      await waitUntil(
        () =>
          shadowPart(asStaff, '[part="ticket"] [part="badge"]').dataset['status'] === 'in_progress',
        'the badge did not change',
      );
      expect(timelineTexts(asStaff).at(-1)).to.contain(text.toInProgress[locale]);
      await expect(asStaff).to.be.accessible();

      const asAnna = await ticketsOf(anna, locale);
      const badge = row(asAnna, mine.ticket.id)?.querySelector('[part="badge"]');
      expect(textOf(badge)).to.contain(text.status.in_progress[locale]);
      await openTicket(asAnna, mine.ticket.id);
      const last = all(asAnna, '[part="event"]').at(-1);
      expect(textOf(last)).to.contain(text.toInProgress[locale]);
      expect(textOf(last?.querySelector('[part="comment"]'))).to.equal(
        'A plumber comes on Thursday.',
      );
      await expect(asAnna).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`TKT-1: a move the server refuses is worded and the ticket reloaded, in ${locale}`, async () => {
      const mine = await annaReports();
      const el = await ticketsOf(katarzyna, locale, mine.ticket.id);
      const status = shadowPart<HTMLSelectElement>(el, '[part="status-form"] select');
      status.value = 'accepted';
      // Another manager rejects the ticket meanwhile: accepting it is no longer a move.
      await katarzyna.tickets.changeStatus(mine.ticket.id, { status: 'rejected' });
      shadowPart(el, '[part="status-form"] [part="submit"]').click();
      await waitUntil(() => root(el).querySelector('[part="form-error"]'), 'not refused', {
        timeout: 10000,
      });
      expect(textOf(shadowPart(el, '[part="form-error"]'))).to.equal(
        text.invalidTransition[locale],
      );
      await waitUntil(
        () => shadowPart(el, '[part="ticket"] [part="badge"]').dataset['status'] === 'rejected',
        'the ticket was not reloaded',
      );
      // a rejected ticket takes no move any more
      expect(root(el).querySelector('[part="status-form"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('TKT-1: Anna answers a ticket waiting for her, and it goes back to work', async () => {
    const mine = await annaReports();
    await katarzyna.tickets.changeStatus(mine.ticket.id, { status: 'accepted' });
    await katarzyna.tickets.changeStatus(mine.ticket.id, {
      status: 'waiting_for_resident',
      comment: 'Which tap: kitchen or bathroom?',
    });
    const el = await ticketsOf(anna, 'en', mine.ticket.id);
    const form = shadowPart<HTMLFormElement>(el, '[part="comment-form"]');
    const updated = oneEvent(el, 'atrium-ticket-updated') as Promise<AtriumTicketUpdatedEvent>;
    (form.querySelector('textarea') as HTMLTextAreaElement).value = 'The kitchen tap.';
    form.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
    const { detail } = await updated;
    expect(detail.change).to.equal('comment');
    await waitUntil(
      () => shadowPart(el, '[part="ticket"] [part="badge"]').dataset['status'] === 'in_progress',
      'still waiting',
    );
    expect(timelineTexts(el).some((entry) => entry?.includes('The kitchen tap.'))).to.equal(true);
    expect((form.querySelector('textarea') as HTMLTextAreaElement).value).to.equal('');
    expect(textOf(shadowPart(el, '[part="base"] > [role="status"]'))).to.equal(
      'The comment has been added.',
    );
    await expect(el).to.be.accessible();
  });

  it('TKT-1: sending a report again after its answer was lost makes one ticket, not two', async () => {
    let lose = 1;
    const client = await signedInClient(demo.anna, {
      retry: { limit: 0 },
      // The server stores the first report, but its answer never arrives.
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const request = input instanceof Request ? input : new Request(input, init);
        const created = request.method === 'POST' && request.url.endsWith('/tickets');
        if (created && lose-- > 0) throw new TypeError('Failed to fetch');
        return response;
      },
    });
    const el = await ticketsOf(client, 'en');
    await openForm(el);
    const description = `Lost answer ${Date.now()}: the bathroom fan is silent.`;
    setValue(el, 'category', 'ventilation');
    setValue(el, 'description', description);
    shadowPart(el, '[part="submit"]').click();
    await waitUntil(() => root(el).querySelector('[part="form-error"]'), 'no failure shown', {
      timeout: 10000,
    });
    expect(textOf(shadowPart(el, '[part="form-error"]'))).to.equal(networkError.en);

    const created = oneEvent(el, 'atrium-ticket-created') as Promise<AtriumTicketCreatedEvent>;
    shadowPart(el, '[part="submit"]').click();
    const { detail } = await created;
    const { items } = await anna.tickets.list({ limit: 50 });
    const same = items.filter((ticket) => ticket.description === description);
    expect(same.map((ticket) => ticket.id)).to.deep.equal([detail.ticket.id]);
  });

  for (const locale of locales) {
    it(`TKT-1: Anna reopens a resolved ticket within the days allowed, saying why, in ${locale}`, async () => {
      const mine = await annaReports();
      await katarzyna.tickets.changeStatus(mine.ticket.id, { status: 'in_progress' });
      const resolved = await katarzyna.tickets.changeStatus(mine.ticket.id, {
        status: 'resolved',
      });
      expect(resolved.ticket.reopenableUntil).to.be.a('string');
      const el = await ticketsOf(anna, locale, mine.ticket.id);
      const form = shadowPart(el, '[part="reopen-form"]');
      expect(textOf(form.querySelector('p'))).to.satisfy((until: string) =>
        until.startsWith(text.reopenUntil[locale]),
      );
      form.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
      const comment = form.querySelector('textarea') as HTMLTextAreaElement;
      await waitUntil(() => comment.getAttribute('aria-invalid') === 'true', 'empty comment taken');
      expect(textOf(root(el).getElementById(`${comment.id}-error`))).to.equal(
        text.required[locale],
      );
      await expect(el).to.be.accessible();

      comment.value = 'It drips again since last night.';
      form.querySelector<HTMLButtonElement>('[part="submit"]')?.click();
      await waitUntil(
        () => shadowPart(el, '[part="ticket"] [part="badge"]').dataset['status'] === 'accepted',
        'not reopened',
        { timeout: 10000 },
      );
      expect(textOf(shadowPart(el, '[part="ticket"] [part="badge"]'))).to.contain(
        text.status.accepted[locale],
      );
      expect(all(el, '[part="event"]').at(-1)?.dataset['kind']).to.equal('reopened');
      expect(root(el).querySelector('[part="reopen-form"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('TKT-1: keyboard only: report a fault in a common area with Tab, arrows, Space and Enter', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Before</button>
        <atrium-fault-tickets .client=${anna} locale="en"></atrium-fault-tickets>
      </div>`,
    );
    const el = wrapper.querySelector('atrium-fault-tickets') as AtriumFaultTickets;
    await waitUntil(() => root(el).querySelector('[part="report"]'), 'no report button', {
      timeout: 10000,
    });
    const focused = () => root(el).activeElement as HTMLElement | null;
    wrapper.querySelector<HTMLButtonElement>('#before')?.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(shadowPart(el, '[part="report"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part="form"]'), 'no form');
    await waitUntil(() => focused()?.matches('[data-view-heading]'), 'the heading is not focused');

    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('value') ?? (focused() as HTMLInputElement).value).to.equal(
      'unit',
    );
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root(el).querySelector('[name="location"]'), 'no location field');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('name')).to.equal('location');
    await sendKeys({ type: 'Staircase B, 3rd floor' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('name')).to.equal('category');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('name')).to.equal('description');
    await sendKeys({ type: 'The light on the landing flickers all evening.' });
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('name')).to.equal('contactTime');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('type')).to.equal('file');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('submit');
    const created = oneEvent(el, 'atrium-ticket-created') as Promise<AtriumTicketCreatedEvent>;
    await sendKeys({ press: 'Space' });
    const { detail } = await created;
    expect(detail.ticket.place).to.equal('common_area');
    expect(detail.ticket.location).to.equal('Staircase B, 3rd floor');
    expect(detail.ticket.category).to.equal('plumbing');
    await waitUntil(() => focused()?.matches('[data-view-heading]'), 'the ticket is not focused');
    expect(textOf(focused())).to.equal(`Ticket No. ${detail.ticket.number}`);
    await expect(el).to.be.accessible();
  });

  for (const locale of locales) {
    it(`TKT-1: a person of another tenant sees none of Leśna 5's tickets, in ${locale}`, async () => {
      const mine = await annaReports();
      const petr = await signedInClient(demo.petr);
      const list = await ticketsOf(petr, locale);
      expect(row(list, mine.ticket.id)).to.equal(null);
      expect(textOf(root(list).querySelector('[part="list"]'))).to.not.contain('Leśna');
      await expect(list).to.be.accessible();

      const direct = await ticketsOf(petr, locale, mine.ticket.id);
      expect(textOf(shadowPart(direct, '[role="alert"]'))).to.equal(text.notFound[locale]);
      await expect(direct).to.be.accessible();
    });
  }

  for (const locale of locales) {
    it(`the list failing to load says why and offers "try again", in ${locale}`, async () => {
      const client = await signedInClient(demo.anna, {
        retry: { limit: 0 },
        fetch: failingFetch(/\/tickets$/, 1),
      });
      await retryLoads(await ticketsOf(client, locale), locale, '[part="row"]');
    });
  }

  for (const locale of locales) {
    it(`signed out, it asks to sign in, in ${locale}`, async () => {
      const { client } = testClient(demo.anna.tenant);
      const el = await ticketsOf(client, locale);
      expect(textOf(shadowPart(el, '[part="status"]'))).to.equal(text.signedOut[locale]);
      await expect(el).to.be.accessible();
    });
  }
});
