// What the pretend server answers about fault tickets: Anna's flat 12 in Leśna 5 and its
// staircase, handled by Katarzyna from the management company.
import type {
  Me,
  Ticket,
  TicketDetail,
  TicketEvent,
  TicketPage,
  TicketPhoto,
  TicketStatus,
} from '@atrium/sdk';

type Person = Ticket['reporter'];

const property = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  name: 'Wspólnota Mieszkaniowa Leśna 5',
  address: 'ul. Leśna 5, 30-001 Kraków',
};
const unit = { id: '9b2e4c1a-0f3d-4a6b-8c7e-5d1f2a3b4c5d', number: '12', area: '54.30' };

const anna: Person = {
  id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10',
  name: 'Anna Nowak',
  staff: false,
};
const jan: Person = { id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', name: 'Jan Nowak', staff: false };
const katarzyna: Person = {
  id: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
  name: 'Katarzyna Wiśniewska',
  staff: true,
};

/** A resident and owner of flat 12, or the manager who handles the tickets. */
export function ticketsMe(person: 'resident' | 'staff'): Me {
  if (person === 'staff') {
    return {
      ...katarzyna,
      email: 'katarzyna@lesna5.example.pl',
      locale: 'pl',
      roles: ['manager'],
      units: [],
    };
  }
  return {
    ...anna,
    email: 'anna.nowak@example.pl',
    locale: 'pl',
    roles: ['owner', 'resident'],
    units: [{ ...unit, property, roles: ['owner', 'resident'], ownershipShare: '0.5' }],
  };
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const days = (count: number) => count * 24;

interface Step {
  hoursAgo: number;
  by: Person;
  to?: TicketStatus;
  comment?: string;
  internal?: boolean;
  reopened?: boolean;
}

interface StoryTicket {
  ticket: Omit<
    Ticket,
    | 'photoCount'
    | 'updatedAt'
    | 'reopenableUntil'
    | 'unitId'
    | 'unitNumber'
    | 'propertyName'
    | 'location'
  > & {
    location?: string;
  };
  photos: number;
  steps: Step[];
}

const stories: StoryTicket[] = [
  {
    ticket: {
      id: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d14',
      number: 14,
      status: 'in_progress',
      category: 'plumbing',
      place: 'unit',
      description: 'Z sufitu w łazience kapie woda, od dzisiejszego ranka. Plama rośnie.',
      contactTime: 'evening',
      reporter: anna,
      createdAt: hoursAgo(30),
    },
    photos: 2,
    steps: [
      { hoursAgo: 28, by: katarzyna, to: 'accepted' },
      {
        hoursAgo: 27,
        by: katarzyna,
        comment: 'Sprawdzić, czy przecieka mieszkanie 16 piętro wyżej.',
        internal: true,
      },
      {
        hoursAgo: 26,
        by: katarzyna,
        to: 'in_progress',
        comment: 'Hydraulik przyjdzie jutro między 17 a 19.',
      },
    ],
  },
  {
    ticket: {
      id: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d13',
      number: 13,
      status: 'waiting_for_resident',
      category: 'electrical',
      place: 'common_area',
      location: 'Klatka B, 2. piętro',
      description: 'Na półpiętrze nie świeci lampa, wieczorem jest zupełnie ciemno.',
      contactTime: 'any_time',
      reporter: jan,
      createdAt: hoursAgo(days(3)),
    },
    photos: 0,
    steps: [
      { hoursAgo: days(3) - 2, by: katarzyna, to: 'accepted' },
      {
        hoursAgo: days(2),
        by: katarzyna,
        to: 'waiting_for_resident',
        comment: 'Czy chodzi o lampę przy windzie, czy przy oknie?',
      },
    ],
  },
  {
    ticket: {
      id: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d12',
      number: 12,
      status: 'resolved',
      category: 'heating',
      place: 'unit',
      description: 'Kaloryfer w sypialni jest zimny, choć pozostałe grzeją.',
      contactTime: 'morning',
      reporter: anna,
      createdAt: hoursAgo(days(6)),
    },
    photos: 1,
    steps: [
      { hoursAgo: days(6) - 3, by: katarzyna, to: 'in_progress' },
      {
        hoursAgo: days(5),
        by: anna,
        comment: 'Będę w domu w czwartek od 8 do 12.',
      },
      {
        hoursAgo: days(4),
        by: katarzyna,
        to: 'resolved',
        comment: 'Kaloryfer odpowietrzony, zawór termostatyczny wymieniony.',
      },
    ],
  },
  {
    ticket: {
      id: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d11',
      number: 11,
      status: 'new',
      category: 'lift',
      place: 'common_area',
      location: 'Winda w klatce A',
      description: 'Winda zatrzymuje się między piętrami i drzwi otwierają się dopiero po chwili.',
      contactTime: 'afternoon',
      reporter: anna,
      createdAt: hoursAgo(days(8)),
    },
    photos: 0,
    steps: [],
  },
  {
    ticket: {
      id: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d09',
      number: 9,
      status: 'closed',
      category: 'doors_and_locks',
      place: 'common_area',
      location: 'Drzwi wejściowe do budynku',
      description: 'Drzwi wejściowe nie domykają się, zamek nie zaskakuje.',
      contactTime: 'any_time',
      reporter: anna,
      createdAt: hoursAgo(days(40)),
    },
    photos: 0,
    steps: [
      { hoursAgo: days(39), by: katarzyna, to: 'in_progress' },
      { hoursAgo: days(37), by: katarzyna, to: 'resolved', comment: 'Samozamykacz wyregulowany.' },
      { hoursAgo: days(20), by: katarzyna, to: 'closed' },
    ],
  },
  {
    ticket: {
      id: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d08',
      number: 8,
      status: 'rejected',
      category: 'cleaning',
      place: 'common_area',
      location: 'Piwnica',
      description: 'W piwnicy stoją stare meble sąsiada i zastawiają przejście.',
      contactTime: 'any_time',
      reporter: jan,
      createdAt: hoursAgo(days(50)),
    },
    photos: 0,
    steps: [
      {
        hoursAgo: days(49),
        by: katarzyna,
        to: 'rejected',
        comment: 'To sprawa między sąsiadami; zarządca nie usuwa cudzych rzeczy.',
      },
    ],
  },
];

function photosOf({ ticket, photos }: StoryTicket): TicketPhoto[] {
  return Array.from({ length: photos }, (_, i) => {
    const id = `7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b${String(ticket.number * 100 + i).padStart(4, '0')}`;
    return { id, contentType: 'image/png', size: 4096, href: `/tickets/${ticket.id}/photos/${id}` };
  });
}

function ticketOf(story: StoryTicket): Ticket {
  const { ticket, steps } = story;
  const last = steps.at(-1);
  const resolvedAt = [...steps].reverse().find((step) => step.to === 'resolved');
  return {
    location: null,
    ...ticket,
    unitId: unit.id,
    unitNumber: unit.number,
    propertyName: property.name,
    photoCount: story.photos,
    updatedAt: last ? hoursAgo(last.hoursAgo) : ticket.createdAt,
    reopenableUntil:
      ticket.status === 'resolved' && resolvedAt ? hoursAgo(resolvedAt.hoursAgo - days(14)) : null,
  };
}

function timelineOf(story: StoryTicket, staff: boolean): TicketEvent[] {
  const created: TicketEvent = {
    id: `${story.ticket.id}-0`,
    kind: 'created',
    at: story.ticket.createdAt,
    author: story.ticket.reporter,
    fromStatus: null,
    toStatus: 'new',
    comment: null,
    internal: false,
  };
  let status: TicketStatus = 'new';
  const events = story.steps.map((step, i): TicketEvent => {
    const from = status;
    if (step.to) status = step.to;
    return {
      id: `${story.ticket.id}-${i + 1}`,
      kind: step.reopened ? 'reopened' : step.to ? 'status_changed' : 'comment',
      at: hoursAgo(step.hoursAgo),
      author: step.by,
      fromStatus: step.to ? from : null,
      toStatus: step.to ?? null,
      comment: step.comment ?? null,
      internal: step.internal ?? false,
    };
  });
  // Residents never get staff's internal notes.
  return [created, ...events].filter((event) => staff || !event.internal);
}

/** The tickets a person follows, newest first; narrowed to one status when asked. */
export function ticketPage(query: URLSearchParams, empty: boolean): TicketPage {
  const status = query.get('status');
  const items = empty
    ? []
    : stories.map(ticketOf).filter((ticket) => !status || ticket.status === status);
  return { items, nextCursor: null };
}

/** A ticket with its photos and timeline, or undefined for an unknown id. */
export function ticketDetail(ticketId: string, staff: boolean): TicketDetail | undefined {
  const story = stories.find((candidate) => candidate.ticket.id === ticketId);
  if (!story) return undefined;
  const ticket = ticketOf(story);
  return {
    ticket,
    photos: photosOf(story),
    timeline: timelineOf(story, staff),
    nextStatuses: staff ? sampleMoves.filter((status) => status !== ticket.status) : [],
  };
}

// What the pretend server offers staff; the real moves are the server's (TKT-1).
const sampleMoves: TicketStatus[] = ['in_progress', 'waiting_for_resident', 'resolved', 'closed'];

/** Ticket ids the stories open. */
export const storyTickets = {
  inProgress: stories[0]?.ticket.id as string,
  resolved: stories[2]?.ticket.id as string,
};

/** The ticket a report makes: number 15, new, as the server would answer it. */
export function createdTicket(body: Record<string, unknown>, photoIds: string[]): TicketDetail {
  const now = new Date().toISOString();
  const ticket: Ticket = {
    id: '4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d15',
    number: 15,
    status: 'new',
    category: body['category'] as Ticket['category'],
    place: body['place'] as Ticket['place'],
    location: (body['location'] as string | undefined) ?? null,
    unitId: unit.id,
    unitNumber: unit.number,
    propertyName: property.name,
    description: body['description'] as string,
    contactTime: (body['contactTime'] as Ticket['contactTime'] | undefined) ?? 'any_time',
    reporter: anna,
    photoCount: photoIds.length,
    createdAt: now,
    updatedAt: now,
    reopenableUntil: null,
  };
  const event: TicketEvent = {
    id: `${ticket.id}-0`,
    kind: 'created',
    at: now,
    author: anna,
    fromStatus: null,
    toStatus: 'new',
    comment: null,
    internal: false,
  };
  const photos = photoIds.map((id): TicketPhoto => {
    return { id, contentType: 'image/png', size: 4096, href: `/tickets/${ticket.id}/photos/${id}` };
  });
  return { ticket, photos, timeline: [event], nextStatuses: [] };
}

/** A photo as a picture: a tiled floor with a dark stain, drawn on the spot. */
export async function photoBlob(seed: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(320, 240);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  for (let x = 0; x < 320; x += 40) {
    for (let y = 0; y < 240; y += 40) {
      context.fillStyle = (x + y) % 80 ? '#e7e5e4' : '#d6d3d1';
      context.fillRect(x, y, 40, 40);
    }
  }
  context.fillStyle = 'rgba(120, 53, 15, 0.55)';
  context.beginPath();
  context.ellipse(120 + seed * 60, 120, 70, 45, 0.4, 0, Math.PI * 2);
  context.fill();
  return canvas.convertToBlob({ type: 'image/png' });
}
