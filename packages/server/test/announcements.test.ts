import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locale } from '@atrium/sdk';
import { markdownRules, renderMarkdown } from '../src/announcements/markdown.js';
import type {
  Announcement,
  AnnouncementInput,
  AnnouncementPage,
  Audience,
} from '../src/announcements/types.js';
import { fieldMessage } from '../src/errors/messages.js';
import { engines } from './databases.js';
import { problemOf, signIns, useServer, type Call } from './helpers.js';
import {
  createAnnouncementsLab,
  everyone,
  staff,
  type AnnouncementsLab,
  type Who,
} from './announcements-fixture.js';

const rel = 'noopener noreferrer nofollow';
const safeHref = /^(?:https?:\/\/|mailto:|tel:)/;
const allowedTags = new Set(
  'p strong em s a ul ol li code pre blockquote h1 h2 h3 h4 h5 h6 hr br table thead tbody tr th td'.split(
    ' ',
  ),
);

/** HTML fit to insert as it is: known tags only, no styles or handlers, safe links only. */
function assertSafeHtml(html: string) {
  for (const [, closing, tag = '', attributes = ''] of html.matchAll(
    /<(\/?)([a-zA-Z0-9]+)([^>]*)>/g,
  )) {
    assert.ok(allowedTags.has(tag.toLowerCase()), `a <${tag}> in ${html}`);
    if (closing) continue;
    // every attribute quoted, nothing between them: an attribute's value cannot hide another
    assert.match(attributes, /^(?:\s[a-z-]+="[^"<>]*")*$/, `the attributes of ${html}`);
    const names = [...attributes.matchAll(/\s([a-z-]+)="[^"]*"/g)].map((m) => m[1]);
    for (const name of names) {
      assert.ok(
        ['href', 'rel', 'title', 'class', 'start'].includes(name ?? ''),
        `${name} in ${html}`,
      );
    }
    if (tag === 'a') {
      assert.match(attributes, new RegExp(`rel="${rel}"`));
      const href = /href="([^"]*)"/.exec(attributes)?.[1] ?? '';
      assert.match(href, safeHref, `a link to ${href}`);
    }
    if (tag === 'code') assert.match(attributes, /^(?: class="language-[^"<>]*")?$/);
  }
}

describe('ANN-1 Markdown to sanitised HTML, without a server', () => {
  it('raw HTML is shown as text: a <script>, an <img onerror>, a <style>', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<style>p{}</style> <b>bold</b>',
    );
    assertSafeHtml(html);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
    assert.doesNotMatch(html, /<(script|img|style|b)\b/);
  });

  it('javascript:, data:, vbscript: and relative links stay the text the author typed', () => {
    for (const link of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '&#106;avascript:alert(1)',
      'java&#x09;script:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'data:image/png;base64,iVBORw0KGgo=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/t/lesna-5/announcements',
      '//evil.example/x',
    ]) {
      for (const body of [`[click](${link})`, `<${link}>`, `![pic](${link})`]) {
        const html = renderMarkdown(body);
        assertSafeHtml(html);
        assert.doesNotMatch(html, /<a /, `${body} gives no link`);
      }
    }
  });

  it('http(s), mailto and tel links are kept, with rel nofollow; addresses in the text become links', () => {
    const html = renderMarkdown(
      '[site](https://lesna5.example/a?b=1&c=2) [call](tel:+48123456789) <https://x.example> ' +
        'write to zarzad@lesna5.example or see http://old.example/page, not np.pl',
    );
    assertSafeHtml(html);
    assert.match(html, /<a href="https:\/\/lesna5\.example\/a\?b=1&amp;c=2" rel="[^"]+">site<\/a>/);
    assert.match(html, /<a href="tel:\+48123456789" rel="[^"]+">call<\/a>/);
    assert.match(html, /<a href="https:\/\/x\.example" rel="[^"]+">https:\/\/x\.example<\/a>/);
    assert.match(
      html,
      /<a href="mailto:zarzad@lesna5\.example" rel="[^"]+">zarzad@lesna5\.example<\/a>/,
    );
    assert.match(html, /<a href="http:\/\/old\.example\/page" rel="[^"]+">/);
    assert.match(html, /not np\.pl/, 'a bare word with a dot stays a word');
  });

  it('a link title cannot break out of its attribute', () => {
    const html = renderMarkdown('[x](https://a.example "\\" onmouseover=\\"alert(1)")');
    assertSafeHtml(html);
    assert.match(html, /title="&quot; onmouseover=&quot;alert\(1\)"/);
  });

  it('an image becomes a link to it named by its alt text; inside a link, its alt text alone', () => {
    const html = renderMarkdown(
      '![Plan <b>piętra</b>](https://lesna5.example/plan.png) ![](https://lesna5.example/x.png) ' +
        '[![logo](https://lesna5.example/logo.png)](https://lesna5.example)',
    );
    assertSafeHtml(html);
    assert.match(
      html,
      /<a href="https:\/\/lesna5\.example\/plan\.png" rel="[^"]+">Plan &lt;b&gt;piętra&lt;\/b&gt;<\/a>/,
    );
    assert.match(html, />https:\/\/lesna5\.example\/x\.png<\/a>/, 'no alt text: the address');
    assert.match(html, /<a href="https:\/\/lesna5\.example" rel="[^"]+">logo<\/a>/);
  });

  it('HTML entities are decoded once and escaped again', () => {
    const html = renderMarkdown('&lt;script&gt; &amp;amp; &copy; &#60;b&#62; &quot;');
    assertSafeHtml(html);
    assert.equal(html, '<p>&lt;script&gt; &amp;amp; © &lt;b&gt; &quot;</p>\n');
  });

  it('bold, lists, tables (without inline styles) and code render as Markdown', () => {
    const html = renderMarkdown(
      '**Ważne**\n\n- jeden\n- dwa\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```js"><script>\nx < 1\n```',
    );
    assertSafeHtml(html);
    assert.match(html, /<strong>Ważne<\/strong>/);
    assert.match(html, /<ul>\n<li>jeden<\/li>/);
    assert.match(html, /<td>1<\/td>\n<td>2<\/td>/);
    assert.match(html, /x &lt; 1/);
  });

  it('a very long body (the contract’s 20,000 characters) renders quickly, whatever its shape', () => {
    for (const body of [
      'Słowo '.repeat(3333).slice(0, 20_000),
      '*'.repeat(20_000),
      '['.repeat(10_000) + ']('.repeat(5_000),
      '> '.repeat(10_000),
      '- '.repeat(10_000),
      '<'.repeat(20_000),
      `${'a'.repeat(19_000)} https://x.example/${'b'.repeat(900)}`,
    ]) {
      const started = performance.now();
      const html = renderMarkdown(body);
      const took = performance.now() - started;
      assert.ok(took < 1000, `${body.slice(0, 12)}… took ${Math.round(took)} ms`);
      assertSafeHtml(html);
    }
  });
});

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return (text ? JSON.parse(text) : undefined) as T;
}

