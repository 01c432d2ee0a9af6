import type { LinkInput, LinkRole, Locale, PersonInput } from '@atrium/sdk';
import { plainNumber } from '../../../decimal/exact.js';
import type { Sql } from '../../../db/scope.js';
import { shareIssues } from '../../../directory/places/links/rules.js';
import { RowIssues, type DataRow } from '../../check/issues.js';
import { rowSchema } from '../../check/schema.js';
import { decimalOf } from '../../check/values.js';
import type { UnitColumn } from '../../template/columns.js';
import { Kept } from '../../check/kept.js';
import { distinct, type PassContext } from '../kind.js';
import {
  accountsNumbered,
  namePhoneKey,
  peopleByEmail,
  peopleByNameAndPhone,
  peopleOfUnitsNamed,
  propertiesNamed,
  unitKey,
  unitNameKey,
  unitsAt,
  type FoundUnit,
} from './lookups.js';
import {
  areaScale,
  fromUnits,
  personKey,
  toUnits,
  shareScale,
  sharesWith,
  unitEntry,
  whole,
  type AccountEntry,
  type PersonEntry,
  type UnitEntry,
} from './state.js';

type Values = DataRow<UnitColumn>['values'];

// Each part of a row is what one of the directory's requests would send.
const validate = rowSchema<UnitColumn>(
  {
    unit: '#/components/schemas/UnitInput',
    account: '#/components/schemas/AccountInput',
    person: '#/components/schemas/PersonInput',
    link: '#/components/schemas/LinkInput',
  },
  {
    'unit.propertyId': 'property',
    'unit.number': 'unit_number',
    'unit.area': 'unit_area',
    'account.number': 'account_number',
    'person.name': 'person_name',
    'person.email': 'person_email',
    'person.phone': 'person_phone',
    'person.locale': 'person_locale',
    'link.roles': 'roles',
    'link.ownershipShare': 'ownership_share',
  },
);

const unitColumns: UnitColumn[] = ['property', 'unit_number', 'unit_area'];
const linkColumns: UnitColumn[] = ['roles', 'ownership_share'];
const personColumns: UnitColumn[] = [
  'person_name',
  'person_email',
  'person_phone',
  'person_locale',
  'roles',
  'ownership_share',
];
// stands for a property named but not found (said as unknown_reference), so the rest of the
// unit is still checked by its schema
const unknownProperty = '00000000-0000-0000-0000-000000000000';

/** The roles cell: keys separated by semicolons, commas or spaces. */
const rolesOf = (cell: string) => cell.match(/[^\s,;]+/g) ?? [];

function anyGiven(values: Values, columns: readonly UnitColumn[]): boolean {
  for (const column of columns) if (values[column] !== undefined) return true;
  return false;
}

/** What writing one good row takes: its unit, and the account and person it names. */
export interface RowPlan {
  unit: UnitEntry;
  account: AccountEntry | null;
  person: PersonEntry | null;
  roles: LinkRole[];
  share: string | null;
}

/** One row while its batch is checked. */
interface Pending {
  row: number;
  values: Values;
  issues: RowIssues<UnitColumn>;
  unit: UnitEntry | null;
  /** The person, once their fields are good, and how rows know them (see personKey). */
  person: PersonInput | null;
  personKey: string | null;
  link: LinkInput | null;
}

/**
 * The check of unit rows (DIR-3, DIR-4), batch by batch: each row's parts against the
 * contract's schemas, then against the directory and the rows before it. A unit is one per
 * property and number (its area said once), an account number one unit's, a person one
 * person however many rows name them, and a unit's owners' shares at most the whole.
 */
export class UnitsCheck {
  // a property's id by name: the tenant's properties, never more
  private readonly properties = new Map<string, string | null>();
  private readonly units: Kept<UnitEntry>;
  private readonly accounts: Kept<AccountEntry>;
  private readonly people: Kept<PersonEntry>;

  constructor(private readonly context: PassContext) {
    this.units = new Kept(context, 'unit');
    this.accounts = new Kept(context, 'account');
    this.people = new Kept(context, 'person');
  }

  async check(sql: Sql, rows: DataRow<UnitColumn>[]) {
    await this.findProperties(sql, rows);
    const found = await this.findUnits(sql, rows);
    const pending = rows.map((row) => this.checkUnit(row, found));
    const lookups = await this.findOthers(sql, pending);
    const plans: RowPlan[] = [];
    for (const row of pending) {
      const account = this.checkAccount(row, lookups.accounts);
      const person = this.checkPerson(row, lookups);
      if (row.unit && !row.issues.found.length) {
        plans.push({
          unit: row.unit,
          account,
          person,
          roles: row.link?.roles ?? [],
          share: row.link?.ownershipShare ?? null,
        });
      }
    }
    for (const kept of [this.units, this.accounts, this.people]) await kept.save(sql);
    return { issues: pending.flatMap((row) => row.issues.found), plans };
  }

