/**
 * The matching workspace's rules (shared/spec/matching.md "Rules"; codes in docs/validation.md): Matchning rows
 * against Platser and Placeringar, and the positions. Each finding points at one cell; no text repeats what was
 * typed as a Kandidat-ID (it may be a name).
 */
import { isoToSerial, serialToIso } from "../common/dates";
import type { CellValue } from "../followup/types";
import { dateSerial, isFilled, isOpenPosition, isStartedDecision, stageOf, OPEN_TOO_LONG_DAYS } from "../matching/funnel";
import { CANDIDATE_ID_PATTERN, MATCHING_COLUMNS as M, MATCHING_SHEETS, POSITION_COLUMNS as L, POSITION_FILLED, normalizeKey } from "../matching/sheets";
import { matchingRowsOf, placementLinksOf, positionRowsOf } from "../matching/tables";
import { finding, type Finding, type FindingCode } from "./findings";
import type { TableInput, ValidationInput } from "./input";
import { columnLetter } from "../common/a1";
import type { TextValues } from "../i18n/validation";

type Tables = Pick<ValidationInput, "tables" | "targetGroupNames">;

/** A value safe to quote in a message: short, and no long digit run (a personnummer is never echoed). */
function quotable(value: CellValue | undefined): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  let run = 0;
  for (const ch of text) {
    run = ch >= "0" && ch <= "9" ? run + 1 : 0;
    if (run >= 6) return "";
  }
  return text.length <= 16 ? `"${text}"` : "";
}

function tableOf(input: Tables, name: string): TableInput | undefined {
  return input.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
}

/** The A1 address of a column's cell on a sheet row. */
function addressIn(table: TableInput | undefined, header: string, sheetRow: number): string {
  const index = Math.max(0, table?.headers.findIndex((h) => h.trim() === header) ?? 0);
  return `${columnLetter((table?.firstColumn ?? 0) + index)}${sheetRow}`;
}

const DATE_STEPS = [
  { key: "referredDate", label: { sv: "Anvisad datum", en: "the referral date" } },
  { key: "interviewDate", label: { sv: "Intervju datum", en: "the interview date" } },
  { key: "offerDate", label: { sv: "Erbjudande datum", en: "the offer date" } },
] as const;
const START_LABEL = { sv: "placeringens startdatum", en: "the placement's start date" };

