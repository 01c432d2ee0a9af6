import type { Import } from '@atrium/sdk';

type Counts = Pick<Import, 'rowsChecked' | 'rowsImported'>;

/**
 * How far the imports running on this node have got, between the moments it is stored: the
 * write pass is one transaction, and on PGlite (one connection) no other may be opened while
 * it runs. An import another node runs shows what it stored last.
 */
export class LiveProgress {
  private readonly running = new Map<string, Counts>();

  set(importId: string, counts: Counts): void {
    this.running.set(importId, counts);
  }

  drop(importId: string): void {
    this.running.delete(importId);
  }

  /** The import with the counts this node has that are further on than those stored. */
  overlay(stored: Import): Import {
    const live = this.running.get(stored.id);
    if (!live || (stored.status !== 'checking' && stored.status !== 'importing')) return stored;
    return {
      ...stored,
      rowsChecked: Math.max(stored.rowsChecked, live.rowsChecked),
      rowsImported: Math.max(stored.rowsImported, live.rowsImported),
    };
  }
}