  private async findProperties(sql: Sql, rows: DataRow<UnitColumn>[]) {
    const names = distinct(rows.flatMap((r) => r.values.property ?? []));
    const wanted = names.filter((name) => !this.properties.has(name));
    if (!wanted.length) return;
    const found = await propertiesNamed(sql, this.context, wanted);
    for (const name of wanted) this.properties.set(name, found.get(name)?.id ?? null);
  }

  /** The batch's units: as the rows before it left them, else from the directory. */
  private async findUnits(sql: Sql, rows: DataRow<UnitColumn>[]) {
    const named = new Map<string, { propertyId: string; number: string }>();
    for (const { values } of rows) {
      const propertyId = values.property && this.properties.get(values.property);
      if (!propertyId || !values.unit_number) continue;
      named.set(unitKey(propertyId, values.unit_number), {
        propertyId,
        number: values.unit_number,
      });
    }
    await this.units.load(sql, named.keys());
    const keys = [...named].flatMap(([key, unit]) => (this.units.has(key) ? [] : [unit]));
    return keys.length ? unitsAt(sql, this.context, keys) : new Map<string, FoundUnit>();
  }

  private unitAt(propertyId: string, number: string): UnitEntry | undefined {
    return this.units.get(unitKey(propertyId, number));
  }

  /** The row's parts against the schemas, and its unit against the rows before it. */
  private checkUnit(row: DataRow<UnitColumn>, found: Map<string, FoundUnit>): Pending {
    const { values } = row;
    const issues = new RowIssues<UnitColumn>(row.row);
    const propertyId = values.property && this.properties.get(values.property);
    if (propertyId === null)
      issues.add('property', 'unknown_reference', { value: values.property ?? '' });
    const number = values.unit_number;
    const known =
      propertyId && number
        ? (this.unitAt(propertyId, number) ?? found.get(unitKey(propertyId, number)))
        : undefined;
    const hasPerson = anyGiven(values, personColumns);
    // a field left undefined is one the row left out, as the schema sees it
    const person: Partial<PersonInput> | null = hasPerson
      ? {
          name: values.person_name,
          email: values.person_email?.toLowerCase(),
          phone: values.person_phone,
          locale: (values.person_locale?.toLowerCase() ?? this.context.defaultLocale) as Locale,
        }
      : null;
    const link: Partial<LinkInput> | null = hasPerson
      ? {
          roles: values.roles === undefined ? undefined : (rolesOf(values.roles) as LinkRole[]),
          ownershipShare: values.ownership_share && decimalOf(values.ownership_share),
        }
      : null;
    const parts = {
      unit: {
        propertyId: values.property && (propertyId ?? unknownProperty),
        number: values.unit_number,
        area: values.unit_area ? decimalOf(values.unit_area) : areaOf(known),
      },
      account: values.account_number && { number: values.account_number },
      person: person ?? undefined,
      link: link ?? undefined,
    };
    for (const issue of validate(parts)) issues.add(issue.column, issue.code, issue.params);
    if (link && !issues.hasAny(linkColumns)) {
      for (const issue of shareIssues(link as LinkInput))
        issues.add('ownership_share', issue.code, issue.params);
    }
    const pending: Pending = {
      row: row.row,
      values,
      issues,
      unit: null,
      person: null,
      personKey: null,
      link: link as LinkInput | null,
    };
    if (propertyId && number && !issues.hasAny(unitColumns)) {
      pending.unit = this.unitOf(propertyId, number, found, pending);
    }
    // a person known only by name is known within their unit, so needs one
    if (person && !issues.hasAny(personColumns) && (person.email || person.phone || pending.unit)) {
      pending.person = person as PersonInput;
      pending.personKey = personKey(pending.person, {
        propertyId: propertyId ?? '',
        number: number ?? '',
      });
    }
    return pending;
  }

  /** The row's unit, first met or met before; its area said once. */
  private unitOf(
    propertyId: string,
    number: string,
    found: Map<string, FoundUnit>,
    row: Pending,
  ): UnitEntry | null {
    let unit = this.unitAt(propertyId, number);
    if (!unit) {
      const stored = found.get(unitKey(propertyId, number));
      if (stored && !stored.active) {
        row.issues.add('unit_number', 'parent_inactive');
        return null;
      }
      unit = unitEntry(propertyId, number, stored);
      this.units.set(unitKey(propertyId, number), unit);
    }
    const given = row.values.unit_area;
    if (given !== undefined) {
      const area = toUnits(decimalOf(given), areaScale);
      if (unit.areaRow === null) {
        unit.area = area;
        unit.areaRow = row.row;
      } else if (unit.area !== area) {
        row.issues.add('unit_area', 'conflicts_with_row', { row: unit.areaRow });
        return null;
      }
    }
    return unit;
  }

