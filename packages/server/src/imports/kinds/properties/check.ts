import type { PropertyInput } from '@atrium/sdk';
import { toScaled } from '../../../decimal/exact.js';
import type { Sql } from '../../../db/scope.js';
import { RowIssues, type DataRow } from '../../check/issues.js';
import { rowSchema } from '../../check/schema.js';
import { decimalOf } from '../../check/values.js';
import type { PropertyColumn } from '../../template/columns.js';
import { distinct, forgetAll, type PassContext } from '../kind.js';
import {
  groupsNamed,
  propertiesNamed,
  quarterKey,
  quartersNamed,
  type StoredProperty,
} from './lookups.js';

// A row is what createProperty would send, with its quarter and group by name.
const validate = rowSchema<PropertyColumn>(
  {
    property: '#/components/schemas/PropertyInput',
    group: '#/components/schemas/PropertyGroupInput',
    quarter: '#/components/schemas/QuarterInput/properties/name',
  },
  {
    'property.name': 'name',
    'property.type': 'type',
    'property.legalEntity': 'legal_entity',
    'property.address': 'address',
    'property.totalArea': 'total_area',
    'group.name': 'group',
    quarter: 'quarter',
  },
);

/** A group as the rows so far know it; its id once it exists. */
export interface GroupEntry {
  name: string;
  id: string | null;
}

export interface QuarterEntry {
  name: string;
  group: GroupEntry;
  id: string | null;
}

/** A property a row adds, in its quarter (made first if new) or in none. */
export interface PropertyPlan {
  input: PropertyInput;
  quarter: QuarterEntry | null;
}

type Values = DataRow<PropertyColumn>['values'];

const areaScale = 2;

/** Whether a row says what the directory holds already: then it is imported already. */
function sameAs(stored: StoredProperty, input: PropertyInput, values: Values): boolean {
  return (
    stored.type === input.type &&
    stored.legalEntity === input.legalEntity &&
    stored.address === input.address &&
    toScaled(stored.totalArea, areaScale) === toScaled(input.totalArea, areaScale) &&
    stored.quarter === (values.quarter ?? null) &&
    stored.group === (values.group ?? null)
  );
}

/**
 * The check of property rows (DIR-1, DIR-2, DIR-4), batch by batch. A name is given once
 * in the file and is no active property's already, unless the row says exactly what that
 * property is (so importing a file again adds nothing); quarters and groups are found by
 * name among the active ones, or made once however many rows name them.
 */
export class PropertiesCheck {
  private readonly names = new Map<string, number>();
  private readonly groups = new Map<string, GroupEntry>();
  private readonly quarters = new Map<string, QuarterEntry>();

  constructor(private readonly context: PassContext) {}

  async check(sql: Sql, rows: DataRow<PropertyColumn>[]) {
    // as units' (see UnitsCheck.check)
    if (this.context.lock) forgetAll(this.names, this.groups, this.quarters);
    const stored = await this.findProperties(sql, rows);
    await this.findPlaces(sql, rows);
    const plans: PropertyPlan[] = [];
    const issues = rows.flatMap((row) => {
      const found = new RowIssues<PropertyColumn>(row.row);
      const plan = this.checkRow(row, found, stored);
      if (plan && !found.found.length) plans.push(plan);
      return found.found;
    });
    return { issues, plans };
  }

  private async findProperties(sql: Sql, rows: DataRow<PropertyColumn>[]) {
    const names = distinct(rows.flatMap((r) => r.values.name ?? []));
    const wanted = names.filter((name) => !this.names.has(name));
    return wanted.length
      ? propertiesNamed(sql, this.context, wanted)
      : new Map<string, StoredProperty>();
  }

  /** The groups and quarters the batch names that no row before it did. */
  private async findPlaces(sql: Sql, rows: DataRow<PropertyColumn>[]) {
    const groups = distinct(rows.flatMap((r) => r.values.group ?? [])).filter(
      (name) => !this.groups.has(name),
    );
    if (groups.length) {
      const found = await groupsNamed(sql, this.context, groups);
      for (const name of groups) this.groups.set(name, { name, id: found.get(name)?.id ?? null });
    }
    const quarters = new Map<string, { group: GroupEntry; name: string }>();
    for (const { values } of rows) {
      const group = values.group === undefined ? undefined : this.groups.get(values.group);
      if (!group || values.quarter === undefined) continue;
      const key = `${group.name}\n${values.quarter}`;
      if (!this.quarters.has(key)) quarters.set(key, { group, name: values.quarter });
    }
    const known = [...quarters.values()].flatMap(({ group, name }) =>
      group.id ? [{ groupId: group.id, name }] : [],
    );
    const found = known.length ? await quartersNamed(sql, this.context, known) : new Map();
    for (const [key, { group, name }] of quarters) {
      const id = group.id ? (found.get(quarterKey(group.id, name))?.id ?? null) : null;
      this.quarters.set(key, { name, group, id });
    }
  }

  private checkRow(
    row: DataRow<PropertyColumn>,
    issues: RowIssues<PropertyColumn>,
    stored: Map<string, StoredProperty>,
  ): PropertyPlan | null {
    const { values } = row;
    // a field left undefined is one the row left out, as the schema sees it
    const input = {
      name: values.name,
      type: values.type,
      legalEntity: values.legal_entity,
      address: values.address,
      totalArea: values.total_area && decimalOf(values.total_area),
    } as PropertyInput;
    const parts = {
      property: input,
      group: values.group && { name: values.group },
      quarter: values.quarter,
    };
    for (const issue of validate(parts)) issues.add(issue.column, issue.code, issue.params);
    // a property is in a quarter of a group, or in none
    if (values.quarter !== undefined && values.group === undefined) issues.add('group', 'required');
    if (values.group !== undefined && values.quarter === undefined)
      issues.add('quarter', 'required');
    if (issues.has('name')) return null;
    const first = this.names.get(input.name);
    if (first !== undefined) {
      issues.add('name', 'conflicts_with_row', { row: first });
      return null;
    }
    this.names.set(input.name, row.row);
    if (issues.found.length) return null;
    const existing = stored.get(input.name);
    if (existing) {
      if (!sameAs(existing, input, values)) issues.add('name', 'name_taken');
      return null;
    }
    const quarter =
      values.group === undefined ? null : this.quarters.get(`${values.group}\n${values.quarter}`);
    return { input, quarter: quarter ?? null };
  }
}
