// What the pretend server answers about announcements: Leśna 5's (the manager's, the board's
// internal notice, older ones for "Show more", a scheduled and an ended one) and Невский
// Апарт's, each as the real server serves them, with the HTML it renders from the Markdown.
import type {
  Announcement,
  AnnouncementPage,
  AnnouncementStatus,
  Audience,
  AudienceRole,
  Me,
} from '@atrium/sdk';

export type StoryTenant = 'lesna' | 'nevsky';
/** Jan, a co-owner; Anna, a co-owner on the board; the tenant's manager. */
export type StoryPerson = 'resident' | 'board' | 'staff';

const day = 86_400_000;
const daysAgo = (count: number) => new Date(Date.now() - count * day).toISOString();

const lesna = {
  property: { scope: 'property', propertyId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
  name: 'Wspólnota Mieszkaniowa Leśna 5',
  manager: { name: 'Katarzyna Wiśniewska', role: 'manager' },
  board: { name: 'Anna Nowak', role: 'board_member' },
} as const;

const nevsky = {
  tenant: { scope: 'tenant' },
  name: 'Невский Апарт',
  manager: { name: 'Пётр Иванов', role: 'manager' },
} as const;

let ids = 0;
const id = () => `6c7d8e9f-0a1b-4c2d-8e3f-${String(++ids).padStart(12, '0')}`;

interface Draft {
  title: string;
  /** Markdown, and the HTML the server renders from it. */
  body: string;
  html: string;
  audience: Audience;
  audienceName: string;
  author: Announcement['author'];
  /** Days ago it went up (negative: days until it does), and, if it has, came down. */
  from: number;
  until?: number;
  read?: boolean;
}

function announcement(draft: Draft): Announcement {
  const visibleFrom = daysAgo(draft.from);
  const visibleUntil = draft.until === undefined ? null : daysAgo(draft.until);
  const status: AnnouncementStatus =
    draft.from < 0
      ? 'scheduled'
      : draft.until !== undefined && draft.until >= 0
        ? 'ended'
        : 'current';
  return {
    id: id(),
    title: draft.title,
    body: draft.body,
    html: draft.html,
    audience: draft.audience,
    audienceName: draft.audienceName,
    visibleFrom,
    visibleUntil,
    status,
    author: draft.author,
    read: draft.read ?? false,
    createdAt: visibleFrom,
  };
}

const forRoles = (roles: AudienceRole[]): Audience => ({ ...lesna.property, roles });

const gasCheck = announcement({
  title: 'Przegląd instalacji gazowej 3 grudnia',
  body: [
    'W środę **3 grudnia** w godz. 9–15 odbędzie się coroczny przegląd instalacji gazowej.',
    '',
    '- prosimy o dostęp do kuchni i łazienki,',
    '- jeśli nie będzie Państwa w domu, prosimy zostawić klucz u sąsiada,',
    '- protokoły będą do odbioru w administracji.',
    '',
    'Szczegóły: [harmonogram przeglądów](https://lesna5.example/przeglady).',
  ].join('\n'),
  html: [
    '<p>W środę <strong>3 grudnia</strong> w godz. 9–15 odbędzie się coroczny przegląd instalacji gazowej.</p>',
    '<ul>',
    '<li>prosimy o dostęp do kuchni i łazienki,</li>',
    '<li>jeśli nie będzie Państwa w domu, prosimy zostawić klucz u sąsiada,</li>',
    '<li>protokoły będą do odbioru w administracji.</li>',
    '</ul>',
    '<p>Szczegóły: <a href="https://lesna5.example/przeglady" rel="nofollow noopener noreferrer">harmonogram przeglądów</a>.</p>',
  ].join('\n'),
  audience: lesna.property,
  audienceName: lesna.name,
  author: lesna.manager,
  from: 1,
});

const boardMeeting = announcement({
  title: 'Posiedzenie zarządu 28 listopada',
  body: 'Zapraszam na posiedzenie zarządu w czwartek o *18:00* w świetlicy. Porządek: oferty na remont dachu.',
  html: '<p>Zapraszam na posiedzenie zarządu w czwartek o <em>18:00</em> w świetlicy. Porządek: oferty na remont dachu.</p>',
  audience: forRoles(['board_member']),
  audienceName: lesna.name,
  author: lesna.board,
  from: 2,
});

const waterMeters = announcement({
  title: 'Wymiana wodomierzy w klatce B',
  body: 'Firma Aqua-Pomiar wymieni wodomierze w lokalach 5–9 w przyszłym tygodniu.',
  html: '<p>Firma Aqua-Pomiar wymieni wodomierze w lokalach 5–9 w przyszłym tygodniu.</p>',
  audience: forRoles(['owner', 'resident']),
  audienceName: lesna.name,
  author: lesna.manager,
  from: 6,
  read: true,
});

const older = [
  'Odśnieżanie chodników — nowy wykonawca',
  'Zebranie właścicieli: protokół do wglądu',
  'Dezynsekcja piwnic',
  'Nowe godziny pracy administracji',
  'Sprzątanie klatek schodowych w okresie świątecznym',
  'Zmiana numeru rachunku funduszu remontowego',
  'Przegląd kominiarski',
  'Wymiana domofonów — termin prac',
  'Koszenie trawników',
].map((title, i) =>
  announcement({
    title,
    body: `${title}. Szczegóły w administracji.`,
    html: `<p>${title}. Szczegóły w administracji.</p>`,
    audience: lesna.property,
    audienceName: lesna.name,
    author: lesna.manager,
    from: 10 + i * 9,
    read: true,
  }),
);

const scheduled = announcement({
  title: 'Przerwa w dostawie wody 15 grudnia',
  body: 'W poniedziałek 15 grudnia w godz. 8–12 nie będzie wody.',
  html: '<p>W poniedziałek 15 grudnia w godz. 8–12 nie będzie wody.</p>',
  audience: lesna.property,
  audienceName: lesna.name,
  author: lesna.manager,
  from: -5,
});

const ended = announcement({
  title: 'Odczyty wodomierzy do 25 października',
  body: 'Prosimy o podanie odczytów do 25 października.',
  html: '<p>Prosimy o podanie odczytów do 25 października.</p>',
  audience: lesna.property,
  audienceName: lesna.name,
  author: lesna.manager,
  from: 40,
  until: 30,
});

const nevskyAnnouncements = [
  announcement({
    title: 'Плановое отключение горячей воды',
    body: 'С **10 по 14 июня** горячей воды не будет: плановые работы на теплотрассе.',
    html: '<p>С <strong>10 по 14 июня</strong> горячей воды не будет: плановые работы на теплотрассе.</p>',
    audience: nevsky.tenant,
    audienceName: nevsky.name,
    author: nevsky.manager,
    from: 1,
  }),
  announcement({
    title: 'Новые тарифы на уборку апартаментов',
    body: 'С 1 числа следующего месяца уборка стоит 1 500 ₽. Подробнее — на [сайте](https://nevsky-apart.example/tarify).',
    html: '<p>С 1 числа следующего месяца уборка стоит 1 500 ₽. Подробнее — на <a href="https://nevsky-apart.example/tarify" rel="nofollow noopener noreferrer">сайте</a>.</p>',
    audience: nevsky.tenant,
    audienceName: nevsky.name,
    author: nevsky.manager,
    from: 12,
    read: true,
  }),
];

/** Every announcement of a tenant, newest first, by status. */
function announcementsOf(tenant: StoryTenant): Announcement[] {
  if (tenant === 'nevsky') return nevskyAnnouncements;
  return [gasCheck, boardMeeting, waterMeters, ...older, scheduled, ended];
}

/** What a person may see: a board's internal notice is for the board alone (ANN-1). */
function visibleTo(person: StoryPerson, item: Announcement): boolean {
  const roles = item.audience.roles;
  if (person === 'staff' || !roles) return true;
  const held: AudienceRole[] = person === 'board' ? ['owner', 'board_member'] : ['owner'];
  return roles.some((role) => held.includes(role));
}

/** The signed-in person, as GET /me answers. */
export function announcementsMe(tenant: StoryTenant, person: StoryPerson): Me {
  const base = { id: '3f1c2a9e-6b0d-4f4e-9d8a-2b7c1e5f9a10', units: [] };
  if (tenant === 'nevsky') {
    return person === 'staff'
      ? { ...base, name: 'Пётр Иванов', email: 'petr@example.ru', locale: 'ru', roles: ['manager'] }
      : {
          ...base,
          name: 'Ирина Соколова',
          email: 'irina@example.ru',
          locale: 'ru',
          roles: ['owner'],
        };
  }
  if (person === 'staff') {
    return {
      ...base,
      name: lesna.manager.name,
      email: 'katarzyna@example.pl',
      locale: 'pl',
      roles: ['manager'],
    };
  }
  const roles: Me['roles'] = person === 'board' ? ['owner', 'resident', 'board_member'] : ['owner'];
  const name = person === 'board' ? 'Anna Nowak' : 'Jan Nowak';
  return { ...base, name, email: 'anna.nowak@example.pl', locale: 'pl', roles };
}

/** The pretend server's memory: what the reader marked read. */
export interface AnnouncementsState {
  tenant: StoryTenant;
  person: StoryPerson;
  read: Set<string>;
}

export function announcementsState(tenant: StoryTenant, person: StoryPerson): AnnouncementsState {
  return { tenant, person, read: new Set() };
}

const asRead = (state: AnnouncementsState, item: Announcement): Announcement =>
  state.read.has(item.id) ? { ...item, read: true } : item;

/** The announcement `id` as the person may see it now, if they may. */
export function announcementOf(state: AnnouncementsState, id: string): Announcement | undefined {
  const item = announcementsOf(state.tenant).find((candidate) => candidate.id === id);
  return item && visibleTo(state.person, item) ? asRead(state, item) : undefined;
}

/** One page of `status`, as the contract pages it: the cursor is the next item's index. */
export function announcementPage(
  state: AnnouncementsState,
  query: URLSearchParams,
  empty: boolean,
): AnnouncementPage {
  const status = (query.get('status') ?? 'current') as AnnouncementStatus;
  const visible = empty
    ? []
    : announcementsOf(state.tenant)
        .filter((item) => visibleTo(state.person, item))
        .map((item) => asRead(state, item));
  const listed = visible.filter((item) => item.status === status);
  const start = Number(query.get('cursor') ?? 0);
  const limit = Number(query.get('limit') ?? 20);
  const end = start + limit;
  return {
    items: listed.slice(start, end),
    nextCursor: end < listed.length ? String(end) : null,
    unread: visible.filter((item) => item.status === 'current' && !item.read).length,
  };
}
