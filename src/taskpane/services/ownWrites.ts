/**
 * The pane's own writes to tables it also watches for edits: Office delivers a table's change events after the
 * sync that caused them, so an edit watcher asks `idle()` and drops what arrives while the pane writes (and for
 * one macrotask after), so a shown result is not marked stale by the pane's own action.
 */
export interface OwnWrites {
  around<T>(write: () => Promise<T>): Promise<T>;
  idle(): boolean;
}

export function ownWriteGuard(): OwnWrites {
  let writing = 0;
  return {
    around: async (write) => {
      writing++;
      try {
        return await write();
      } finally {
        setTimeout(() => writing--, 0);
      }
    },
    idle: () => writing === 0,
  };
}
