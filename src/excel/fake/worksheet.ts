/** Worksheet proxies and the workbook's worksheet collection. */
import type { ExcelPageLayout, ExcelWorksheet, ExcelWorksheetCollection, ExcelWorksheetFreezePanes, ExcelSheetVisibility } from "../host/api";
import { SHEET_COLUMNS, SHEET_ROWS, type CellRect } from "../../domain/common/a1";
import { parseAddress } from "./address";
import { FakeClientObject, FakeCollection } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeRange } from "./range";
import { hasContent, keyColumn, keyRow, newSheet, type PageLayoutState, type SheetState, type WorkbookState } from "./state";
import { FakeTableCollection } from "./table";
import { FakeChartCollection } from "./chart";

export function findSheet(state: WorkbookState, key: string): SheetState | undefined {
  const lower = key.toLowerCase();
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === lower || sheet.id === key);
}

function checkSheetName(state: WorkbookState, name: string, self?: SheetState): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid worksheet name.`);
  }
  const clash = findSheet(state, name);
  if (clash && clash !== self) {
    throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${clash.name}' already exists.`);
  }
}

/** The bounding box of the stored cells (values only, or values and formatting). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): CellRect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && !hasContent(cell)) continue;
    const row = keyRow(key);
    const column = keyColumn(key);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return undefined;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Paper sizes the fake accepts (a subset of Excel.PaperType). */
const PAPER_SIZES = new Set(["A3", "A4", "A5", "Letter", "Legal"]);
const ABSOLUTE_AREA = /^\$[A-Z]{1,3}\$\d+(:\$[A-Z]{1,3}\$\d+)?$/;
const TITLE_ROWS = /^\$(\d+):\$(\d+)$/;

/**
 * worksheet.pageLayout as the fake models it: writes are queued and checked like Excel's (known orientation
 * and paper size, fit-to-pages 0–32767, no scale together with fit-to-pages, a print area on the sheet, title
 * rows as whole rows). Reading the properties back is not modelled: SYSS only writes them.
 */