export function matchingFindings(input: Tables, today: string): Finding[] {
  const matchingTable = tableOf(input, "Matchning");
  const positionsTable = tableOf(input, "Platser");
  const findings: Finding[] = [];
  const matching = matchingRowsOf(input);
  const positions = positionRowsOf(input);
  // A follow-up workbook without the matching sheets (most of them): no need to read every placement.
  if (matching.length === 0 && positions.length === 0) return findings;
  const placements = matching.length > 0 ? placementLinksOf(input) : [];
  const placementStart = new Map<string, CellValue>();
  for (const p of placements) if (isFilled(p.caseId) && !placementStart.has(normalizeKey(p.caseId))) placementStart.set(normalizeKey(p.caseId), p.startDate);
  const positionIds = new Set(positions.map(({ row }) => normalizeKey(row.positionId)).filter((id) => id !== ""));

  const onMatching = (code: FindingCode, sheetRow: number, header: string, values: TextValues = {}): void => {
    const place = { sheet: matchingTable?.sheet ?? MATCHING_SHEETS.matching, address: addressIn(matchingTable, header, sheetRow), column: header, rowId: "" };
    findings.push(finding(code, place, { row: String(sheetRow), ...values }));
  };

  const startedCaseRows = new Map<string, number>();
  for (const { row, sheetRow } of matching) {
    if (isFilled(row.candidateId) && !CANDIDATE_ID_PATTERN.test(normalizeKey(row.candidateId))) {
      onMatching("MATCH_CANDIDATE_ID_INVALID", sheetRow, M.candidateId.sv);
    }
    if (!isFilled(row.positionId)) {
      if (isFilled(row.candidateId)) onMatching("MATCH_POSITION_MISSING", sheetRow, M.positionId.sv);
    } else if (positionsTable !== undefined && !positionIds.has(normalizeKey(row.positionId))) {
      onMatching("MATCH_POSITION_UNKNOWN", sheetRow, M.positionId.sv, { value: quotable(row.positionId) });
    }
    // Dates: each filled one must be a date; then in order, including the placement's start when started.
    const dated: { label: { sv: string; en: string }; serial: number; header: string }[] = [];
    for (const step of DATE_STEPS) {
      const value = row[step.key];
      if (!isFilled(value)) continue;
      const serial = dateSerial(value ?? null);
      if (serial === null) onMatching("MATCH_NOT_A_DATE", sheetRow, M[step.key].sv);
      else dated.push({ label: step.label, serial, header: M[step.key].sv });
    }
    const caseKey = normalizeKey(row.caseId);
    const started = isStartedDecision(row.decision) && stageOf(row) === 4;
    if (started) {
      const start = dateSerial(placementStart.get(caseKey) ?? null);
      if (start !== null) dated.push({ label: START_LABEL, serial: start, header: M.caseId.sv });
    }
    for (let i = 1; i < dated.length; i++) {
      const earlier = dated.slice(0, i).reduce((a, b) => (b.serial > a.serial ? b : a));
      const later = dated[i]!;
      if (later.serial < earlier.serial) {
        onMatching("MATCH_DATES_OUT_OF_ORDER", sheetRow, later.header, {
          later: later.label, laterDate: serialToIso(later.serial), earlier: earlier.label, earlierDate: serialToIso(earlier.serial),
        });
        break; // one finding per row is enough to act on
      }
    }
    if (started && caseKey === "") onMatching("MATCH_STARTED_WITHOUT_CASE_ID", sheetRow, M.caseId.sv);
    if (caseKey !== "") {
      if (!placementStart.has(caseKey)) onMatching("MATCH_CASE_ID_UNKNOWN", sheetRow, M.caseId.sv, { value: quotable(row.caseId) });
      if (!started) onMatching("MATCH_CASE_ID_NOT_STARTED", sheetRow, M.caseId.sv, { value: quotable(row.caseId) });
      else if (startedCaseRows.has(caseKey)) {
        onMatching("MATCH_CASE_ID_REUSED", sheetRow, M.caseId.sv, { value: quotable(row.caseId), firstRow: String(startedCaseRows.get(caseKey)) });
      } else startedCaseRows.set(caseKey, sheetRow);
    }
  }

  // Positions: unique IDs, a filled one has a started candidate, an open one long without candidates.
  const onPosition = (code: FindingCode, sheetRow: number, header: string, values: TextValues): void => {
    const place = { sheet: positionsTable?.sheet ?? MATCHING_SHEETS.positions, address: addressIn(positionsTable, header, sheetRow), column: header, rowId: "" };
    findings.push(finding(code, place, { row: String(sheetRow), ...values }));
  };
  const withCandidates = new Set(matching.filter(({ row }) => stageOf(row) > 0).map(({ row }) => normalizeKey(row.positionId)));
  const withStart = new Set(matching.filter(({ row }) => stageOf(row) === 4).map(({ row }) => normalizeKey(row.positionId)));
  const firstRowOf = new Map<string, number>();
  const todaySerial = isoToSerial(today);
  for (const { row, sheetRow } of positions) {
    const id = normalizeKey(row.positionId);
    if (id === "") continue;
    const value = quotable(row.positionId);
    if (firstRowOf.has(id)) onPosition("MATCH_POSITION_DUPLICATE", sheetRow, L.positionId.sv, { value, firstRow: String(firstRowOf.get(id)) });
    else firstRowOf.set(id, sheetRow);
    if (normalizeKey(row.status) === normalizeKey(POSITION_FILLED) && !withStart.has(id)) onPosition("MATCH_FILLED_WITHOUT_START", sheetRow, L.status.sv, { value });
    const since = dateSerial(row.desiredStart ?? null);
    if (isOpenPosition(row) && !withCandidates.has(id) && since !== null && todaySerial - since > OPEN_TOO_LONG_DAYS) {
      onPosition("MATCH_OPEN_NO_CANDIDATES", sheetRow, L.desiredStart.sv, { value, days: String(todaySerial - since) });
    }
  }
  return findings;
}
