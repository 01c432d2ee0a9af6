export type {
  Account,
  AccountEntriesQuery,
  AccountEntry,
  AccountEntryPage,
  AccountPage,
  AccountsQuery,
  EntryKind,
  EntryTitle,
} from '@atrium/sdk';
