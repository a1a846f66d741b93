/**
 * The portfolio over many contract files (spec/portfolio.md §2): one row per readable file in the
 * `Portfölj` table, a line per file that could not be read, and the totals the annual report shows.
 * Counts of people (placements, groups, outcomes) of 1–4 are shown as "< 5" when the portfolio is meant
 * to be shared (the default); months, kronor and finding counts are not about people and stay exact.
 */
import { EMPLOYMENT_FORMS, GENDERS } from "../followup/lists";
import { suppressSmallCount } from "../followup/formulas";
import type { CellValue } from "../followup/types";
import { ACTOR_KEYS, type ActorKey } from "../model";
import { ACTOR_LABELS } from "../i18n/model";
import { OVERALL_STATUSES } from "../validation/contractStatus";
import { NOT_GIVEN, type ContractSummary } from "./summary";
import { EXCEL_LIMITS } from "../followup/excelLimits";

export const PORTFOLIO_SHEET = "Portfölj";
export const PORTFOLIO_TABLE = "Portfolj";
export const UNREADABLE_SHEET = "Ej inlästa";
export const UNREADABLE_TABLE = "EjInlasta";

export interface UnreadableFile {
  readonly file: string;
  readonly message: string;
}

export interface Portfolio {
  readonly contracts: readonly ContractSummary[];
  readonly unreadable: readonly UnreadableFile[];
}

export interface PortfolioOptions {
  /** Show counts of 1–4 as "< 5" (on unless the portfolio stays inside the organisation). */
  readonly suppress: boolean;
  /** yyyy-mm-dd, written in the Importerad column. */
  readonly importedOn: string;
}

/** The fixed columns of Portfölj, in order; group and actor columns follow (see portfolioTable). */
export const FIXED_COLUMNS = {
  contractId: "Avtals-ID",
  name: "Avtalsnamn",
  supplier: "Leverantör",
  start: "Avtalsstart",
  end: "Avtalsslut",
  requirementType: "Kravtyp",
  commitment: "N (heltidsmånader)",
  served: "Utförda heltidsmånader",
  planned: "Planerade heltidsmånader",
  forecast: "Prognos heltidsmånader",
  share: "Andel av N",
  startRule: "Startregeln",
  rule75: "75 %-regeln",
  status: "Status",
  errors: "Antal fel",
  warnings: "Antal varningar",
  latestReport: "Senaste inkomna rapport",
  overdueReports: "Försenade rapporter",
  placements: "Placeringar",
  ongoing: "Pågående",
  ended: "Avslutade",
} as const;

export const TRAILING_COLUMNS = { effectsNotComputed: "Ej beräknade placeringar", file: "Fil", imported: "Importerad" } as const;

export type GroupKind = "targetGroup" | "gender" | "form" | "outcome";

const GROUP_PREFIX: Readonly<Record<GroupKind, string>> = { targetGroup: "Målgrupp: ", gender: "Kön: ", form: "Form: ", outcome: "Utfall: " };

function groupsOf(summary: ContractSummary, kind: GroupKind): Readonly<Record<string, number>> {
  if (kind === "targetGroup") return summary.byTargetGroup;
  if (kind === "gender") return summary.byGender;
  if (kind === "form") return summary.byForm;
  return summary.outcomes;
}

/**
 * One group whatever its case or spacing: "Ung", "ung " and "UNG" typed in different files are one column
 * (and Excel's table headers must differ in more than case).
 */
function groupKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLocaleLowerCase("sv");
}

/** A contract's counts of a kind, by group key. */
function countsByKey(summary: ContractSummary, kind: GroupKind): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name, value] of Object.entries(groupsOf(summary, kind))) counts.set(groupKey(name), (counts.get(groupKey(name)) ?? 0) + value);
  return counts;
}

/**
 * The groups of a kind across all contracts: the template's list first (in its order and spelling), then the
 * others by name, each spelled as first seen.
 */