class FakePageLayout implements ExcelPageLayout {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetState,
  ) {}

  private write(check: () => void, apply: (layout: PageLayoutState) => void): void {
    this.context.enqueue({
      kind: "write",
      run: () => {
        check();
        apply(this.sheet().pageLayout);
      },
    });
  }

  get orientation(): string {
    throw propertyNotLoaded("PageLayout", "orientation");
  }
  set orientation(value: string) {
    this.write(
      () => {
        if (value !== "Portrait" && value !== "Landscape") throw new FakeOfficeError("InvalidArgument", `'${value}' is not a page orientation.`);
      },
      (layout) => (layout.orientation = value as PageLayoutState["orientation"]),
    );
  }

  get paperSize(): string {
    throw propertyNotLoaded("PageLayout", "paperSize");
  }
  set paperSize(value: string) {
    this.write(
      () => {
        if (!PAPER_SIZES.has(value)) throw new FakeOfficeError("InvalidArgument", `'${value}' is not a paper size.`);
      },
      (layout) => (layout.paperSize = value),
    );
  }

  get zoom(): ExcelPageLayout["zoom"] {
    throw propertyNotLoaded("PageLayout", "zoom");
  }
  set zoom(value: ExcelPageLayout["zoom"]) {
    const zoom = { ...value };
    this.write(
      () => {
        const fit = [zoom.horizontalFitToPages, zoom.verticalFitToPages].filter((n) => n !== undefined && n !== null);
        if (fit.some((n) => !Number.isInteger(n) || n! < 0 || n! > 32767)) throw new FakeOfficeError("InvalidArgument", "Fit-to-pages must be a whole number from 0 to 32767.");
        if (zoom.scale !== undefined && zoom.scale !== null && (fit.length > 0 || zoom.scale < 10 || zoom.scale > 400)) {
          throw new FakeOfficeError("InvalidArgument", "A scale is 10–400 and cannot be combined with fit-to-pages.");
        }
      },
      (layout) => {
        layout.horizontalFitToPages = zoom.horizontalFitToPages ?? null;
        layout.verticalFitToPages = zoom.verticalFitToPages ?? null;
      },
    );
  }

  setPrintArea(printArea: string): void {
    this.write(
      () => {
        if (!ABSOLUTE_AREA.test(printArea)) throw new FakeOfficeError("InvalidArgument", `'${printArea}' is not a print area on this sheet.`);
        parseAddress(printArea.replace(/\$/g, ""));
      },
      (layout) => (layout.printArea = printArea),
    );
  }

  setPrintTitleRows(rows: string): void {
    this.write(
      () => {
        const match = TITLE_ROWS.exec(rows);
        if (!match || Number(match[1]) < 1 || Number(match[2]) < Number(match[1]) || Number(match[2]) > SHEET_ROWS) {
          throw new FakeOfficeError("InvalidArgument", `'${rows}' is not a range of whole rows such as $1:$1.`);
        }
      },
      (layout) => (layout.printTitleRows = rows),
    );
  }

  get headersFooters(): ExcelPageLayout["headersFooters"] {
    const footer = (side: "leftFooter" | "rightFooter") => ({
      get: (): string => {
        throw propertyNotLoaded("HeaderFooter", side);
      },
      set: (text: string) =>
        this.write(
          () => {
            // Excel's limit on a header or footer is 255 characters.
            if (text.length > 255) throw new FakeOfficeError("InvalidArgument", "A footer is at most 255 characters.");
          },
          (layout) => (layout[side] = text),
        ),
    });
    const left = footer("leftFooter");
    const right = footer("rightFooter");
    return {
      defaultForAllPages: {
        get leftFooter() {
          return left.get();
        },
        set leftFooter(text: string) {
          left.set(text);
        },
        get rightFooter() {
          return right.get();
        },
        set rightFooter(text: string) {
          right.set(text);
        },
      },
    };
  }
}

export class FakeWorksheet extends FakeClientObject implements ExcelWorksheet {
  protected readonly typeName = "Worksheet";
  protected readonly scalarNames = ["id", "name", "position", "visibility", "tabColor"] as const;
  private bound: SheetState | undefined;
  private readonly locate: () => SheetState | undefined;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly freezePanes: ExcelWorksheetFreezePanes;
  readonly charts: FakeChartCollection;
  readonly pageLayout: ExcelPageLayout;

  constructor(context: FakeRequestContext, locate: () => SheetState | undefined, nullable = false) {
    super(context, nullable);
    this.locate = locate;
    this.tables = new FakeTableCollection(context, () => this.sheet());
    this.names = new FakeNamedItemCollection(context, () => this.sheet());
    this.charts = new FakeChartCollection(context, () => this.sheet());
    this.pageLayout = new FakePageLayout(context, () => this.sheet());
    const freeze = (rows: number | undefined, columns: number | undefined): void =>
      context.enqueue({
        kind: "write",
        run: () => {
          const sheet = this.sheet();
          if (rows !== undefined) sheet.frozenRows = rows;
          if (columns !== undefined) sheet.frozenColumns = columns;
        },
      });
    this.freezePanes = {
      freezeRows: (count = 1) => freeze(count, 0),
      freezeColumns: (count = 1) => freeze(0, count),
      freezeAt: (frozenRange: string) => {
        const { rect } = parseAddress(frozenRange);
        freeze(rect.top + rect.rows, rect.left + rect.columns);
      },
      unfreeze: () => freeze(0, 0),
    };
  }

  /** At sync: the sheet this proxy is bound to (bound at first use, so a rename later in the batch keeps it). */
  sheet(): SheetState {
    if (!this.bound) {
      const found = this.locate();
      if (!found) throw new FakeOfficeError("ItemNotFound", "The requested worksheet does not exist.");
      this.bound = found;
    }
    if (!this.context.host.state.sheets.includes(this.bound)) {
      throw new FakeOfficeError("ItemNotFound", `The worksheet '${this.bound.name}' no longer exists.`);
    }
    return this.bound;
  }

