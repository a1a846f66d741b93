/**
 * The preview's in-browser workbook: one simple grid per sheet of the Excel fake, with sheet tabs,
 * redrawn after every batch the add-in runs. Cells show their value, or the formula text when the fake
 * holds a formula (the fake stores formulas, it does not calculate them; a note above the grid says so).
 * Clicking a cell shows it in the formula bar, where it can be edited like in Excel; when the add-in selects
 * a cell ("Gå till"), the formula bar shows that cell's content, so Enter never writes another cell's text.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { cellName, columnLetter, parseCell } from "../../domain/common/a1";
import { serialToIso } from "../../domain/common/dates";
import type { WorkbookSnapshot } from "../../excel/fake";

const MAX_ROWS = 80;
const MAX_COLUMNS = 30;

function shown(value: unknown, formula: string | undefined, numberFormat: string | undefined): string {
  if (formula && (value === "" || value === undefined)) return formula;
  if (typeof value === "number" && numberFormat && /yy/.test(numberFormat) && value > 20000 && value < 80000) {
    // Excel serial date → yyyy-mm-dd, so dates read as dates in the preview.
    return serialToIso(value);
  }
  if (typeof value === "number" && numberFormat?.includes("%")) return `${Math.round(value * 1000) / 10} %`;
  return value === undefined || value === null ? "" : String(value);
}

/** What the formula bar shows for a cell: its formula, else its value as typed. */
function contentOf(cell: { value?: unknown; formula?: string } | undefined): string {
  if (cell?.formula) return cell.formula;
  return cell?.value === undefined || cell.value === null ? "" : String(cell.value);
}

export interface GridProps {
  readonly snapshot: WorkbookSnapshot;
  readonly onEdit: (sheet: string, address: string, text: string) => void;
}

export function WorkbookGrid({ snapshot, onEdit }: GridProps) {
  const sheets = snapshot.sheets;
  const activeFromExcel = snapshot.activeSheet;
  const [current, setCurrent] = useState(activeFromExcel);
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState("");

  // Follow Excel's active sheet (e.g. after the add-in selects a finding's cell).
  useEffect(() => setCurrent(activeFromExcel), [activeFromExcel]);
  useEffect(() => {
    const [sheet, address] = snapshot.selection.includes("!") ? snapshot.selection.split("!") : [activeFromExcel, snapshot.selection];
    if (sheet?.replace(/'/g, "") !== activeFromExcel || !address) return;
    const cell = address.replace(/\$/g, "").split(":")[0] ?? null;
    setSelected(cell);
    // The formula bar follows the selection, as Excel's does: never the previous cell's text.
    const state = cell ? snapshot.sheets.find((candidate) => candidate.name === activeFromExcel)?.cells[cell] : undefined;
    setDraft(contentOf(state));
  }, [snapshot.selection, activeFromExcel]);

  const sheet = sheets.find((candidate) => candidate.name === current) ?? sheets[0];
  const tables = snapshot.tables.filter((table) => table.sheet === sheet?.name);
  const { rows, columns } = useMemo(() => {
    let maxRow = 10;
    let maxColumn = 6;
    for (const [address, cell] of Object.entries(sheet?.cells ?? {})) {
      // Formats reach far below the tables (row 1000); only content decides how much grid to draw.
      if ((cell.value === "" || cell.value === undefined) && !cell.formula) continue;
      const { row0, column0 } = parseCell(address)!;
      maxRow = Math.max(maxRow, row0 + 2);
      maxColumn = Math.max(maxColumn, column0 + 2);
    }
    return { rows: Math.min(maxRow, MAX_ROWS), columns: Math.min(maxColumn, MAX_COLUMNS) };
  }, [sheet]);

  if (!sheet) return null;
  const cellState = selected ? sheet.cells[selected] : undefined;

  const select = (address: string) => {
    setSelected(address);
    setDraft(contentOf(sheet.cells[address]));
  };
  const hasFormulas = Object.values(sheet.cells).some((cell) => cell.formula);

  const commit = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && selected) onEdit(sheet.name, selected, draft);
  };

  return (
    <div className="preview-workbook">
      <div className="preview-formula-bar">
        <label htmlFor="preview-formula">{selected ? `${sheet.name}!${selected}` : sheet.name}</label>
        <input
          id="preview-formula"
          value={draft}
          disabled={!selected}
          placeholder={selected ? "" : "Klicka på en cell för att redigera / click a cell to edit"}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={commit}
        />
        {cellState?.formula && <span className="preview-note">formel / formula</span>}
      </div>
      {hasFormulas && (
        <p className="preview-note" data-formula-note="">
          Förhandsvisningen räknar inte formler: en cell med formel visar formeltexten (blå kursiv), i Excel visas resultatet. /
          The preview does not calculate formulas: a cell with a formula shows its text (blue italics); Excel shows the result.
        </p>
      )}
      {/* Focusable so keyboard users can scroll a grid wider or taller than the window. */}
      <div className="preview-grid-scroll" tabIndex={0} role="region" aria-label={`${sheet.name} – rutnät / grid`}>
        <table className="preview-grid" aria-label={`Blad ${sheet.name}`}>
          <thead>
            <tr>
              <th aria-hidden="true" />
              {Array.from({ length: columns }, (_, column) => (
                <th key={column} scope="col">
                  {columnLetter(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                <th scope="row">{row + 1}</th>
                {Array.from({ length: columns }, (_, column) => {
                  const address = cellName(row, column);
                  const cell = sheet.cells[address];
                  const classes = [
                    cell?.bold ? "bold" : "",
                    cell?.formula ? "formula" : "",
                    address === selected ? "selected" : "",
                  ].join(" ");
                  return (
                    <td
                      key={column}
                      className={classes}
                      style={cell?.fillColor ? { backgroundColor: cell.fillColor } : undefined}
                      onClick={() => select(address)}
                      title={cell?.formula}
                    >
                      {cell ? shown(cell.value, cell.formula, cell.numberFormat) : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tables.length > 0 && <p className="preview-note">Tabeller / tables: {tables.map((t) => `${t.name} (${t.address})`).join(", ")}</p>}
      <div className="preview-tabs" role="tablist" aria-label="Blad / sheets">
        {sheets.map((candidate) => (
          <button
            key={candidate.name}
            role="tab"
            aria-selected={candidate.name === sheet.name}
            className={candidate.visibility === "Visible" ? "" : "hidden-sheet"}
            onClick={() => {
              setCurrent(candidate.name);
              setSelected(null);
              setDraft("");
            }}
          >
            {candidate.name}
            {candidate.visibility === "Visible" ? "" : " (dold / hidden)"}
          </button>
        ))}
      </div>
    </div>
  );
}
