import { html, nothing, type TemplateResult } from 'lit';
import {
  paginate,
  type Account,
  type AccountEntry,
  type AccountEntryPage,
  type AtriumClient,
} from '@atrium/sdk';
import type { AtriumController } from '../core/atrium-controller.js';
import type { Translate } from '../core/i18n.js';
import { MorePages } from '../core/more-pages.js';
import type { PartHost } from '../core/part-host.js';
import { SignedInLoad } from '../core/signed-in-load.js';
import { breakdownTable } from './breakdown-table.js';
import { historyTable } from './history-table.js';
import { latestMonth, statementOf } from './statement.js';

/** Entries per page of the history; "Show more" asks for the next page with the cursor. */
const PAGE_SIZE = 20;
/** The contract's largest page: a month's entries are a handful, so one page nearly always. */
const ALL = 100;

/** An account's first page of history, and every entry of the month it is charged for now. */
interface Loaded {
  accountId: string;
  history: AccountEntryPage;
  month: string | null;
  monthEntries: AccountEntry[];
}

async function loadStatement(
  client: AtriumClient,
  accountId: string,
  signal: AbortSignal,
): Promise<Loaded> {
  const history = await client.payments.entries(accountId, { limit: PAGE_SIZE }, { signal });
  const month = latestMonth(history.items);
  const monthEntries: AccountEntry[] = [];
  if (month) {
    const pages = paginate(
      (query) =>
        client.payments.entries(accountId, { ...query, from: month, to: month }, { signal }),
      { limit: ALL },
    );
    for await (const page of pages) monthEntries.push(...page);
  }
  return { accountId, history, month, monthEntries };
}

/**
 * One account's entries (FIN-1): what makes up its balance (the month charged now, by title,
 * and what was owed before it), and its history, newest first, with "Show more".
 */
export class AccountStatement {
  accountId: string | null = null;
  readonly #load: SignedInLoad<Loaded, readonly [string | null]>;
  readonly #more: MorePages<Loaded, AccountEntry>;

  constructor(
    host: PartHost,
    private readonly atrium: AtriumController,
    private readonly id: string,
  ) {
    this.#load = new SignedInLoad(host, atrium, {
      args: () => [this.accountId] as const,
      load: (client, [accountId], signal) =>
        accountId ? loadStatement(client, accountId, signal) : null,
    });
    this.#more = new MorePages(host, {
      client: () => atrium.client,
      first: () => this.#load.value,
      pageOf: (first) => first.history,
      next: (client, cursor, signal) =>
        client.payments.entries(
          this.#load.value?.accountId ?? '',
          { cursor, limit: PAGE_SIZE },
          { signal },
        ),
      focus: (entry) =>
        host.renderRoot
          .querySelector<HTMLElement>(`[data-entry="${entry.id}"] [tabindex]`)
          ?.focus(),
    });
  }

  get pending(): boolean {
    return this.#load.pending;
  }

  /** The month the account is charged for now, once its entries are known. */
  get month(): string | null {
    return this.#shown?.month ?? null;
  }

  /** Loads the entries again (a payment was booked). */
  reload(): void {
    this.#load.reload();
  }

  /**
   * What makes up `account`'s balance: a placeholder while its entries load; nothing for an
   * account without entries, or when they failed (the history says why, with "Try again").
   */
  breakdown(t: Translate, account: Account): TemplateResult | typeof nothing {
    const loaded = this.#shown;
    if (!loaded) {
      return this.#load.pending
        ? html`<div part="skeleton" class="skeleton breakdown-skeleton" aria-hidden="true"></div>`
        : nothing;
    }
    if (!loaded.month) return nothing;
    const statement = statementOf(account.balance, loaded.month, loaded.monthEntries);
    return breakdownTable({ t, locale: this.atrium.locale, currency: account.currency, statement });
  }

  /** The history, or its loading and failure, with "Show more". */
  history(t: Translate, account: Account): TemplateResult {
    return this.#load.render(
      t,
      (loaded) =>
        historyTable({
          t,
          locale: this.atrium.locale,
          currency: account.currency,
          entries: this.#more.items(loaded),
          more: this.#more.render(this.id, t, loaded),
        }),
      // Another account's history is not shown while this one's loads.
      (loaded) => loaded.accountId === this.accountId,
    );
  }

  /** The entries loaded for the account shown (not another's, still on screen). */
  get #shown(): Loaded | undefined {
    const loaded = this.#load.value;
    return loaded?.accountId === this.accountId ? loaded : undefined;
  }
}
