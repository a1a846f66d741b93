/**
 * The matchningsansvarig's sheets by name (shared/spec/matching.md), apart from the rest of sheets.ts so the
 * task pane's guide can name them without loading every column and list of the workspace.
 */
/** Sheet names (Swedish; the same in the English UI, as every SYSS sheet). */
export const MATCHING_SHEETS = {
  mapping: "Kartläggning",
  positions: "Platser",
  matching: "Matchning",
  efforts: "Insatser",
  startup: "Uppstart",
  lessons: "Erfarenheter",
  /** The funnel figures as native formulas (works without the add-in). */
  overview: "Matchningsöversikt",
  /** Hidden: the value lists of the matching sheets (kept off Listor, which the supplier version has). */
  lists: "Matchningslistor",
} as const;
