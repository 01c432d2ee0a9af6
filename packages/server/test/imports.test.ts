import { request } from 'node:http';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { AtriumError, type AtriumClient, type ImportKind, type Locale } from '@atrium/sdk';
import { one } from '../src/db/scope.js';
import { fieldMessage } from '../src/errors/messages.js';
import { importLimit } from '../src/imports/routes/create.js';
import { columnsOf } from '../src/imports/template/columns.js';
import { templateTexts } from '../src/imports/template/messages.js';
import { engines } from './databases.js';
import { problemOf, useServer } from './helpers.js';
import {
  allErrors,
  createImportsLab,
  csv,
  finished,
  imported,
  propertyHeader,
  refused,
  triples,
  unitHeader,
  xlsxType,
  type ImportsLab,
} from './imports-fixture.js';

const locales: Locale[] = ['ru', 'pl', 'en'];
const kinds: ImportKind[] = ['properties', 'units'];
const none = { groups: 0, quarters: 0, properties: 0, units: 0, accounts: 0, people: 0, links: 0 };

/** The status of a refused call. */
async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AtriumError) return error.status;
    throw error;
  }
  return 200;
}

/** A workbook's rows as text, sheet by sheet. */
async function sheets(bytes: ArrayBuffer): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return new Map(
    workbook.worksheets.map((sheet) => {
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
      return [sheet.name, rows];
    }),
  );
}

