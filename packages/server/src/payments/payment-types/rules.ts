import { invalidInput, type FieldIssue } from '../../errors/problem.js';
import type { PaymentType, PaymentTypeChange, PaymentTypeInput } from '../types.js';
import type { PaymentTypeFields } from './repository.js';

/**
 * A type's fields as they would be stored, checked (FIN-5): a `points` type names its loyalty
 * program, the program's currency and the worth of a point, a `money` type none of them; texts
 * are trimmed and may not be blank. Every bad field is named at once.
 */
export function checkedFields(fields: PaymentTypeFields, sent: string[]): PaymentTypeFields {
  const issues: FieldIssue[] = [];
  const name = fields.name.trim();
  if (!name) issues.push({ field: 'name', code: 'too_short', params: { limit: 1 } });
  const loyaltyCurrency = fields.loyaltyCurrency?.trim() ?? null;
  for (const [field, value] of [
    ['loyaltyProgram', fields.loyaltyProgram],
    ['loyaltyCurrency', loyaltyCurrency],
    ['pointValue', fields.pointValue],
  ] as const) {
    if (fields.kind === 'points' && !value) issues.push({ field, code: 'required' });
    if (fields.kind === 'money' && sent.includes(field)) {
      issues.push({ field, code: 'invalid_value' });
    }
  }
  if (issues.length) throw invalidInput(issues);
  return { ...fields, name, loyaltyCurrency };
}

/** A new type's fields, the contract's defaults filled in. */
export const fieldsOfInput = (input: PaymentTypeInput): PaymentTypeFields =>
  checkedFields(
    {
      name: input.name,
      kind: input.kind,
      loyaltyProgram: input.loyaltyProgram ?? null,
      loyaltyCurrency: input.loyaltyCurrency ?? null,
      maxPercent: input.maxPercent ?? 0,
      pointValue: input.pointValue ?? null,
      enabled: input.enabled ?? true,
    },
    Object.keys(input),
  );

/** A type's fields once the change is made: only the fields sent change (never the program). */
export function fieldsAfterChange(type: PaymentType, change: PaymentTypeChange) {
  const { id: _id, ...stored } = type;
  return checkedFields({ ...stored, ...change }, Object.keys(change));
}