  /** The accounts and people the batch names that no row before it did, from the directory. */
  private async findOthers(sql: Sql, rows: Pending[]) {
    await this.accounts.load(
      sql,
      rows.flatMap((r) => (r.unit && r.values.account_number ? [r.values.account_number] : [])),
    );
    await this.people.load(
      sql,
      rows.flatMap((r) => (r.person && r.personKey ? [r.personKey] : [])),
    );
    const numbers = distinct(
      rows.flatMap((r) =>
        r.unit && r.values.account_number && !this.accounts.has(r.values.account_number)
          ? [r.values.account_number]
          : [],
      ),
    );
    const fresh = rows.flatMap((r) =>
      r.person && r.personKey && !this.people.has(r.personKey)
        ? [{ person: r.person, unit: r.unit }]
        : [],
    );
    const emails = distinct(fresh.flatMap(({ person }) => person.email ?? []));
    const phones = fresh.flatMap(({ person }) =>
      !person.email && person.phone ? [{ name: person.name, phone: person.phone }] : [],
    );
    const inUnits = fresh.flatMap(({ person, unit }) =>
      !person.email && !person.phone && unit?.id ? [{ unitId: unit.id, name: person.name }] : [],
    );
    return {
      accounts: numbers.length ? await accountsNumbered(sql, this.context, numbers) : new Map(),
      byEmail: emails.length ? await peopleByEmail(sql, this.context, emails) : new Map(),
      byPhone: phones.length ? await peopleByNameAndPhone(sql, this.context, phones) : new Map(),
      byUnit: inUnits.length ? await peopleOfUnitsNamed(sql, this.context, inUnits) : new Map(),
    };
  }

  /** The row's account: one unit's, whether opened before or by an earlier row. */
  private checkAccount(
    row: Pending,
    found: Map<string, { unitId: string; active: boolean }>,
  ): AccountEntry | null {
    const number = row.values.account_number;
    if (!row.unit || number === undefined || row.issues.has('account_number')) return null;
    const unit = unitKey(row.unit.propertyId, row.unit.number);
    const known = this.accounts.get(number);
    if (known) {
      if (known.unit === unit) return known;
      row.issues.add('account_number', 'conflicts_with_row', { row: known.row });
      return null;
    }
    const stored = found.get(number);
    if (stored && stored.unitId !== row.unit.id) row.issues.add('account_number', 'number_taken');
    else if (stored && !stored.active) row.issues.add('account_number', 'parent_inactive');
    else {
      const account = { row: row.row, number, unit, stored: Boolean(stored) };
      this.accounts.set(number, account);
      return account;
    }
    return null;
  }

  /** The row's person, one however many rows name them, and their share of the unit. */
  private checkPerson(
    row: Pending,
    found: Awaited<ReturnType<UnitsCheck['findOthers']>>,
  ): PersonEntry | null {
    const { person, personKey: key, issues } = row;
    if (!person || !key) return null;
    let entry = this.people.get(key);
    if (!entry) {
      const stored = person.email
        ? found.byEmail.get(person.email)
        : person.phone
          ? found.byPhone.get(namePhoneKey(person.name, person.phone))
          : row.unit?.id
            ? found.byUnit.get(unitNameKey(row.unit.id, person.name))
            : undefined;
      entry = {
        row: row.row,
        name: person.name,
        email: person.email,
        phone: person.phone,
        locale: row.values.person_locale ? person.locale : undefined,
        id: stored?.id ?? null,
        active: stored?.active ?? true,
      };
      this.people.set(key, entry);
    } else {
      // a person's details come from the first row naming them; a later row may leave
      // them out but not say otherwise
      if (entry.name !== person.name)
        issues.add('person_name', 'conflicts_with_row', { row: entry.row });
      if (person.phone && entry.phone && entry.phone !== person.phone) {
        issues.add('person_phone', 'conflicts_with_row', { row: entry.row });
      }
      if (row.values.person_locale && entry.locale && entry.locale !== person.locale) {
        issues.add('person_locale', 'conflicts_with_row', { row: entry.row });
      }
    }
    if (!entry.active) {
      issues.add(
        person.email ? 'person_email' : person.phone ? 'person_phone' : 'person_name',
        'parent_inactive',
      );
      return null;
    }
    this.checkShare(row, entry);
    return entry;
  }

  /** An owner's share: said once per person and unit, the unit's owners within the whole. */
  private checkShare(row: Pending, person: PersonEntry) {
    const { unit, link, issues } = row;
    const given = link?.ownershipShare;
    const key = row.personKey;
    if (!unit || !key || given === undefined || issues.has('ownership_share')) return;
    const share = toUnits(given, shareScale);
    const named = unit.owners.find((owner) => owner.person === key);
    if (named) {
      if (named.share !== share)
        issues.add('ownership_share', 'conflicts_with_row', { row: named.row });
      return;
    }
    const total = sharesWith(unit, person.id, share);
    if (total > whole) {
      issues.add('ownership_share', 'unit_shares_exceed_whole', {
        unitNumber: unit.number,
        shares: plainNumber(fromUnits(total, shareScale)),
      });
    } else {
      unit.owners.push({ person: key, personId: person.id, share, row: row.row });
    }
  }
}

/** The area a row may leave out: the one an earlier row gave, else the directory's. */
function areaOf(unit: UnitEntry | FoundUnit | undefined): string | undefined {
  if (!unit) return undefined;
  if ('storedArea' in unit) {
    const area = unit.area ?? unit.storedArea;
    return area === null ? undefined : fromUnits(area, areaScale);
  }
  return unit.area;
}
