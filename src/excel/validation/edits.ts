/**
 * Edits to the follow-up tables, for marking a shown validation result stale (spec/ux.md, "State"): a user
 * edit to Placeringar or Rapporter raises `onEdit`; nothing is read or validated. The add-in's own writes to
 * those tables say so through `ownWrite`, and their events are dropped (Office delivers a sync's events after
 * it, so the guard lasts one macrotask longer than the write).
 */
import type { ExcelRun } from "../host/api";
import { TABLES } from "../../domain/followup/names";

const WATCHED_TABLES: readonly string[] = [TABLES.placements, TABLES.reports];

export interface EditWatch {
  stop(): void;
}

/** Watches the tables `watched` (by default the follow-up's Placeringar and Rapporter); tables the workbook lacks are skipped. */
export async function watchTableEdits(run: ExcelRun, onEdit: () => void, watched: readonly string[] = WATCHED_TABLES): Promise<EditWatch> {
  let listening = true;
  await run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const present = new Set(tables.items.map((table) => table.name));
    for (const name of watched) {
      if (!present.has(name)) continue;
      context.workbook.tables.getItem(name).onChanged.add(async () => {
        // A co-author's edit ("Remote") makes the result just as stale as one typed here.
        if (listening) onEdit();
      });
    }
    await context.sync();
  });
  // Removing an Office.js handler needs the context it was added in, which has ended: stopping just mutes it.
  return { stop: () => (listening = false) };
}
