/**
 * The column headers and list values the pipeline actions read and write (spec/matching.md, "Sheets and
 * tables"). Placeringar's headers come from the follow-up template's names.
 */
import { PLACEMENT_HEADERS } from "../followup/names";

export const POSITION_HEADERS = {
  id: "Plats-ID",
  role: "Yrke/roll",
  count: "Antal",
  form: "Sysselsättningsform",
  scope: "Omfattning (%)",
  status: "Status",
} as const;

export const MATCHING_HEADERS = {
  candidateId: "Kandidat-ID",
  positionId: "Plats-ID",
  targetGroup: "Målgrupp",
  source: "Källa",
  referred: "Anvisad datum",
  interviewed: "Intervju datum",
  offered: "Erbjudande datum",
  decision: "Beslut",
  caseId: "Ärende-ID",
} as const;

/** The Placeringar columns "Starta placering" fills: the non-personal fields only. */
export const PLACEMENT_LINK_HEADERS = {
  caseId: PLACEMENT_HEADERS.caseId,
  targetGroup: PLACEMENT_HEADERS.targetGroup,
  form: PLACEMENT_HEADERS.form,
  offeredDate: PLACEMENT_HEADERS.offeredDate,
  startDate: PLACEMENT_HEADERS.startDate,
  scope: PLACEMENT_HEADERS.scope,
} as const;

export const SOURCES = ["Arbetsförmedlingen", "Kommunens arbetsmarknadsenhet", "Annan"] as const;
export const DECISIONS = ["Pågår", "Startad", "Tackade nej", "Ej vald", "Avbruten"] as const;
export type Decision = (typeof DECISIONS)[number];

/** Table names (ASCII, as the template's). */
export const PIPELINE_TABLES = { positions: "Platser", matching: "Matchning", placements: "Placeringar", targetGroups: "Malgrupper" } as const;
