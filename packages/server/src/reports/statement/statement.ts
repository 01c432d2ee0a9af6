import type { Locale } from '@atrium/sdk';
import type { StatsFigures } from './figures.js';

/** Everything one monthly statement shows (OWN-5), whatever its format. */
export interface Statement {
  locale: Locale;
  tenantName: string;
  currency: string;
  unitNumber: string;
  ownerName: string;
  /** `YYYY-MM`, a completed month. */
  month: string;
  figures: StatsFigures;
}