for (const engine of engines) {
  describe(`announcements on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: AnnouncementsLab;
    before(async () => {
      lab = await createAnnouncementsLab(server(), 'notice-lab');
    });

    const call = async (who: Who, path: string, init: RequestInit & { json?: unknown } = {}) =>
      (await lab.as(who))(path, init);
    /** Every announcement of the status the person sees, over as many pages as it takes. */
    async function listAll(who: Who, status = 'current', limit = 100) {
      const items: Announcement[] = [];
      let cursor: string | null = null;
      let unread: number | null = null;
      do {
        const query = new URLSearchParams({ status, limit: String(limit) });
        if (cursor) query.set('cursor', cursor);
        const page: AnnouncementPage = await json(await call(who, `/announcements?${query}`), 200);
        items.push(...page.items);
        if (unread !== null) assert.equal(page.unread, unread, 'the same count on every page');
        unread = page.unread;
        cursor = page.nextCursor;
      } while (cursor);
      return { items, unread: unread ?? 0 };
    }
    const titlesSeen = async (who: Who, prefix: string, status = 'current') =>
      (await listAll(who, status)).items
        .map((a) => a.title)
        .filter((t) => t.startsWith(prefix))
        .sort();
    const audience = (over: Audience): Audience => over;

    it('ANN-1 the demo: Leśna 5’s manager and board, and the aparthotel in Russian', async () => {
      const lesna = (email: string, password: string) =>
        signIns(server(), 'lesna-5', password)(email);
      const list = async (as: Call, status = 'current') =>
        json<AnnouncementPage>(await as(`/announcements?status=${status}`), 200);
      const anna = await lesna('anna@lesna5.example', 'Lesna5-Haslo!');
      const jan = await lesna('jan@lesna5.example', 'Lesna5-Jan-1!');
      const annaNow = await list(anna);
      assert.deepEqual(
        annaNow.items.map((a) => [a.title, a.author.role, a.audience.roles ?? null]),
        [
          ['Posiedzenie zarządu: oferty na remont dachu', 'board_member', ['board_member']],
          ['Coroczny przegląd instalacji gazowej', 'manager', null],
        ],
      );
      assert.equal(annaNow.unread, 2);
      const gas = annaNow.items[1];
      assert.match(gas?.html ?? '', /<strong>wtorek w godz\. 9–15<\/strong>/);
      assert.match(gas?.html ?? '', /<ul>\n<li>/);
      assert.match(gas?.html ?? '', /<a href="https:\/\/lesna5\.example\/przeglady" rel="[^"]+">/);
      assertSafeHtml(gas?.html ?? '');
      assert.deepEqual(
        (await list(jan)).items.map((a) => a.title),
        ['Coroczny przegląd instalacji gazowej'],
        'the board’s notice is for the board',
      );
      assert.deepEqual(
        (await list(anna, 'scheduled')).items.map((a) => a.title),
        ['Wymiana wodomierzy w lokalach'],
      );
      assert.deepEqual(
        (await list(anna, 'ended')).items.map((a) => a.title),
        ['Odczyt podzielników ciepła'],
      );
      const irina = await signIns(
        server(),
        'demo-hotel',
        'Nevsky-2026',
      )('irina@nevsky-apart.example');
      const hotel = await list(irina);
      assert.deepEqual(
        hotel.items.map((a) => [a.title, a.audience.scope, a.audienceName, a.author.name]),
        [
          ['Плановое отключение горячей воды', 'tenant', 'Невский Апарт', 'Пётр Иванов'],
          ['Новые правила парковки во дворе', 'tenant', 'Невский Апарт', 'Пётр Иванов'],
        ],
      );
    });
    it('ORG-4 each audience reaches exactly its people (staff see every current one)', async () => {
      const { groupIds: g, propertyIds: p } = lab;
      const cases: [name: string, audience: Audience, reaches: Who[]][] = [
        ['tenant', { scope: 'tenant' }, everyone],
        ['tenant owners', { scope: 'tenant', roles: ['owner'] }, ['olga', 'ed', 'paul', 'lou']],
        ['tenant residents', { scope: 'tenant', roles: ['resident'] }, ['rick']],
        ['tenant boards', { scope: 'tenant', roles: ['board_member'] }, ['bea', 'ben']],
        ['group north', { scope: 'group', groupId: g.north }, ['olga', 'rick', 'bea', 'ed']],
        [
          'group north owners',
          { scope: 'group', groupId: g.north, roles: ['owner'] },
          ['olga', 'ed'],
        ],
        ['group south', { scope: 'group', groupId: g.south }, ['paul', 'ben']],
        ['property oak', { scope: 'property', propertyId: p.oak }, ['olga', 'rick', 'bea']],
        [
          'property oak owners and residents',
          { scope: 'property', propertyId: p.oak, roles: ['owner', 'resident'] },
          ['olga', 'rick', 'bea'],
        ],
        // Bea is no resident, but she sits on Oak's board and oversees its notices
        [
          'property oak residents',
          { scope: 'property', propertyId: p.oak, roles: ['resident'] },
          ['rick', 'bea'],
        ],
        [
          'property oak board only',
          { scope: 'property', propertyId: p.oak, roles: ['board_member'] },
          ['bea'],
        ],
        ['property elm', { scope: 'property', propertyId: p.elm }, ['ed']],
        ['property loose', { scope: 'property', propertyId: p.loose }, ['lou']],
        [
          'property pine board only',
          { scope: 'property', propertyId: p.pine, roles: ['board_member'] },
          ['ben'],
        ],
      ];
      const published = new Map<string, Announcement>();
      for (const [name, to] of cases) {
        published.set(name, await lab.publish({ title: `aud: ${name}`, audience: audience(to) }));
      }
      for (const who of everyone) {
        const expected = cases
          .filter(([, , reaches]) => staff.includes(who) || reaches.includes(who))
          .map(([name]) => `aud: ${name}`)
          .sort();
        assert.deepEqual(await titlesSeen(who, 'aud: '), expected, `${who}'s list`);
        for (const [name, , reaches] of cases) {
          const id = published.get(name)?.id ?? '';
          const sees = staff.includes(who) || reaches.includes(who);
          const got = await call(who, `/announcements/${id}`);
          assert.equal(got.status, sees ? 200 : 404, `${who} opens “${name}”`);
          if (!sees) {
            const read = await call(who, `/announcements/${id}/read`, { method: 'PUT' });
            assert.equal(read.status, 404, `${who} marks “${name}”`);
          }
        }
      }
      const named = published.get('group north');
      assert.equal(named?.audienceName, 'Group north');
      assert.equal(published.get('property oak')?.audienceName, 'Property oak');
      assert.equal(published.get('tenant')?.audienceName, 'Notice Lab');
      assert.deepEqual(published.get('property oak board only')?.audience, {
        scope: 'property',
        propertyId: p.oak,
        roles: ['board_member'],
      });
    });

    it('ORG-4 the audience is judged by the links people hold now', async () => {
      const notice = await lab.publish({
        title: 'links: oak',
        audience: { scope: 'property', propertyId: lab.propertyIds.oak },
      });
      assert.deepEqual(await titlesSeen('rick', 'links: '), ['links: oak']);
      const moveOut = (unit: string) =>
        lab.sql((q) =>
          q.query(
            `UPDATE person_units SET unit_id = (SELECT id FROM units WHERE tenant_id = $1 AND number = $3)
              WHERE tenant_id = $1 AND person_id = $2`,
            [lab.tenantId, lab.personIds.rick, unit],
          ),
        );
      await moveOut('E1');
      try {
        assert.deepEqual(await titlesSeen('rick', 'links: '), []);
        assert.equal((await call('rick', `/announcements/${notice.id}`)).status, 404);
      } finally {
        await moveOut('O2');
      }
    });

    it('ANN-1 outside its window an announcement is never shown to its audience', async () => {
      const oak = { scope: 'property', propertyId: lab.propertyIds.oak } as const;
      const later = await lab.publish({
        title: 'window: later',
        audience: oak,
        visibleFrom: lab.at(60),
        visibleUntil: lab.at(120),
      });
      const past = await lab.publish({
        title: 'window: past',
        audience: { scope: 'tenant' },
        visibleFrom: lab.at(-120),
        visibleUntil: lab.at(-60),
      });
      assert.equal(later.status, 'scheduled');
      assert.equal(past.status, 'ended');
      const before = (await listAll('olga')).unread;
      for (const who of ['olga', 'rick', 'nina', 'ed'] as const) {
        assert.deepEqual(await titlesSeen(who, 'window: '), [], `${who}'s list`);
        for (const { id } of [later, past]) {
          assert.equal((await call(who, `/announcements/${id}`)).status, 404, `${who} get`);
          const read = await call(who, `/announcements/${id}/read`, { method: 'PUT' });
          assert.equal(read.status, 404, `${who} read`);
        }
      }
      assert.equal((await listAll('olga')).unread, before, 'nor counted unread');
      // asking for them is for those who oversee them
      for (const who of ['olga', 'rick', 'nina'] as const) {
        for (const status of ['scheduled', 'ended']) {
          const problem = await problemOf(await call(who, `/announcements?status=${status}`));
          assert.equal(problem.status, 403, `${who} asks for ${status}`);
        }
      }
      for (const who of staff) {
        assert.deepEqual(await titlesSeen(who, 'window: ', 'scheduled'), ['window: later'], who);
        assert.deepEqual(await titlesSeen(who, 'window: ', 'ended'), ['window: past'], who);
        const got = await json<Announcement>(await call(who, `/announcements/${later.id}`), 200);
        assert.equal(got.status, 'scheduled');
      }
      // Oak's board sees Oak's scheduled one, not the tenant's ended one; Pine's board neither
      assert.deepEqual(await titlesSeen('bea', 'window: ', 'scheduled'), ['window: later']);
      assert.deepEqual(await titlesSeen('bea', 'window: ', 'ended'), []);
      assert.equal((await call('bea', `/announcements/${past.id}`)).status, 404);
      assert.deepEqual(await titlesSeen('ben', 'window: ', 'scheduled'), []);
      assert.equal((await call('ben', `/announcements/${later.id}`)).status, 404);

      // opened early by its author, it reaches its audience; taken down, it leaves it
      const opened = await json<Announcement>(
        await call('manager', `/announcements/${later.id}`, {
          method: 'PATCH',
          json: { visibleFrom: lab.at(-1) },
        }),
        200,
      );
      assert.equal(opened.status, 'current');
      assert.deepEqual(await titlesSeen('olga', 'window: '), ['window: later']);
      const down = await json<Announcement>(
        await call('manager', `/announcements/${later.id}`, {
          method: 'PATCH',
          json: { visibleUntil: new Date().toISOString() },
        }),
        200,
      );
      assert.equal(down.status, 'ended');
      assert.deepEqual(await titlesSeen('olga', 'window: '), []);
      assert.equal((await call('olga', `/announcements/${later.id}`)).status, 404);
      assert.deepEqual(await titlesSeen('bea', 'window: ', 'ended'), ['window: later']);
    });

    it('ANN-1 who may publish: managers and directors anywhere, a board member their property', async () => {
      const { groupIds: g, propertyIds: p } = lab;
      const audiences: [string, Audience][] = [
        ['tenant', { scope: 'tenant' }],
        ['group', { scope: 'group', groupId: g.north }],
        ['oak', { scope: 'property', propertyId: p.oak }],
        ['oak board', { scope: 'property', propertyId: p.oak, roles: ['board_member'] }],
        ['elm', { scope: 'property', propertyId: p.elm }],
        ['unknown property', { scope: 'property', propertyId: crypto.randomUUID() }],
      ];
      const expected: Record<Who, number[]> = {
        manager: [201, 201, 201, 201, 201, 400],
        director: [201, 201, 201, 201, 201, 400],
        accountant: [403, 403, 403, 403, 403, 403],
        bea: [403, 403, 201, 201, 403, 403],
        ben: [403, 403, 403, 403, 403, 403],
        olga: [403, 403, 403, 403, 403, 403],
        rick: [403, 403, 403, 403, 403, 403],
        ed: [403, 403, 403, 403, 403, 403],
        paul: [403, 403, 403, 403, 403, 403],
        lou: [403, 403, 403, 403, 403, 403],
        nina: [403, 403, 403, 403, 403, 403],
      };
      for (const who of everyone) {
        for (const [i, [name, to]] of audiences.entries()) {
          const response = await call(who, '/announcements', {
            method: 'POST',
            json: { title: `write: ${who} ${name}`, body: 'Tekst.', audience: to },
          });
          assert.equal(response.status, expected[who][i], `${who} to ${name}`);
          if (response.status === 201) {
            const made = (await response.json()) as Announcement;
            assert.deepEqual(made.author, {
              name: `Lab ${who}`,
              role: who === 'bea' ? 'board_member' : who,
            });
            assert.equal(made.read, false);
          } else {
            await response.body?.cancel();
          }
        }
      }
      const stored = await lab.sql(async (q) => {
        const { rows } = await q.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM announcements WHERE tenant_id = $1 AND title LIKE 'write: %'`,
          [lab.tenantId],
        );
        return rows[0]?.n;
      });
      assert.equal(stored, 12, 'nothing refused was written');
    });

    it('ANN-1 who may change one: managers and directors any, a board member their property’s, keeping it there', async () => {
      const oak = await lab.publish({
        title: 'change: oak',
        audience: { scope: 'property', propertyId: lab.propertyIds.oak },
      });
      const elm = await lab.publish({
        title: 'change: elm',
        audience: { scope: 'property', propertyId: lab.propertyIds.elm },
      });
      const all = await lab.publish({ title: 'change: all', audience: { scope: 'tenant' } });
      const patch = (who: Who, id: string, body: unknown) =>
        call(who, `/announcements/${id}`, { method: 'PATCH', json: body });

      // Bea may change the manager's notice to Oak; the author stays the manager
      const changed = await json<Announcement>(
        await patch('bea', oak.id, { title: 'change: oak, by the board', body: 'Nowy **tekst**.' }),
        200,
      );
      assert.equal(changed.title, 'change: oak, by the board');
      assert.equal(changed.html, '<p>Nowy <strong>tekst</strong>.</p>\n');
      assert.deepEqual(changed.author, { name: 'Lab manager', role: 'manager' });
      const by = await lab.sql(async (q) => {
        const { rows } = await q.query<{ updated_by: string }>(
          'SELECT updated_by FROM announcements WHERE id = $1',
          [oak.id],
        );
        return rows[0]?.updated_by;
      });
      assert.equal(by, lab.personIds.bea);
      for (const [who, id, body, status, why] of [
        [
          'bea',
          oak.id,
          { audience: { scope: 'property', propertyId: lab.propertyIds.elm } },
          403,
          'moves it to Elm',
        ],
        ['bea', oak.id, { audience: { scope: 'tenant' } }, 403, 'widens it to the tenant'],
        ['bea', elm.id, { title: 'x' }, 404, 'changes Elm’s, which she cannot see'],
        ['bea', all.id, { title: 'x' }, 403, 'changes the tenant’s, which she reads'],
        ['ben', oak.id, { title: 'x' }, 404, 'changes Oak’s from Pine’s board'],
        ['olga', oak.id, { title: 'x' }, 403, 'an owner changes what she reads'],
        ['accountant', oak.id, { title: 'x' }, 403, 'an accountant changes one'],
        ['nina', elm.id, { title: 'x' }, 404, 'someone changes what they cannot see'],
      ] as const) {
        assert.equal((await patch(who, id, body)).status, status, `${who} ${why}`);
      }
      const narrowed = await json<Announcement>(
        await patch('bea', oak.id, {
          audience: { scope: 'property', propertyId: lab.propertyIds.oak, roles: ['board_member'] },
        }),
        200,
      );
      assert.deepEqual(narrowed.audience.roles, ['board_member']);
      assert.deepEqual(await titlesSeen('olga', 'change: oak'), []);
      const moved = await json<Announcement>(
        await patch('director', elm.id, {
          audience: { scope: 'group', groupId: lab.groupIds.south },
          visibleUntil: lab.at(60),
        }),
        200,
      );
      assert.equal(moved.audienceName, 'Group south');
      assert.deepEqual(await titlesSeen('paul', 'change: '), ['change: all', 'change: elm']);
      const endless = await json<Announcement>(
        await patch('director', elm.id, { visibleUntil: null }),
        200,
      );
      assert.equal(endless.visibleUntil, null);
      assert.equal(endless.title, 'change: elm', 'what was not sent stays');
      const stamp = () =>
        lab.sql(async (q) => {
          const { rows } = await q.query<{ at: string; by: string }>(
            'SELECT updated_at::text AS at, updated_by AS by FROM announcements WHERE id = $1',
            [elm.id],
          );
          return rows[0];
        });
      const before = await stamp();
      assert.deepEqual(await json<Announcement>(await patch('manager', elm.id, {}), 200), endless);
      assert.deepEqual(await stamp(), before, 'an empty change records nothing');
    });

    it('ANN-1 bad input names its field; the audience’s ids go with their scope', async () => {
      const { groupIds: g, propertyIds: p } = lab;
      const otherTenantProperty = await lab.sql(async (q) => {
        const { rows } = await q.query<{ id: string }>(
          `SELECT pr.id FROM properties pr JOIN tenants t ON t.id = pr.tenant_id
            WHERE t.slug = 'lesna-5' LIMIT 1`,
        );
        return rows[0]?.id ?? '';
      });
      const cases: [Partial<AnnouncementInput> & Record<string, unknown>, string, string][] = [
        [{ audience: { scope: 'group' } }, 'audience.groupId', 'required'],
        [{ audience: { scope: 'property' } }, 'audience.propertyId', 'required'],
        [
          { audience: { scope: 'tenant', propertyId: p.oak } },
          'audience.propertyId',
          'invalid_value',
        ],
        [{ audience: { scope: 'tenant', groupId: g.north } }, 'audience.groupId', 'invalid_value'],
        [
          { audience: { scope: 'property', propertyId: p.oak, groupId: g.north } },
          'audience.groupId',
          'invalid_value',
        ],
        [
          { audience: { scope: 'group', groupId: g.north, propertyId: p.oak } },
          'audience.propertyId',
          'invalid_value',
        ],
        [
          { audience: { scope: 'group', groupId: crypto.randomUUID() } },
          'audience.groupId',
          'invalid_value',
        ],
        [
          { audience: { scope: 'property', propertyId: otherTenantProperty } },
          'audience.propertyId',
          'invalid_value',
        ],
        [
          { audience: { scope: 'tenant', units: [] } as Audience },
          'audience.units',
          'unknown_field',
        ],
        [
          { audience: { scope: 'tenant', roles: ['owner', 'owner'] } },
          'audience.roles',
          'invalid_value',
        ],
        [{ audience: { scope: 'tenant', roles: [] } }, 'audience.roles', 'invalid_value'],
        [{ title: '   ' }, 'title', 'too_short'],
        [{ body: ' \n ' }, 'body', 'too_short'],
        [{ title: 'x'.repeat(201) }, 'title', 'too_long'],
        [{ body: 'x'.repeat(20_001) }, 'body', 'too_long'],
        [{ visibleFrom: '2026-02-30T10:00:00Z' }, 'visibleFrom', 'invalid_format'],
        [{ visibleUntil: lab.at(-1) }, 'visibleUntil', 'ends_before_start'],
      ];
      for (const [input, field, code] of cases) {
        const problem = await problemOf(
          await call('manager', '/announcements', {
            method: 'POST',
            json: { title: 'bad: input', body: 'Text.', audience: { scope: 'tenant' }, ...input },
          }),
        );
        assert.equal(problem.status, 400, JSON.stringify(input));
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code]),
          [[field, code]],
          JSON.stringify(input),
        );
      }
      assert.deepEqual(await titlesSeen('manager', 'bad: '), [], 'nothing was written');
    });

    it('ANN-1 a window ending before it starts is refused in the caller’s language (ru, pl, en)', async () => {
      const from = lab.at(60);
      const notice = await lab.publish({ title: 'order: one', visibleFrom: from });
      const refused = async (locale: Locale, method: string, path: string, body: unknown) => {
        const problem = await problemOf(
          await call('manager', path, {
            method,
            json: body,
            headers: { 'accept-language': locale },
          }),
        );
        assert.equal(problem.status, 400);
        assert.deepEqual(
          problem.errors?.map((e) => [e.field, e.code, e.message]),
          [['visibleUntil', 'ends_before_start', fieldMessage('ends_before_start', locale, {})]],
          `${locale} ${method} ${JSON.stringify(body)}`,
        );
      };
      const input = { title: 'order: x', body: 'B.', audience: { scope: 'tenant' } };
      for (const locale of ['ru', 'pl', 'en'] as const) {
        await refused(locale, 'POST', '/announcements', {
          ...input,
          visibleFrom: from,
          visibleUntil: lab.at(30),
        });
        await refused(locale, 'POST', '/announcements', {
          ...input,
          visibleFrom: from,
          visibleUntil: from,
        });
        // an end sent before the stored start
        await refused(locale, 'PATCH', `/announcements/${notice.id}`, { visibleUntil: lab.at(59) });
        // a start sent past the stored end: the end is what no longer fits
        await json(
          await call('manager', `/announcements/${notice.id}`, {
            method: 'PATCH',
            json: { visibleUntil: lab.at(90) },
          }),
          200,
        );
        await refused(locale, 'PATCH', `/announcements/${notice.id}`, { visibleFrom: lab.at(100) });
      }
      assert.deepEqual(
        ['ru', 'pl', 'en'].map((l) => fieldMessage('ends_before_start', l as Locale, {})),
        [
          'Окончание должно быть позже начала.',
          'Koniec musi nastąpić po początku.',
          'The end must come after the start.',
        ],
      );
      assert.deepEqual(await titlesSeen('manager', 'order: ', 'scheduled'), ['order: one']);
      const kept = await json<Announcement>(
        await call('manager', `/announcements/${notice.id}`),
        200,
      );
      assert.equal(
        Date.parse(kept.visibleFrom),
        Date.parse(from),
        'the refused start was not kept',
      );
    });

    it('ANN-1 read marks: each person’s own, counted unread while current, marking again changes nothing', async () => {
      const south = { scope: 'group', groupId: lab.groupIds.south } as const;
      const start = await listAll('paul');
      const first = await lab.publish({ title: 'read: first', audience: south });
      const second = await lab.publish({ title: 'read: second', audience: south });
      const scheduled = await lab.publish({
        title: 'read: later',
        audience: south,
        visibleFrom: lab.at(60),
      });
      const fresh = await listAll('paul');
      assert.equal(fresh.unread, start.unread + 2);
      const mine = fresh.items.filter((a) => a.title.startsWith('read: '));
      assert.deepEqual(
        mine.map((a) => [a.title, a.read]),
        [
          ['read: second', false],
          ['read: first', false],
        ],
      );
      for (let i = 0; i < 2; i++) {
        const marked = await call('paul', `/announcements/${first.id}/read`, { method: 'PUT' });
        assert.equal(marked.status, 204);
        assert.equal(await marked.text(), '');
      }
      const after = await listAll('paul');
      assert.equal(after.unread, start.unread + 1);
      assert.equal(after.items.find((a) => a.id === first.id)?.read, true);
      assert.equal(after.items.find((a) => a.id === second.id)?.read, false);
      const got = await json<Announcement>(await call('paul', `/announcements/${first.id}`), 200);
      assert.equal(got.read, true);
      // Ben reads the same notice: Paul's mark is not his
      const ben = await json<Announcement>(await call('ben', `/announcements/${first.id}`), 200);
      assert.equal(ben.read, false);
      // the unread count is the same on a page of one
      const page = await json<AnnouncementPage>(await call('paul', '/announcements?limit=1'), 200);
      assert.equal(page.unread, after.unread);
      assert.equal(page.items.length, 1);
      // not yet open: Paul cannot mark it; the manager, who oversees it, may, and no count moves
      assert.equal(
        (await call('paul', `/announcements/${scheduled.id}/read`, { method: 'PUT' })).status,
        404,
      );
      const managerBefore = (await listAll('manager')).unread;
      assert.equal(
        (await call('manager', `/announcements/${scheduled.id}/read`, { method: 'PUT' })).status,
        204,
      );
      assert.equal((await listAll('manager')).unread, managerBefore);
      const seen = await listAll('manager', 'scheduled');
      assert.equal(seen.items.find((a) => a.id === scheduled.id)?.read, true);
    });

    it('pages newest first without gaps or repeats, ties by id, while new ones arrive', async () => {
      const loose = { scope: 'property', propertyId: lab.propertyIds.loose } as const;
      const same = lab.at(-30);
      for (let i = 0; i < 7; i++) {
        await lab.publish({ title: `page: tie ${i}`, audience: loose, visibleFrom: same });
      }
      await lab.publish({ title: 'page: older', audience: loose, visibleFrom: lab.at(-40) });
      await lab.publish({ title: 'page: newer', audience: loose, visibleFrom: lab.at(-20) });
      const whole = (await listAll('lou')).items;
      const fromOf = (a: Announcement) => Date.parse(a.visibleFrom);
      for (let i = 1; i < whole.length; i++) {
        const [a, b] = [whole[i - 1], whole[i]];
        assert.ok(a && b);
        assert.ok(
          fromOf(a) > fromOf(b) || (fromOf(a) === fromOf(b) && a.id > b.id),
          'newest first, then by id',
        );
      }
      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query = new URLSearchParams({ limit: '3' });
        if (cursor) query.set('cursor', cursor);
        const page: AnnouncementPage = await json(
          await call('lou', `/announcements?${query}`),
          200,
        );
        walked.push(...page.items.map((a) => a.id));
        cursor = page.nextCursor;
        if (++pages === 1) await lab.publish({ title: 'page: meanwhile', audience: loose });
      } while (cursor);
      assert.ok(pages >= 3);
      assert.deepEqual(
        walked,
        whole.map((a) => a.id),
      );
      const problem = await problemOf(await call('lou', '/announcements?cursor=bm90LWEtY3Vyc29y'));
      assert.deepEqual(
        problem.errors?.map((e) => [e.field, e.code]),
        [['cursor', 'invalid_value']],
      );
    });

    it('ANN-1 a repeated Idempotency-Key publishes once', async () => {
      const send = () =>
        call('manager', '/announcements', {
          method: 'POST',
          headers: { 'idempotency-key': 'notice-once-1' },
          json: { title: 'once: notice', body: 'B.', audience: { scope: 'tenant' } },
        });
      const first = await json<Announcement>(await send(), 201);
      const again = await send();
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal((await json<Announcement>(again, 201)).id, first.id);
      assert.deepEqual(await titlesSeen('nina', 'once: '), ['once: notice']);
    });

    it('ANN-1 the HTML served is the body rendered safely', async () => {
      const body =
        '**Uwaga** <script>alert(1)</script> [x](javascript:alert(1)) ![p](https://x.example/p.png)';
      const made = await lab.publish({ title: 'html: notice', body });
      assert.equal(made.body, body, 'the Markdown is kept as written');
      assert.equal(made.html, renderMarkdown(body));
      assertSafeHtml(made.html);
      const got = await json<Announcement>(await call('olga', `/announcements/${made.id}`), 200);
      assert.equal(got.html, made.html);
      // stored by older rules: rendered again by today's
      await lab.sql((q) =>
        q.query(
          `UPDATE announcements SET html = '<script>stale</script>', html_rules = 0 WHERE id = $1`,
          [made.id],
        ),
      );
      const again = await json<Announcement>(await call('olga', `/announcements/${made.id}`), 200);
      assert.equal(again.html, renderMarkdown(body));
      await lab.sql((q) =>
        q.query(`UPDATE announcements SET html = 'stale', html_rules = $2 WHERE id = $1`, [
          made.id,
          markdownRules,
        ]),
      );
      const stored = await json<Announcement>(await call('olga', `/announcements/${made.id}`), 200);
      assert.equal(stored.html, 'stale', 'by today’s rules the stored HTML is served as it is');
    });

    it('ORG-1 another tenant’s people and anonymous callers get none of it', async () => {
      const secret = 'SEKRET-ANN-7';
      const notice = await lab.publish({ title: `cross: ${secret}`, body: secret });
      const demoNotice = await lab.sql(async (q) => {
        const { rows } = await q.query<{ id: string; title: string }>(
          `SELECT a.id, a.title FROM announcements a JOIN tenants t ON t.id = a.tenant_id
            WHERE t.slug = 'lesna-5' ORDER BY a.visible_from LIMIT 1`,
        );
        return rows[0] ?? { id: '', title: '' };
      });
      const katarzyna = await signIns(
        server(),
        'lesna-5',
        'Zarzad-2026!',
      )('katarzyna@lesna5.example');
      const labManager = await lab.as('manager');
      const anonymous: Call = (path, init = {}) => server().fetch(`/t/${lab.slug}${path}`, init);
      // the lab manager's token, sent to the Polish community's API
      const token = await lab.token('manager');
      const labTokenThere: Call = (path, init = {}) =>
        server().fetch(`/t/lesna-5${path}`, {
          ...init,
          headers: { authorization: `Bearer ${token}` },
        });
      const routes = (id: string) =>
        [
          ['listAnnouncements', 'GET', '/announcements?limit=100', undefined],
          ['getAnnouncement', 'GET', `/announcements/${id}`, undefined],
          ['markAnnouncementRead', 'PUT', `/announcements/${id}/read`, undefined],
          ['updateAnnouncement', 'PATCH', `/announcements/${id}`, { title: 'Taken' }],
          [
            'createAnnouncement',
            'POST',
            '/announcements',
            { title: 'x', body: 'y', audience: { scope: 'tenant' } },
          ],
        ] as const;
      // who asks, for which notice, what must not show, and the answers in the order of routes
      const callers: [string, Call, string, string, number[]][] = [
        ['the manager of another tenant', katarzyna, notice.id, secret, [200, 404, 404, 404, 201]],
        [
          'this tenant’s manager, for another tenant’s notice',
          labManager,
          demoNotice.id,
          demoNotice.title,
          [200, 404, 404, 404, 201],
        ],
        ['anonymous', anonymous, notice.id, secret, [401, 401, 401, 401, 401]],
        ['a token of another tenant', labTokenThere, notice.id, secret, [401, 401, 401, 401, 401]],
      ];
      for (const [name, caller, id, leak, statuses] of callers) {
        for (const [i, [operation, method, path, body]] of routes(id).entries()) {
          const response = await caller(path, { method, ...(body && { json: body }) });
          const text = await response.text();
          assert.equal(response.status, statuses[i], `${name}: ${operation}`);
          assert.ok(!text.includes(leak), `${name}: ${operation} shows nothing`);
          if (operation === 'listAnnouncements')
            assert.ok(!text.includes(id), `${name}: not listed`);
        }
      }
      const untouched = await json<Announcement>(
        await call('manager', `/announcements/${notice.id}`),
        200,
      );
      assert.equal(untouched.title, `cross: ${secret}`);
      assert.equal(untouched.read, false);
    });
  });
}