/** The downloaded XLSX template with rows written into its data sheet. */
async function filledXlsx(client: AtriumClient, kind: ImportKind, rows: string[][]) {
  const template = await client.imports.template(kind, { format: 'xlsx' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await template.blob.arrayBuffer());
  const data = workbook.getWorksheet('data');
  assert.ok(data);
  for (const row of rows) data.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// Al Ash's first row, and rows that contradict it: its unit's area, its account on another
// unit, its e-mail under another name, and another share of the same unit.
const alAsh = [
  'Ash Lane 3',
  '1',
  '40',
  'ASH-1',
  'Al Ash',
  'al@ash.example',
  '',
  '',
  'owner',
  '0.5',
];
const contradictingAlAsh = [
  ['Ash Lane 3', '1', '41', '', '', '', '', '', '', ''],
  ['Ash Lane 3', '2', '30', 'ASH-1', '', '', '', '', '', ''],
  ['Ash Lane 3', '3', '30', '', 'Al Other', 'AL@ash.example', '', '', 'resident', ''],
  ['Ash Lane 3', '1', '', '', 'Al Ash', 'al@ash.example', '', '', 'owner', '0.25'],
];

for (const engine of engines) {
  describe(`imports on ${engine.name}`, () => {
    const server = useServer(engine, { statsScheduler: false });
    let lab: ImportsLab;
    let other: ImportsLab;
    let manager: AtriumClient;
    before(async () => {
      lab = await createImportsLab(server(), 'imports-lab', 'en');
      other = await createImportsLab(server(), 'imports-other', 'pl');
      manager = await lab.client('manager');
    });

    it('DIR-4 a template downloads in each format and language, its header row the same keys in all', async () => {
      for (const kind of kinds) {
        for (const locale of locales) {
          const texts = templateTexts[locale];
          const csvFile = await manager.imports.template(kind, { format: 'csv', locale });
          assert.equal(csvFile.fileName, `atrium-${kind}-template.csv`);
          assert.match(csvFile.contentType, /^text\/csv/);
          const lines = (await csvFile.blob.text()).replace(/^\ufeff/, '').split(/\r\n/);
          assert.equal(lines.pop(), '', 'the file ends with a line break');
          assert.equal(lines.pop(), columnsOf(kind).join(','), 'the last line is the header row');
          assert.ok(
            lines.every((line) => line.startsWith('#')),
            'every other line is a comment',
          );
          assert.equal(lines[0], `# ${texts.title[kind]}`);
          for (const key of columnsOf(kind)) {
            const text = texts.columns[key];
            assert.ok(
              lines.some((line) => line.startsWith(`# ${key} |`) && line.includes(text.holds)),
            );
          }

          const xlsxFile = await manager.imports.template(kind, { locale });
          assert.equal(xlsxFile.fileName, `atrium-${kind}-template.xlsx`);
          assert.equal(xlsxFile.contentType, xlsxType);
          const book = await sheets(await xlsxFile.blob.arrayBuffer());
          assert.deepEqual([...book.keys()], ['data', texts.sheet]);
          assert.deepEqual(book.get('data'), [[...columnsOf(kind)]]);
          const help = book.get(texts.sheet) ?? [];
          assert.equal(help[0]?.[0], texts.title[kind]);
          for (const key of columnsOf(kind)) {
            const row = help.find((r) => r[0] === key);
            assert.deepEqual(row?.slice(2), [texts.columns[key].holds, texts.columns[key].example]);
          }
        }
      }
      // without `locale`, the request's language
      const inRussian = await (
        await lab.client('manager', 'ru')
      ).imports.template('units', { format: 'csv' });
      assert.ok((await inRussian.blob.text()).includes(templateTexts.ru.title.units));
    });

    it('DIR-4 a filled-in XLSX template imports properties with their quarters and groups', async () => {
      const before = await lab.counts();
      const file = await filledXlsx(manager, 'properties', [
        [
          'Oak Court 7',
          'Apartment building',
          'Oak Court HOA',
          '7 Oak Court',
          '980.50',
          'Riverside',
          'Leeds',
        ],
        ['Elm Yard', 'Apart-hotel', 'Elm Ltd', '1 Elm Yard', '1200,5', 'Riverside', 'Leeds'],
        ['Ash Lane 3', 'Apartment building', 'Ash HOA', '3 Ash Lane', '300'],
      ]);
      const done = await imported(manager, 'properties', file, xlsxType);
      assert.equal(done.status, 'done');
      assert.equal(done.format, 'xlsx');
      assert.equal(done.fileName, 'lab.xlsx');
      assert.deepEqual(done.created, { ...none, groups: 1, quarters: 1, properties: 3 });
      assert.deepEqual(
        [done.rowCount, done.rowsChecked, done.rowsImported, done.errorCount],
        [3, 3, 3, 0],
      );
      assert.ok(done.finishedAt);
      assert.deepEqual(done.uploadedBy, { id: lab.personIds.manager, name: 'Lab manager' });
      const after = await lab.counts();
      assert.deepEqual(after, {
        ...before,
        groups: 1,
        quarters: 1,
        properties: before.properties + 3,
      });
      const rows = await lab.sql(
        async (q) =>
          (
            await q.query(
              `SELECT p.name, p.total_area::text AS area, q.name AS quarter, g.name AS "group"
               FROM properties p LEFT JOIN quarters q ON q.id = p.quarter_id
               LEFT JOIN property_groups g ON g.id = q.group_id
              WHERE p.tenant_id = $1 AND p.name <> 'Seed House' ORDER BY p.name`,
              [lab.tenantId],
            )
          ).rows,
      );
      assert.deepEqual(rows, [
        { name: 'Ash Lane 3', area: '300.00', quarter: null, group: null },
        { name: 'Elm Yard', area: '1200.50', quarter: 'Riverside', group: 'Leeds' },
        { name: 'Oak Court 7', area: '980.50', quarter: 'Riverside', group: 'Leeds' },
      ]);
      // the audit log names the uploader for every entry created
      const logged = await lab.sql(
        async (q) =>
          (
            await q.query<{ entity_type: string; n: string; actors: string[] }>(
              `SELECT entity_type, count(*) AS n, array_agg(DISTINCT actor_id::text) AS actors
               FROM audit_log WHERE tenant_id = $1 AND action = 'created' AND actor_id IS NOT NULL
              GROUP BY entity_type ORDER BY entity_type`,
              [lab.tenantId],
            )
          ).rows,
      );
      assert.deepEqual(logged, [
        { entity_type: 'property', n: '3', actors: [lab.personIds.manager] },
        { entity_type: 'property_group', n: '1', actors: [lab.personIds.manager] },
        { entity_type: 'quarter', n: '1', actors: [lab.personIds.manager] },
      ]);

      const again = await imported(manager, 'properties', file, xlsxType);
      assert.equal(again.status, 'done', 'a row saying what a property is already is no conflict');
      assert.deepEqual(again.created, none);
      assert.deepEqual(await lab.counts(), after, 'importing the same file again adds nothing');
    });

    it('DIR-4 a filled-in CSV template imports units, accounts, people, roles and shares', async () => {
      const template = await manager.imports.template('units', { format: 'csv', locale: 'pl' });
      const file =
        (await template.blob.text()) +
        [
          'Oak Court 7,1,54.30,OAK-1,Jane Smith,Jane.Smith@Example.com,,,owner;resident,0.5',
          'Oak Court 7,1,,OAK-1,John Smith,john@example.com,,en,owner,0.5',
          'Oak Court 7,1,,,Nina Lodger,,+447700900123,,resident,',
          'Oak Court 7,2,40,OAK-2,,,,,,',
          'Oak Court 7,3,41,,Jane Smith,jane.smith@example.com,,,board_member,',
          '"Elm Yard","10","25,5","ELM-10","Pat ""Quote"" Doe","","","","owner resident","1"',
          'Seed House,S1,,,Lab owner,owner@imports-lab.example,,,resident,',
        ].join('\r\n');
      const before = await lab.counts();
      const done = await imported(manager, 'units', file);
      assert.deepEqual(await allErrors(manager, done.id), []);
      assert.equal(done.status, 'done');
      assert.deepEqual(done.created, {
        ...none,
        units: 4,
        accounts: 3,
        people: 4,
        links: 8,
      });
      assert.equal(done.rowCount, 7);
      const after = await lab.counts();
      assert.deepEqual(after, {
        ...before,
        units: before.units + 4,
        accounts: before.accounts + 3,
        people: before.people + 4,
        links: before.links + 8,
      });
      const links = await lab.sql(
        async (q) =>
          (
            await q.query(
              `SELECT u.number, p.name, p.email, p.phone, p.locale, pu.role,
                    trim_scale(pu.ownership_share)::text AS share, u.area::text AS area
               FROM person_units pu JOIN units u ON u.id = pu.unit_id
               JOIN people p ON p.id = pu.person_id
              WHERE pu.tenant_id = $1 ORDER BY u.number, p.name, pu.role`,
              [lab.tenantId],
            )
          ).rows,
      );
      const jane = {
        name: 'Jane Smith',
        email: 'jane.smith@example.com',
        phone: null,
        locale: 'en',
      };
      assert.deepEqual(links, [
        { number: '1', ...jane, role: 'owner', share: '0.5', area: '54.30' },
        { number: '1', ...jane, role: 'resident', share: null, area: '54.30' },
        {
          number: '1',
          name: 'John Smith',
          email: 'john@example.com',
          phone: null,
          locale: 'en',
          role: 'owner',
          share: '0.5',
          area: '54.30',
        },
        {
          number: '1',
          name: 'Nina Lodger',
          email: null,
          phone: '+447700900123',
          locale: 'en',
          role: 'resident',
          share: null,
          area: '54.30',
        },
        {
          number: '10',
          name: 'Pat "Quote" Doe',
          email: null,
          phone: null,
          locale: 'en',
          role: 'owner',
          share: '1',
          area: '25.50',
        },
        {
          number: '10',
          name: 'Pat "Quote" Doe',
          email: null,
          phone: null,
          locale: 'en',
          role: 'resident',
          share: null,
          area: '25.50',
        },
        { number: '3', ...jane, role: 'board_member', share: null, area: '41.00' },
        {
          number: 'S1',
          name: 'Lab board',
          email: 'board@imports-lab.example',
          phone: null,
          locale: 'en',
          role: 'board_member',
          share: null,
          area: '50.00',
        },
        {
          number: 'S1',
          name: 'Lab owner',
          email: 'owner@imports-lab.example',
          phone: null,
          locale: 'en',
          role: 'owner',
          share: '1',
          area: '50.00',
        },
        {
          number: 'S1',
          name: 'Lab owner',
          email: 'owner@imports-lab.example',
          phone: null,
          locale: 'en',
          role: 'resident',
          share: null,
          area: '50.00',
        },
        {
          number: 'S1',
          name: 'Lab resident',
          email: 'resident@imports-lab.example',
          phone: null,
          locale: 'en',
          role: 'resident',
          share: null,
          area: '50.00',
        },
      ]);

      const again = await imported(manager, 'units', file);
      assert.equal(again.status, 'done');
      assert.deepEqual(again.created, none, 'the same file again finds everyone it names');
      assert.deepEqual(await lab.counts(), after);

      // a later file changes an area and a share, and adds a role; nothing is removed
      const change = csv(unitHeader, [
        [
          'Oak Court 7',
          '1',
          '55',
          '',
          'Jane Smith',
          'jane.smith@example.com',
          '',
          '',
          'owner',
          '0.25',
        ],
        ['Oak Court 7', '2', '', '', 'Nina Lodger', '', '+447700900123', '', 'board_member', ''],
      ]);
      const changed = await imported(manager, 'units', change);
      assert.equal(changed.status, 'done');
      assert.deepEqual(changed.created, { ...none, links: 1 });
      const unit1 = await lab.sql(
        async (q) =>
          (
            await q.query(
              `SELECT u.area::text AS area, trim_scale(pu.ownership_share)::text AS share
               FROM units u JOIN person_units pu ON pu.unit_id = u.id AND pu.role = 'owner'
               JOIN people p ON p.id = pu.person_id
              WHERE u.tenant_id = $1 AND u.number = '1' AND p.email = 'jane.smith@example.com'`,
              [lab.tenantId],
            )
          ).rows,
      );
      assert.deepEqual(unit1, [{ area: '55.00', share: '0.25' }]);
      assert.equal((await lab.counts()).links, after.links + 1);
    });

    it('DIR-4 a file with bad rows imports nothing and names each bad row and column, in ru, pl and en', async () => {
      const file = csv(unitHeader, [
        ['Oak Court 7', '20', '30', 'OAK-20', 'Good Row', 'good@example.com', '', '', 'owner', '1'],
        ['Nowhere House', '1', '30', '', '', '', '', '', '', ''],
        ['Oak Court 7', '21', '0', '', '', '', '', '', '', ''],
        [
          'Oak Court 7',
          '22',
          '12.345',
          'OAK-1',
          'Bad Mail',
          'not-an-email',
          '',
          'de',
          'owner;tenant',
          '',
        ],
        ['Oak Court 7', '23', '', '', '', '', '+48 601', '', 'resident', '0.5'],
        ['Oak Court 7', '24', '30', '', 'No Roles', '', '', '', '', ''],
        ['Oak Court 7', '25', '30', '', 'Owner Without Share', '', '', '', 'owner', ''],
      ]);
      const before = await lab.counts();
      const result = await imported(manager, 'units', file);
      assert.equal(result.status, 'invalid');
      assert.deepEqual(result.created, none);
      assert.equal(result.rowsImported, 0);
      assert.deepEqual(await lab.counts(), before, 'nothing is written while any row is bad');
      const expected = [
        [3, 'property', 'unknown_reference'],
        [4, 'unit_area', 'invalid_format'],
        [5, 'unit_area', 'invalid_format'],
        [5, 'person_email', 'invalid_format'],
        [5, 'person_locale', 'invalid_value'],
        [5, 'roles', 'invalid_value'],
        [6, 'unit_area', 'required'],
        [6, 'person_name', 'required'],
        [6, 'person_phone', 'invalid_format'],
        [6, 'ownership_share', 'invalid_value'],
        [7, 'roles', 'required'],
        [8, 'ownership_share', 'required'],
      ];
      const errors = await allErrors(manager, result.id, 5);
      // a row's errors in any order, the rows in the file's
      const said = (list: readonly (readonly unknown[])[]) => list.map((t) => t.join(' ')).sort();
      assert.deepEqual(said(triples(errors)), said(expected));
      const rows = errors.map((e) => e.row ?? 0);
      assert.deepEqual(
        rows,
        [...rows].sort((a, b) => a - b),
        'in file order',
      );
      assert.equal(result.errorCount, errors.length);
      assert.deepEqual(errors[0]?.params, { value: 'Nowhere House' });
      for (const locale of locales) {
        const client = await lab.client('manager', locale);
        for (const error of await allErrors(client, result.id)) {
          assert.equal(error.message, fieldMessage(error.code, locale, error.params ?? {}));
        }
      }
      const polish = (await (await lab.client('director', 'pl')).imports.errors(result.id)).items;
      assert.equal(polish[0]?.message, 'Nie znaleziono: „Nowhere House”.');
    });

    it('DIR-4 rows that contradict each other are named with the row they contradict', async () => {
      const before = await lab.counts();
      const units = await imported(
        manager,
        'units',
        csv(unitHeader, [
          alAsh,
          ['Ash Lane 3', '1', '40.00', '', '', '', '', '', '', ''],
          ...contradictingAlAsh,
          ['Ash Lane 3', '4', '30', 'OAK-1', '', '', '', '', '', ''],
        ]),
      );
      assert.equal(units.status, 'invalid');
      const errors = await allErrors(manager, units.id);
      assert.deepEqual(triples(errors), [
        [4, 'unit_area', 'conflicts_with_row'],
        [5, 'account_number', 'conflicts_with_row'],
        [6, 'person_name', 'conflicts_with_row'],
        [7, 'ownership_share', 'conflicts_with_row'],
        [8, 'account_number', 'number_taken'],
      ]);
      assert.deepEqual(
        errors.map((e) => e.params),
        [{ row: 2 }, { row: 2 }, { row: 2 }, { row: 2 }, undefined],
      );
      assert.equal(errors[0]?.message, 'Contradicts row 2.');

      const properties = await imported(
        manager,
        'properties',
        csv(propertyHeader, [
          ['New Place', 'House', 'NP', '1 New St', '100', '', ''],
          ['New Place', 'House', 'NP', '1 New St', '100', '', ''],
          ['Oak Court 7', 'House', 'Other HOA', '7 Oak Court', '980.5', 'Riverside', 'Leeds'],
          ['Lone Quarter', 'House', 'LQ', '1 LQ St', '100', 'Somewhere', ''],
        ]),
      );
      assert.equal(properties.status, 'invalid');
      assert.deepEqual(triples(await allErrors(manager, properties.id)), [
        [3, 'name', 'conflicts_with_row'],
        [4, 'name', 'name_taken'],
        [5, 'group', 'required'],
      ]);
      assert.deepEqual(await lab.counts(), before);
    });

    it('DIR-4 rows batches apart are compared as closely, and nothing of the check is left behind', async () => {
      const before = await lab.counts();
      // a batch is 250 rows: the check keeps the first row's unit, account and person in the
      // database, not in memory, until the rows that contradict it
      const filler = Array.from({ length: 600 }, (_, i) => ['Ash Lane 3', `F${i}`, '30']);
      const units = await imported(
        manager,
        'units',
        csv(unitHeader, [alAsh, ...filler, ...contradictingAlAsh]),
      );
      assert.equal(units.status, 'invalid');
      const errors = await allErrors(manager, units.id);
      assert.deepEqual(triples(errors), [
        [603, 'unit_area', 'conflicts_with_row'],
        [604, 'account_number', 'conflicts_with_row'],
        [605, 'person_name', 'conflicts_with_row'],
        [606, 'ownership_share', 'conflicts_with_row'],
      ]);
      assert.ok(errors.every((e) => e.params?.row === 2));
      assert.deepEqual(await lab.counts(), before);
      const kept = await lab.sql(async (q) => (await q.query('SELECT 1 FROM import_keys')).rows);
      assert.deepEqual(kept, [], 'an ended import keeps nothing of its check');
    });

    it('DIR-4 AUTH-4 a row may not name what is deactivated: unit, account, person or property', async () => {
      await lab.sql(async (q) => {
        await q.query(
          `INSERT INTO units (tenant_id, property_id, number, area, active) VALUES ($1, $2, 'Z1', 10, false)`,
          [lab.tenantId, lab.seed.propertyId],
        );
        await q.query(
          `INSERT INTO accounts (tenant_id, unit_id, number, active) VALUES ($1, $2, 'SEED-OLD', false)`,
          [lab.tenantId, lab.seed.unitId],
        );
        await q.query(
          `INSERT INTO people (tenant_id, name, email, locale, active)
           VALUES ($1, 'Gone Person', 'gone@imports-lab.example', 'en', false)`,
          [lab.tenantId],
        );
        await q.query(
          `INSERT INTO properties (tenant_id, name, type, legal_entity, address, total_area, active)
           VALUES ($1, 'Old House', 'House', 'Old HOA', '1 Old St', 100, false)`,
          [lab.tenantId],
        );
      });
      const before = await lab.counts();
      const result = await imported(
        manager,
        'units',
        csv(unitHeader, [
          ['Seed House', 'Z1', '10', '', '', '', '', '', '', ''],
          ['Seed House', 'S1', '', 'SEED-OLD', '', '', '', '', '', ''],
          [
            'Seed House',
            'S1',
            '',
            '',
            'Gone Person',
            'gone@imports-lab.example',
            '',
            '',
            'resident',
            '',
          ],
          ['Old House', '1', '10', '', '', '', '', '', '', ''],
        ]),
      );
      assert.deepEqual(triples(await allErrors(manager, result.id)), [
        [2, 'unit_number', 'parent_inactive'],
        [3, 'account_number', 'parent_inactive'],
        [4, 'person_email', 'parent_inactive'],
        [5, 'property', 'unknown_reference'],
      ]);
      assert.deepEqual(await lab.counts(), before);
    });

    it('DIR-4 the owners’ shares of a unit, stored and imported, never pass the whole', async () => {
      const result = await imported(
        manager,
        'units',
        csv(unitHeader, [
          // S1 is owned whole already
          [
            'Seed House',
            'S1',
            '',
            '',
            'New Owner',
            'new.owner@example.com',
            '',
            '',
            'owner',
            '0.1',
          ],
          ['Ash Lane 3', '9', '30', '', 'Ann A', 'ann@example.com', '', '', 'owner', '0.6'],
          ['Ash Lane 3', '9', '', '', 'Ben B', 'ben@example.com', '', '', 'owner', '"0,5"'],
          // the owner already holding all of S1 may be given another share: theirs is replaced
          [
            'Seed House',
            'S1',
            '',
            '',
            'Lab owner',
            'owner@imports-lab.example',
            '',
            '',
            'owner',
            '1',
          ],
        ]),
      );
      assert.equal(result.status, 'invalid');
      const errors = await allErrors(manager, result.id, 1);
      assert.deepEqual(triples(errors), [
        [2, 'ownership_share', 'unit_shares_exceed_whole'],
        [4, 'ownership_share', 'unit_shares_exceed_whole'],
      ]);
      assert.deepEqual(
        errors.map((e) => e.params),
        [
          { unitNumber: 'S1', shares: '1.1' },
          { unitNumber: '9', shares: '1.1' },
        ],
      );
      assert.equal(
        (await allErrors(await lab.client('manager', 'pl'), result.id))[1]?.message,
        'Udziały właścicieli lokalu 9 przekraczają całość (1,1).',
      );
    });

    it('DIR-4 a semicolon CSV with comments, a BOM and decimal commas; rows numbered as the file’s lines', async () => {
      const file = [
        '\ufeff# units, filled in by hand',
        '# another comment; with a semicolon',
        unitHeader.join(';'),
        'Elm Yard;11;33,3;;;;;;;',
        '',
        '# a comment between rows',
        '"Elm Yard";"12";"";;;;;;;',
        'Elm Yard;13;31;;Mia;;;;owner;0,5;;;',
      ].join('\n');
      const bad = await imported(manager, 'units', file);
      assert.equal(bad.status, 'invalid');
      assert.deepEqual(triples(await allErrors(manager, bad.id)), [[7, 'unit_area', 'required']]);
      const good = await imported(
        manager,
        'units',
        file.replace('"Elm Yard";"12";""', 'Elm Yard;12;"29,99"'),
      );
      assert.equal(good.status, 'done');
      assert.deepEqual(good.created, { ...none, units: 3, people: 1, links: 1 });
      const areas = await lab.sql(
        async (q) =>
          (
            await q.query<{ number: string; area: string }>(
              `SELECT u.number, u.area::text AS area FROM units u JOIN properties p ON p.id = u.property_id
              WHERE u.tenant_id = $1 AND p.name = 'Elm Yard' AND u.number IN ('11', '12', '13')
              ORDER BY u.number`,
              [lab.tenantId],
            )
          ).rows,
      );
      assert.deepEqual(areas, [
        { number: '11', area: '33.30' },
        { number: '12', area: '29.99' },
        { number: '13', area: '31.00' },
      ]);
    });

    it('DIR-4 an XLSX reads its data sheet wherever it is, and numbers typed as numbers', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Notes').addRow(['anything']);
      const data = workbook.addWorksheet('data');
      data.addRow(unitHeader.slice(0, 4));
      data.addRow(['Elm Yard', 14, 52.5, 'ELM-14']);
      data.addRow([]);
      data.addRow(['Elm Yard', 15, { formula: '20+20', result: 40 }, 'ELM-15']);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const done = await imported(manager, 'units', bytes, xlsxType);
      assert.deepEqual(await allErrors(manager, done.id), []);
      assert.deepEqual(done.created, { ...none, units: 2, accounts: 2 });

      const broken = await imported(
        manager,
        'units',
        csv(['unit_number', 'area'], [['1', '2']]),
        xlsxType,
      ).catch((error: unknown) => error);
      assert.ok(broken instanceof AtriumError && broken.status === 415, 'text sent as a workbook');
    });

    it('DIR-4 an unreadable or empty file, and a header without its columns, are said of the file', async () => {
      const empty = await imported(manager, 'units', '');
      assert.equal(empty.status, 'invalid');
      assert.equal(empty.rowCount, null);
      assert.deepEqual(triples(await allErrors(manager, empty.id)), [
        [null, 'property', 'missing_column'],
        [null, 'unit_number', 'missing_column'],
        [null, 'unit_area', 'missing_column'],
      ]);

      const latin = Buffer.concat([
        Buffer.from('property,unit_number,unit_area\r\nSeed House,'),
        Buffer.from([0xc0, 0xe1]),
        Buffer.from(',30\r\n'),
      ]);
      const notUtf8 = await imported(manager, 'units', new Uint8Array(latin));
      assert.deepEqual(triples(await allErrors(manager, notUtf8.id)), [
        [null, null, 'invalid_format'],
      ]);

      const unclosed = await imported(
        manager,
        'units',
        'property,unit_number,unit_area\nSeed House,"S9,30\n',
      );
      assert.equal(unclosed.status, 'invalid');
      assert.deepEqual(triples(await allErrors(manager, unclosed.id)), [
        [2, null, 'invalid_format'],
      ]);

      const zipOnly = Buffer.concat([
        Buffer.from('PK\x03\x04', 'latin1'),
        Buffer.from('[Content_Types].xml xl/ and no more'),
      ]);
      const notAWorkbook = await imported(manager, 'units', new Uint8Array(zipOnly), xlsxType);
      assert.equal(notAWorkbook.status, 'invalid');
      assert.deepEqual(triples(await allErrors(manager, notAWorkbook.id)), [
        [null, null, 'invalid_format'],
      ]);

      const header = await imported(
        manager,
        'units',
        '# a comment first\nProperty,unit_number,size,unit_number\nSeed House,S1,1,S1\n',
      );
      assert.deepEqual(triples(await allErrors(manager, header.id)), [
        [2, 'size', 'unknown_field'],
        [2, 'unit_number', 'invalid_value'],
        [2, 'unit_area', 'missing_column'],
      ]);
      assert.equal(header.rowCount, null, 'no row is read past a bad header');

      const stray = await imported(
        manager,
        'units',
        'property,unit_number,unit_area\nSeed House,S1,,extra\n',
      );
      assert.deepEqual(triples(await allErrors(manager, stray.id)), [[2, null, 'unknown_field']]);

      const headerOnly = await imported(manager, 'properties', propertyHeader.join(',') + '\n');
      assert.deepEqual(
        [headerOnly.status, headerOnly.rowCount, headerOnly.created],
        ['done', 0, none],
      );
    });

    it('DIR-4 only a CSV or an XLSX is taken (415), and no more than the contract’s 50 MB (413)', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      const token = await lab.token('manager');
      for (const type of ['image/png', 'text/csv', xlsxType]) {
        const response = await server().fetch(`/t/${lab.slug}/imports?kind=units`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': type },
          body: png,
        });
        assert.equal(response.status, 415, type);
        assert.equal((await problemOf(response)).code, 'unsupported_media_type');
      }
      // the limit is refused from Content-Length, before a byte of the body is read
      const status = await new Promise<number>((resolve, reject) => {
        const url = new URL(`${server().url}/t/${lab.slug}/imports?kind=units`);
        const sent = request(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'text/csv',
            'content-length': String(importLimit + 1),
          },
        });
        sent.on('response', (response) => {
          resolve(response.statusCode ?? 0);
          sent.destroy();
        });
        sent.on('error', reject);
        sent.flushHeaders();
      });
      assert.equal(status, 413);
      assert.equal(importLimit, 50 * 1024 * 1024);
    });

    it('DIR-4 imports go on in the background, their progress reaching the row count, newest first', async () => {
      const rows = Array.from({ length: 1200 }, (_, i) => [
        'Ash Lane 3',
        `P${i}`,
        '20',
        `ASH-P${i}`,
      ]);
      const started = await manager.imports.upload(
        'units',
        new Blob([csv(unitHeader.slice(0, 4), rows)], { type: 'text/csv' }),
      );
      assert.deepEqual(
        [started.status, started.rowCount, started.rowsChecked, started.finishedAt],
        ['checking', null, 0, null],
      );
      const done = await finished(manager, started.id);
      assert.deepEqual(
        [done.status, done.rowCount, done.rowsChecked, done.rowsImported],
        ['done', 1200, 1200, 1200],
      );
      assert.deepEqual(done.created, { ...none, units: 1200, accounts: 1200 });
      const page = await manager.imports.list({ limit: 2 });
      assert.equal(page.items[0]?.id, started.id, 'newest first');
      assert.ok(page.nextCursor);
      const all = [];
      let cursor: string | undefined;
      do {
        const next = await manager.imports.list({ limit: 3, ...(cursor && { cursor }) });
        all.push(...next.items);
        cursor = next.nextCursor ?? undefined;
      } while (cursor);
      assert.equal(new Set(all.map((i) => i.id)).size, all.length);
      assert.deepEqual(
        all.map((i) => i.createdAt),
        [...all.map((i) => i.createdAt)].sort().reverse(),
      );
    });

    it('DIR-4 an import left by a node that stopped is taken up again; one that keeps failing is given up', async () => {
      const file = csv(unitHeader.slice(0, 3), [['Ash Lane 3', 'R1', '20']]);
      // stored as an upload is, in the tenant's own transaction (its file is the tenant's)
      const leave = (attempts: number) =>
        server().app.db.withTenant(lab.tenantId, async (q) => {
          const left = await q.query<{ id: string }>(
            `INSERT INTO imports (tenant_id, kind, format, large_object, size, status, created,
                                  uploaded_by, claim, lease_until, attempts, rows_checked)
             VALUES ($1, 'units', 'csv', lo_from_bytea(0, convert_to($2, 'UTF8')), length($2),
                     'importing', $3, $4, gen_random_uuid(), now() - interval '1 second', $5, 1)
             RETURNING id`,
            [lab.tenantId, file, none, lab.personIds.director, attempts],
          );
          return one(left).id;
        });
      const stopped = await leave(1);
      const crashing = await leave(3);
      // an upload wakes this node's job, which takes every import waiting
      await imported(manager, 'properties', propertyHeader.join(',') + '\n');
      const resumed = await finished(manager, stopped);
      assert.deepEqual(
        [resumed.status, resumed.created.units, resumed.rowsImported],
        ['done', 1, 1],
      );
      assert.equal((await finished(manager, crashing)).status, 'failed');
      const left = await lab.sql(
        async (q) => (await q.query('SELECT id FROM imports WHERE large_object IS NOT NULL')).rows,
      );
      assert.deepEqual(left, [], 'an ended import keeps no file');
    });

    it('DIR-4 AUTH-4 managers and directors only; another tenant’s imports do not exist', async () => {
      const director = await lab.client('director');
      const mine = await imported(director, 'properties', propertyHeader.join(',') + '\n');
      assert.equal(mine.uploadedBy.id, lab.personIds.director);
      const csvBlob = new Blob(['property,unit_number,unit_area\n'], { type: 'text/csv' });
      const calls = (client: AtriumClient) => [
        () => client.imports.template('units'),
        () => client.imports.upload('units', csvBlob),
        () => client.imports.list(),
        () => client.imports.get(mine.id),
        () => client.imports.errors(mine.id),
      ];
      for (const who of refused) {
        const client = await lab.client(who);
        for (const call of calls(client)) assert.equal(await statusOf(call()), 403, who);
      }
      for (const call of calls(server().client(lab.slug)))
        assert.equal(await statusOf(call()), 401);
      const stranger = await other.client('manager');
      assert.equal(await statusOf(stranger.imports.get(mine.id)), 404);
      assert.equal(await statusOf(stranger.imports.errors(mine.id)), 404);
      assert.deepEqual((await stranger.imports.list()).items, []);
      const theirs = await imported(
        stranger,
        'units',
        'property,unit_number,unit_area\nSeed House,S2,10\n',
      );
      assert.deepEqual([theirs.status, theirs.created.units], ['done', 1], 'their own Seed House');
      assert.ok(
        !(await manager.imports.list({ limit: 100 })).items.some((i) => i.id === theirs.id),
      );
      assert.equal(await statusOf(manager.imports.get(theirs.id)), 404);
      assert.equal(
        await statusOf(manager.imports.get('00000000-0000-4000-8000-000000000000')),
        404,
      );
      assert.equal(await statusOf(manager.imports.errors('not-an-id')), 400);
    });
  });
}
