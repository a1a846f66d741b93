/**
 * A workbook's structure from its small package parts, for the streaming reader (read.ts): the sheets in
 * tab order with their parts, the tables on each sheet (from the table parts, as Excel defines them), the
 * defined names, the shared strings, which cell styles show a number as a date, and the 1904 date system.
 * The worksheets themselves, which can be hundreds of megabytes, are not read here (sheetRows.ts).
 */
import { attributeOf, decodeXmlText, elements, nextElement, stringItemText } from "./xmlText";

export interface SheetEntry {
  readonly name: string;
  /** Package part, e.g. "xl/worksheets/sheet2.xml". */
  readonly part: string;
}

export interface TableEntry {
  readonly name: string;
  readonly sheet: string;
  /** The range as the table part gives it, e.g. "A1:AD12". */
  readonly range: string;
  readonly headers: readonly string[];
}

export interface WorkbookParts {
  readonly sheets: readonly SheetEntry[];
  readonly tables: readonly TableEntry[];
  /** Defined name → its formula text (e.g. "Avtal!$B$5"), workbook-scoped names first. */
  readonly definedNames: ReadonlyMap<string, string>;
  readonly sharedStrings: readonly string[];
  /** Indexes of cell formats (the `s` of a cell) whose number format is a date or time. */
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** Thrown for a package without the parts of a workbook (the caller reports it as not an .xlsx). */
export class NotAWorkbookError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotAWorkbookError";
  }
}

/** `target` of a relationship in the .rels of a part in `folder`, as a package path. */
function resolveTarget(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/").filter((part) => part !== "");
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** Relationship id → target part, for the part `part` (its .rels next to it in `_rels/`). */
function relationships(text: (name: string) => string | undefined, part: string): Map<string, { type: string; target: string }> {
  const slash = part.lastIndexOf("/");
  const folder = part.slice(0, slash + 1);
  const rels = text(`${folder}_rels/${part.slice(slash + 1)}.rels`) ?? "";
  const found = new Map<string, { type: string; target: string }>();
  for (const { tag } of elements(rels, "Relationship")) {
    const id = attributeOf(tag, "Id");
    const target = attributeOf(tag, "Target");
    if (id === undefined || target === undefined || attributeOf(tag, "TargetMode") === "External") continue;
    found.set(id, { type: attributeOf(tag, "Type") ?? "", target: resolveTarget(folder, target) });
  }
  return found;
}

/**
 * Built-in number formats that are dates or times (ECMA-376 18.8.30: 14–22, 45–47), and the East Asian
 * built-ins that are dates (27–36, 50–58).
 */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date or time when, outside quoted text and [brackets], it has y, m, d, h or s. */
export function isDateFormatCode(code: string): boolean {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === "\\") {
      i++;
      continue;
    }
    if (quoted) quoted = ch !== '"';
    else if (bracket) bracket = ch !== "]";
    else if (ch === '"') quoted = true;
    else if (ch === "[") bracket = true;
    else if ("ymdhsbYMDHS".includes(ch)) return true;
  }
  return false;
}

function dateStylesOf(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const { tag } of elements(stylesXml, "numFmt")) {
    const id = Number(attributeOf(tag, "numFmtId"));
    const code = attributeOf(tag, "formatCode");
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const cellXfs = nextElement(stylesXml, 0, "cellXfs");
  const dates = new Set<number>();
  elements(cellXfs?.text ?? "", "xf").forEach(({ tag }, index) => {
    const id = Number(attributeOf(tag, "numFmtId") ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id)) dates.add(index);
  });
  return dates;
}

/** The structure of the package `parts` (unpacked small parts; worksheets may be absent from it). */
export function workbookParts(text: (name: string) => string | undefined): WorkbookParts {
  const workbookXml = text("xl/workbook.xml");
  if (workbookXml === undefined) throw new NotAWorkbookError("no xl/workbook.xml");
  const workbookRels = relationships(text, "xl/workbook.xml");
  const sheets: SheetEntry[] = [];
  for (const { tag } of elements(nextElement(workbookXml, 0, "sheets")?.text ?? "", "sheet")) {
    const name = attributeOf(tag, "name");
    const target = workbookRels.get(attributeOf(tag, "r:id") ?? "")?.target;
    if (name !== undefined && target !== undefined) sheets.push({ name, part: target });
  }
  if (sheets.length === 0) throw new NotAWorkbookError("no sheets");
  const tables: TableEntry[] = [];
  for (const sheet of sheets) {
    for (const { type, target } of relationships(text, sheet.part).values()) {
      if (!type.endsWith("/table")) continue;
      const tableXml = text(target);
      const root = tableXml === undefined ? null : nextElement(tableXml, 0, "table");
      const name = root ? attributeOf(root.tag, "name") ?? attributeOf(root.tag, "displayName") : undefined;
      const range = root ? attributeOf(root.tag, "ref") : undefined;
      if (!root || name === undefined || range === undefined) continue;
      const headers = elements(nextElement(root.text, 0, "tableColumns")?.text ?? "", "tableColumn").map(({ tag }) => attributeOf(tag, "name") ?? "");
      tables.push({ name, sheet: sheet.name, range: range.replace(/\$/g, ""), headers });
    }
  }
  const definedNames = new Map<string, string>();
  const scoped: [string, string][] = [];
  for (const { tag, text: formula } of elements(nextElement(workbookXml, 0, "definedNames")?.text ?? "", "definedName")) {
    const name = attributeOf(tag, "name");
    if (name === undefined) continue;
    if (attributeOf(tag, "localSheetId") === undefined) definedNames.set(name, decodeXmlText(formula));
    else scoped.push([name, decodeXmlText(formula)]);
  }
  for (const [name, formula] of scoped) if (!definedNames.has(name)) definedNames.set(name, formula);
  const byType = (suffix: string) => [...workbookRels.values()].find((rel) => rel.type.endsWith(suffix))?.target;
  const sharedStringsXml = text(byType("/sharedStrings") ?? "xl/sharedStrings.xml") ?? "";
  const workbookPr = nextElement(workbookXml, 0, "workbookPr");
  const date1904 = workbookPr !== null && ["1", "true"].includes(attributeOf(workbookPr.tag, "date1904") ?? "");
  return {
    sheets,
    tables,
    definedNames,
    sharedStrings: elements(sharedStringsXml, "si").map(({ text: item }) => stringItemText(item)),
    dateStyles: dateStylesOf(text(byType("/styles") ?? "xl/styles.xml") ?? ""),
    date1904,
  };
}
