import type { AuthorRole } from '../announcements/access.js';
import { markdownRules, renderMarkdown } from '../announcements/markdown.js';
import type { Scopes } from '../db/scope.js';
import { demoHotel, lesna5, type DemoTenant } from './data.js';
import { tenantToSeed } from './once.js';

/** One demo announcement; its window in days from the seeding (null: no end). */
interface DemoAnnouncement {
  author: string;
  role: AuthorRole;
  /** The tenant, the demo property, or the property's board only (ANN-1). */
  audience: 'tenant' | 'property' | 'board';
  title: string;
  body: string;
  from: number;
  until: number | null;
}

// Leśna 5: the manager's notice open now, the board's internal one (Anna sits on the board),
// one opening next week and one that ended last month; the aparthotel: two open now to all.
const plans: Record<string, DemoAnnouncement[]> = {
  [lesna5.slug]: [
    {
      author: 'katarzyna@lesna5.example',
      role: 'manager',
      audience: 'property',
      title: 'Coroczny przegląd instalacji gazowej',
      body: [
        'W przyszły **wtorek w godz. 9–15** firma GazSerwis przeprowadzi coroczny przegląd szczelności instalacji gazowej.',
        '',
        'Prosimy:',
        '',
        '- zapewnić dostęp do kuchni i łazienki,',
        '- odsunąć meble zasłaniające kurki gazowe,',
        '- w razie nieobecności zostawić klucze sąsiadowi i dać znać zarządcy.',
        '',
        'Protokoły z przeglądu będą do pobrania w [serwisie wspólnoty](https://lesna5.example/przeglady).',
      ].join('\n'),
      from: -2,
      until: 12,
    },
    {
      author: 'anna@lesna5.example',
      role: 'board_member',
      audience: 'board',
      title: 'Posiedzenie zarządu: oferty na remont dachu',
      body: [
        'Zapraszam członków zarządu na posiedzenie w **czwartek o 18:00** w lokalu nr 12.',
        '',
        '1. Porównanie trzech ofert na remont pokrycia dachu.',
        '2. Projekt uchwały dla właścicieli.',
        '',
        'Oferty leżą w [folderze zarządu](https://lesna5.example/zarzad/oferty-dach).',
      ].join('\n'),
      from: -1,
      until: 6,
    },
    {
      author: 'katarzyna@lesna5.example',
      role: 'manager',
      audience: 'property',
      title: 'Wymiana wodomierzy w lokalach',
      body: [
        'Od poniedziałku **wymieniamy wodomierze** na odczytywane zdalnie.',
        '',
        '- lokale 1–6: poniedziałek,',
        '- lokale 7–12 i U1: wtorek.',
        '',
        'Harmonogram godzinowy: [lesna5.example/wodomierze](https://lesna5.example/wodomierze).',
      ].join('\n'),
      from: 7,
      until: 21,
    },
    {
      author: 'katarzyna@lesna5.example',
      role: 'manager',
      audience: 'property',
      title: 'Odczyt podzielników ciepła',
      body: [
        'Odczyt podzielników kosztów ogrzewania odbędzie się **zdalnie**; wizyta w lokalach nie jest potrzebna.',
        '',
        '- rozliczenie sezonu otrzymają Państwo pocztą,',
        '- pytania: [zarzad@lesna5.example](mailto:zarzad@lesna5.example).',
      ].join('\n'),
      from: -40,
      until: -28,
    },
  ],
  [demoHotel.slug]: [
    {
      author: 'petr@nevsky-apart.example',
      role: 'manager',
      audience: 'tenant',
      title: 'Плановое отключение горячей воды',
      body: [
        'В связи с гидравлическими испытаниями **горячей воды не будет с понедельника по среду**.',
        '',
        '- в апартаментах работают электрические водонагреватели;',
        '- гостям выдаём бесплатный доступ в спа-зону на эти дни.',
        '',
        'График работ — [на нашем сайте](https://nevsky-apart.example/news/hot-water).',
      ].join('\n'),
      from: -1,
      until: 10,
    },
    {
      author: 'petr@nevsky-apart.example',
      role: 'manager',
      audience: 'tenant',
      title: 'Новые правила парковки во дворе',
      body: [
        'С этого месяца въезд во двор — **по пропускам**.',
        '',
        '1. Оформите пропуск у администратора на ресепшене.',
        '2. Гостевые места — на 2 часа, далее по тарифу.',
        '',
        'Правила целиком: [nevsky-apart.example/parking](https://nevsky-apart.example/parking).',
      ].join('\n'),
      from: -5,
      until: null,
    },
  ],
};

/**
 * The demo tenant's announcements (ANN-1), their windows set from today; only once, so a
 * manager's later changes stay.
 */
export async function seedDemoAnnouncements(db: Scopes, tenant: DemoTenant): Promise<void> {
  const plan = plans[tenant.slug];
  if (!plan) return;
  await db.withSystem(async (sql) => {
    const tenantId = await tenantToSeed(sql, tenant.slug, 'announcements');
    if (!tenantId) return;
    // written a couple of hours before they open, or before now when opening later
    await sql.query(
      `INSERT INTO announcements (tenant_id, title, body, html, html_rules, audience_scope,
                                  property_id, audience_roles, visible_from, visible_until,
                                  author_id, author_role, created_at, updated_at)
       SELECT $1, d.title, d.body, d.html, $4, CASE d.audience WHEN 'tenant' THEN 'tenant' ELSE 'property' END,
              CASE WHEN d.audience <> 'tenant' THEN pr.id END,
              CASE WHEN d.audience = 'board' THEN ARRAY['board_member'] END,
              w.from_at, w.until_at, p.id, d.role, w.written_at, w.written_at
         FROM json_to_recordset($2::json) AS d(author text, role text, audience text, title text,
              body text, html text, "from" integer, until integer)
         JOIN people p ON p.tenant_id = $1 AND p.email = d.author
         JOIN properties pr ON pr.tenant_id = $1 AND pr.name = $3
         CROSS JOIN LATERAL (
           SELECT now() + make_interval(days => d."from") AS from_at,
                  now() + make_interval(days => d.until) AS until_at,
                  least(now(), now() + make_interval(days => d."from")) - interval '2 hours'
                    AS written_at) w`,
      [
        tenantId,
        JSON.stringify(plan.map((a) => ({ ...a, html: renderMarkdown(a.body) }))),
        tenant.property.name,
        markdownRules,
      ],
    );
  });
}