export function groupNames(contracts: readonly ContractSummary[], kind: GroupKind): string[] {
  const listed: readonly string[] = kind === "gender" ? GENDERS : kind === "form" ? EMPLOYMENT_FORMS : [];
  const spelling = new Map<string, string>(listed.map((name) => [groupKey(name), name]));
  for (const summary of contracts) {
    for (const name of Object.keys(groupsOf(summary, kind))) if (!spelling.has(groupKey(name))) spelling.set(groupKey(name), name.replace(/\s+/g, " ").trim());
  }
  const others = [...spelling.values()].filter((name) => !listed.includes(name)).sort((a, b) => (a === NOT_GIVEN ? 1 : b === NOT_GIVEN ? -1 : a.localeCompare(b, "sv")));
  return [...listed, ...others];
}

/**
 * A group's column header: the group is a supplier's text, so it is cut to Excel's limit on a table column's
 * name, and a cut that lands on another column's header gets a number (headers must differ, ignoring case).
 */
function groupHeader(kind: GroupKind, name: string, taken: Set<string>): string {
  const limit = EXCEL_LIMITS.tableColumnName;
  const full = `${GROUP_PREFIX[kind]}${name}`;
  let header = full.length <= limit ? full : `${full.slice(0, limit - 1)}…`;
  for (let n = 2; taken.has(header.toLocaleLowerCase("sv")); n++) header = `${full.slice(0, limit - 1 - ` (${n})`.length)}… (${n})`;
  taken.add(header.toLocaleLowerCase("sv"));
  return header;
}

export function actorHeader(actor: ActorKey): string {
  return `${ACTOR_LABELS[actor].sv} (kr)`;
}

export interface PortfolioTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Header → kind of column, for formats ("count" columns may hold "< 5"). */
  readonly kinds: Readonly<Record<string, "text" | "date" | "count" | "months" | "share" | "kr" | "number">>;
}

const GROUP_KINDS: readonly GroupKind[] = ["targetGroup", "gender", "form", "outcome"];

function date(iso: string | null): CellValue {
  return iso === null ? null : { date: iso };
}

/** One row per contract, in the order given. */
export function portfolioTable(portfolio: Portfolio, options: PortfolioOptions): PortfolioTable {
  const { contracts } = portfolio;
  const count = (value: number): CellValue => (options.suppress ? suppressSmallCount(value) : value);
  const groups = GROUP_KINDS.map((kind) => ({ kind, names: groupNames(contracts, kind) }));
  const withEffects = contracts.some((summary) => summary.effects !== null);
  const f = FIXED_COLUMNS;
  const kinds: Record<string, PortfolioTable["kinds"][string]> = {
    [f.contractId]: "text", [f.name]: "text", [f.supplier]: "text", [f.start]: "date", [f.end]: "date", [f.requirementType]: "text",
    [f.commitment]: "months", [f.served]: "months", [f.planned]: "months", [f.forecast]: "months", [f.share]: "share",
    [f.startRule]: "text", [f.rule75]: "text", [f.status]: "text", [f.errors]: "number", [f.warnings]: "number",
    [f.latestReport]: "date", [f.overdueReports]: "number", [f.placements]: "count", [f.ongoing]: "count", [f.ended]: "count",
  };
  const headers: string[] = Object.values(f);
  const taken = new Set(headers.map((header) => header.toLocaleLowerCase("sv")));
  for (const { kind, names } of groups) {
    for (const name of names) {
      const header = groupHeader(kind, name, taken);
      headers.push(header);
      kinds[header] = "count";
    }
  }
  if (withEffects) {
    for (const actor of ACTOR_KEYS) {
      headers.push(actorHeader(actor));
      kinds[actorHeader(actor)] = "kr";
    }
    headers.push(TRAILING_COLUMNS.effectsNotComputed);
    kinds[TRAILING_COLUMNS.effectsNotComputed] = "number";
  }
  headers.push(TRAILING_COLUMNS.file, TRAILING_COLUMNS.imported);
  kinds[TRAILING_COLUMNS.file] = "text";
  kinds[TRAILING_COLUMNS.imported] = "date";
  const rows = contracts.map((summary) => {
    const { status } = summary;
    const row: CellValue[] = [
      summary.contractId, summary.name, summary.supplier, date(summary.start), date(summary.end), summary.requirementType,
      status.commitment, status.servedMonths, status.plannedMonths, status.forecastMonths, status.share,
      status.startRule, status.rule75, status.status, summary.errors, summary.warnings,
      date(summary.latestReport), status.overdueReports, count(status.placements), count(status.ongoing), count(status.ended),
    ];
    for (const { kind, names } of groups) {
      const counts = countsByKey(summary, kind);
      for (const name of names) row.push(count(counts.get(groupKey(name)) ?? 0));
    }
    if (withEffects) {
      for (const actor of ACTOR_KEYS) row.push(summary.effects === null ? null : summary.effects[actor]);
      row.push(summary.effects === null ? null : summary.effectsNotComputed);
    }
    row.push(summary.file, { date: options.importedOn });
    return row;
  });
  return { headers, rows, kinds };
}