  protected exists(): boolean {
    try {
      this.sheet();
      return true;
    } catch (error) {
      if (error instanceof FakeOfficeError && error.code === "ItemNotFound") return false;
      throw error;
    }
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === "tables") return this.tables;
    if (name === "names") return this.names;
    if (name === "charts") return this.charts;
    return undefined;
  }

  protected readScalar(name: string): unknown {
    const sheet = this.sheet();
    if (name === "id") return sheet.id;
    if (name === "name") return sheet.name;
    if (name === "position") return this.context.host.state.sheets.indexOf(sheet);
    if (name === "tabColor") return sheet.tabColor ?? "";
    return sheet.visibility;
  }

  get id(): string {
    return this.loaded("id");
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (batch) => {
      const sheet = this.sheet();
      checkSheetName(batch.state, name, sheet);
      sheet.name = name;
    });
  }

  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(color: string) {
    this.queueSet("tabColor", color, () => {
      if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color)) {
        throw new FakeOfficeError("InvalidArgument", `'${color}' is not a colour of the form #RRGGBB.`);
      }
      this.sheet().tabColor = color === "" ? undefined : color.toUpperCase();
    });
  }

  get position(): number {
    return this.loaded("position");
  }
  set position(position: number) {
    this.queueSet("position", position, (batch) => {
      const sheet = this.sheet();
      const sheets = batch.state.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) {
        throw new FakeOfficeError("InvalidArgument", `Position ${position} is outside 0…${sheets.length - 1}.`);
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  get visibility(): ExcelSheetVisibility {
    return this.loaded("visibility");
  }
  set visibility(visibility: ExcelSheetVisibility) {
    this.queueSet("visibility", visibility, (batch) => {
      const sheet = this.sheet();
      const next = String(visibility) as SheetState["visibility"];
      if (!["Visible", "Hidden", "VeryHidden"].includes(next)) {
        throw new FakeOfficeError("InvalidArgument", `'${next}' is not a sheet visibility.`);
      }
      const otherVisible = batch.state.sheets.some((other) => other !== sheet && other.visibility === "Visible");
      if (next !== "Visible" && !otherVisible) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible worksheet.");
      }
      sheet.visibility = next;
      if (next !== "Visible" && batch.state.activeSheetId === sheet.id) {
        batch.state.activeSheetId = batch.state.sheets.find((other) => other.visibility === "Visible")!.id;
      }
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, rect: { top: 0, left: 0, rows: SHEET_ROWS, columns: SHEET_COLUMNS } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new FakeOfficeError("InvalidArgument", `The address '${address}' is not on the sheet '${sheet.name}'.`);
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, rows: 1, columns: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : undefined;
      },
      true,
    );
  }

  activate(): void {
    this.queue((batch) => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible") {
        throw new FakeOfficeError("InvalidOperation", `The sheet '${sheet.name}' is hidden and cannot be activated.`);
      }
      batch.state.activeSheetId = sheet.id;
      batch.state.selection = { top: 0, left: 0, rows: 1, columns: 1 };
    }, "setting");
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> implements ExcelWorksheetCollection {
  protected readonly typeName = "WorksheetCollection";
  protected readonly scalarNames = [] as const;

  protected readScalar(): unknown {
    return undefined;
  }

  protected listItems(): FakeWorksheet[] {
    return this.context.host.state.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    this.queue((batch) => {
      const state = batch.state;
      let finalName = name;
      if (finalName === undefined) {
        let n = state.sheets.length + 1;
        while (findSheet(state, `Sheet${n}`)) n++;
        finalName = `Sheet${n}`;
      }
      checkSheetName(state, finalName);
      created = newSheet(this.context.host.newId("sheet"), finalName);
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => created);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.host.state, key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.host.state, key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.host.state, this.context.host.state.activeSheetId));
  }
}
