/**
 * The `Årsrapport` sheet as data (spec/portfolio.md §3): a title, the date and the source files, the
 * totals, contracts per status, placements per target group, sex and form, outcomes after placements and
 * the socio-economic result per actor. Every figure is the portfolio's own (portfolioTotals). Figures the
 * shared Portfölj table holds exactly (months, kronor, statuses) are also given as formulas over that
 * table, so the workbook recalculates them itself; counts of people are values, suppressed like the table,
 * because a sum over "< 5" cells cannot be computed from what is shared.
 */
import { suppressSmallCount } from "../followup/formulas";
import type { CellValue } from "../followup/types";
import { ACTOR_KEYS } from "../model";
import { ACTOR_LABELS } from "../i18n/model";
import { FIXED_COLUMNS, NO_STATUS, PORTFOLIO_TABLE, actorHeader, type PortfolioTotals } from "./portfolio";

export const REPORT_SHEET = "Årsrapport";

export type ReportFormat = "count" | "months" | "share" | "kr" | "text";

export type ReportLine =
  | { readonly kind: "title" | "heading" | "note"; readonly text: string }
  | { readonly kind: "blank" }
  | {
      readonly kind: "figure";
      readonly label: string;
      readonly value: CellValue;
      /** Formula over the Portfölj table (leading "="), whose result is `value`. */
      readonly formula?: string;
      readonly format: ReportFormat;
      /** Chart group: figures of one group are drawn together. */
      readonly chart?: "status" | "months" | "actors";
    };

export interface ReportOptions {
  readonly year: number;
  readonly today: string;
  readonly suppress: boolean;
  readonly files: readonly string[];
  /** The Portfölj table's name the formulas refer to: another when the workbook already has one of that name. */
  readonly table?: string;
}

const quoted = (text: string): string => `"${text.split('"').join('""')}"`;

export function annualReport(totals: PortfolioTotals, options: ReportOptions): ReportLine[] {
  const count = (value: number): CellValue => (options.suppress ? suppressSmallCount(value) : value);
  const column = (header: string): string => `${options.table ?? PORTFOLIO_TABLE}[${header}]`;
  const f = FIXED_COLUMNS;
  const lines: ReportLine[] = [
    { kind: "title", text: `Årsrapport ${options.year}: sysselsättningskrav i upphandlade avtal` },
    { kind: "note", text: `Skapad ${options.today} av SYSS ur ${options.files.length} filer${options.suppress ? "; antal personer 1–4 visas som < 5" : ""}.` },
    { kind: "blank" },
    { kind: "heading", text: "Översikt" },
    { kind: "figure", label: "Avtal i portföljen", value: totals.contracts, formula: `=COUNTA(${column("Fil")})`, format: "count" },
    { kind: "figure", label: "Filer som inte kunde läsas", value: totals.unreadable, format: "count" },
    { kind: "figure", label: "Placeringar", value: count(totals.placements), format: "count" },
    { kind: "figure", label: "  varav pågående", value: count(totals.ongoing), format: "count" },
    { kind: "figure", label: "  varav avslutade", value: count(totals.ended), format: "count" },
    { kind: "figure", label: "Åtagande, heltidsmånader (N)", value: totals.commitment, formula: `=SUM(${column(f.commitment)})`, format: "months", chart: "months" },
    { kind: "figure", label: "Utförda heltidsmånader", value: totals.served, formula: `=SUM(${column(f.served)})`, format: "months", chart: "months" },
    { kind: "figure", label: "Prognos heltidsmånader", value: totals.forecast, formula: `=SUM(${column(f.forecast)})`, format: "months", chart: "months" },
    {
      kind: "figure",
      label: "Utförda av åtagandet",
      value: totals.commitment > 0 ? totals.served / totals.commitment : "",
      formula: `=IF(SUM(${column(f.commitment)})>0,SUM(${column(f.served)})/SUM(${column(f.commitment)}),"")`,
      format: "share",
    },
    { kind: "blank" },
    { kind: "heading", text: "Avtal per status" },
  ];
  for (const [status, contracts] of Object.entries(totals.byStatus)) {
    const formula = status === NO_STATUS ? `=COUNTBLANK(${column(f.status)})` : `=COUNTIF(${column(f.status)},${quoted(status)})`;
    lines.push({ kind: "figure", label: status, value: contracts, formula, format: "count", chart: "status" });
  }
  const groups: [string, Readonly<Record<string, number>>][] = [
    ["Placeringar per målgrupp", totals.byTargetGroup],
    ["Placeringar per kön", totals.byGender],
    ["Placeringar per sysselsättningsform", totals.byForm],
    ["Utfall efter avslutad placering", totals.outcomes],
  ];
  for (const [heading, values] of groups) {
    lines.push({ kind: "blank" }, { kind: "heading", text: heading });
    const entries = Object.entries(values);
    if (entries.length === 0) lines.push({ kind: "note", text: "Inga." });
    for (const [name, value] of entries) lines.push({ kind: "figure", label: name, value: count(value), format: "count" });
  }
  lines.push({ kind: "blank" }, { kind: "heading", text: "Samhällsekonomiskt resultat per aktör (kr)" });
  if (totals.effects === null) {
    lines.push({ kind: "note", text: "Ingen fil har kalkylens underlag (leverantörsversioner saknar förmånshistoriken)." });
  } else {
    for (const actor of ACTOR_KEYS) {
      lines.push({ kind: "figure", label: ACTOR_LABELS[actor].sv, value: totals.effects[actor], formula: `=SUM(${column(actorHeader(actor))})`, format: "kr", chart: "actors" });
    }
  }
  lines.push({ kind: "blank" }, { kind: "heading", text: "Källfiler" });
  for (const file of options.files) lines.push({ kind: "note", text: file });
  return lines;
}
