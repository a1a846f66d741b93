/**
 * Data minimisation in the supplier version (amendment v1.1 item 6). The person's benefit history – Tid i
 * arbetslöshet, Nyanländ, A-kassa, Bostadsbidrag – is known only to the matchningsansvarig or
 * Arbetsförmedlingen, and only the socio-economic calculation needs it, so the supplier version leaves
 * these Placeringar columns out. The procurer's full workbook keeps them and they are filled there.
 */
import type { PlacementColumnKey } from "./names";

const COLUMNS: readonly PlacementColumnKey[] = [
  "unemployedMonths", "newArrival", "aKassa", "housingBenefit",
  // The outcome after a placement is the matchningsansvarig's follow-up of the person (matching.md item 6).
  "outcomeAfterEnd", "outcomeFollowedUp",
];

/** Column keys (TableColumnSpec.key is a plain string, so the set is typed by string). */
export const PROCURER_ONLY_PLACEMENT_COLUMNS: ReadonlySet<string> = new Set<string>(COLUMNS);
