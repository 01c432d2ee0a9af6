import type { ImportKind, Locale } from '@atrium/sdk';
import { columnsOf, requirements, type ColumnKey, type Requirement } from './columns.js';
import { templateTexts } from './messages.js';

/** One column as the instructions describe it, in a language. */
export interface ColumnInstruction {
  key: ColumnKey;
  required: string;
  holds: string;
  example: string;
}

/** The instructions of a kind of import in a language: a title, how it works, each column. */
export function instructionsOf(kind: ImportKind, locale: Locale) {
  const texts = templateTexts[locale];
  const needs = requirements[kind] as Record<ColumnKey, Requirement>;
  const columns: ColumnInstruction[] = columnsOf(kind).map((key) => ({
    key,
    required: texts.requirements[needs[key]],
    ...texts.columns[key],
  }));
  return { texts, title: texts.title[kind], columns };
}