/** The annual report's figures, all sums over the portfolio's contracts. */
export interface PortfolioTotals {
  readonly contracts: number;
  readonly unreadable: number;
  readonly placements: number;
  readonly ongoing: number;
  readonly ended: number;
  readonly commitment: number;
  readonly served: number;
  readonly forecast: number;
  /** Contracts per overall status (the validation's words), every status listed. */
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byTargetGroup: Readonly<Record<string, number>>;
  readonly byGender: Readonly<Record<string, number>>;
  readonly byForm: Readonly<Record<string, number>>;
  readonly outcomes: Readonly<Record<string, number>>;
  /** Sum per actor over the contracts whose files hold the calculation's inputs; null when none does. */
  readonly effects: Readonly<Record<ActorKey, number>> | null;
}

/** Status word of a contract without a commitment N (the validation gives null). */
export const NO_STATUS = "Inget åtagande angivet";

function sumGroups(contracts: readonly ContractSummary[], kind: GroupKind): Record<string, number> {
  const names = groupNames(contracts, kind);
  const byKey = new Map<string, number>(names.map((name) => [groupKey(name), 0]));
  for (const summary of contracts) for (const [key, value] of countsByKey(summary, kind)) byKey.set(key, (byKey.get(key) ?? 0) + value);
  return Object.fromEntries(names.map((name) => [name, byKey.get(groupKey(name)) ?? 0]));
}

export function portfolioTotals(portfolio: Portfolio): PortfolioTotals {
  const { contracts } = portfolio;
  const byStatus: Record<string, number> = Object.fromEntries([...OVERALL_STATUSES, NO_STATUS].map((status) => [status, 0]));
  let effects: Record<ActorKey, number> | null = null;
  for (const summary of contracts) {
    const word = summary.status.status ?? NO_STATUS;
    byStatus[word] = (byStatus[word] ?? 0) + 1;
    if (summary.effects !== null) {
      effects ??= Object.fromEntries(ACTOR_KEYS.map((actor) => [actor, 0])) as Record<ActorKey, number>;
      for (const actor of ACTOR_KEYS) effects[actor] += summary.effects[actor];
    }
  }
  const sum = (pick: (summary: ContractSummary) => number | null): number => contracts.reduce((total, summary) => total + (pick(summary) ?? 0), 0);
  return {
    contracts: contracts.length,
    unreadable: portfolio.unreadable.length,
    placements: sum((s) => s.status.placements),
    ongoing: sum((s) => s.status.ongoing),
    ended: sum((s) => s.status.ended),
    commitment: sum((s) => s.status.commitment),
    served: sum((s) => s.status.servedMonths),
    forecast: sum((s) => s.status.forecastMonths),
    byStatus,
    byTargetGroup: sumGroups(contracts, "targetGroup"),
    byGender: sumGroups(contracts, "gender"),
    byForm: sumGroups(contracts, "form"),
    outcomes: sumGroups(contracts, "outcome"),
    effects,
  };
}
