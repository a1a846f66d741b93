/**
 * The conformance checker: every part of an .xlsx package SYSS writes, against the limits Excel enforces
 * (src/domain/followup/excelLimits.ts, sources in docs/excel.md). We cannot run Excel here, so a file is
 * "Excel opens it without a repair prompt" only as far as these written rules go; each rule has a planted
 * violation in test/xlsx/conformance.test.ts that must make it fail.
 */
import { definedNameProblem, EXCEL_LIMITS, sheetNameProblem, validationTextProblem } from "../../src/domain/followup/excelLimits";
import { mapFunctionNames } from "../../src/xlsx/file-formulas";
import { storedPrefix } from "../../src/xlsx/future-functions";

export type ConformanceRule =
  | "validationText"
  | "validationFormula"
  | "sheetName"
  | "definedName"
  | "tableName"
  | "nameClash"
  | "functionPrefix"
  | "formulaLength"
  | "styleCount"
  | "stringCount"
  | "calculatedColumn";

export interface Violation {
  readonly rule: ConformanceRule;
  readonly part: string;
  readonly detail: string;
}

const decoder = new TextDecoder();

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match ? unescapeXml(match[1]!) : undefined;
}

/** Every function name a stored formula calls, as stored (with any prefix). */
function calledFunctions(formula: string): string[] {
  const names: string[] = [];
  mapFunctionNames(formula, (name) => {
    names.push(name);
    return name;
  });
  return names;
}

/** [MS-XLSX] 2.2.3: a future function carries exactly its prefix; a function every Excel knows carries none. */
function prefixProblems(formula: string): string[] {
  const problems: string[] = [];
  for (const stored of calledFunctions(formula)) {
    if (/^_xldudf_/i.test(stored)) continue;
    const bare = stored.replace(/^_xlfn\.(_xlws\.)?/i, "");
    const given = stored.slice(0, stored.length - bare.length).toLowerCase();
    const wanted = storedPrefix(bare).toLowerCase();
    if (given !== wanted) problems.push(`${stored} should be stored as ${storedPrefix(bare)}${bare}`);
  }
  return problems;
}

/** Quotes, brackets and parentheses balance outside string literals. */
function syntaxProblem(formula: string): string | undefined {
  if (formula.startsWith("=")) return "a stored formula has no leading =";
  let parens = 0;
  let brackets = 0;
  for (let i = 0; i < formula.length; i++) {
    const char = formula[i]!;
    if (char === '"') {
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"')) i += formula[i] === '"' ? 2 : 1;
      if (i >= formula.length) return "an unterminated text literal";
    } else if (char === "'" && brackets > 0) i++;
    else if (char === "[") brackets++;
    else if (char === "]") brackets--;
    else if (char === "(" && brackets === 0) parens++;
    else if (char === ")" && brackets === 0) parens--;
    if (parens < 0 || brackets < 0) return "a closing bracket without an opening one";
  }
  if (parens !== 0) return "unbalanced parentheses";
  if (brackets !== 0) return "unbalanced brackets";
  return undefined;
}

interface TableInfo {
  readonly part: string;
  readonly name: string;
  readonly columns: readonly string[];
}

/** Structured references must name an existing table and, inside it, existing columns. */
function structuredReferenceProblems(formula: string, own: TableInfo, tables: ReadonlyMap<string, TableInfo>): string[] {
  const problems: string[] = [];
  const unescapeColumn = (text: string) => text.replace(/'(.)/g, "$1");
  const checkColumns = (table: TableInfo, inner: string) => {
    const items = inner.startsWith("[") ? [...inner.matchAll(/\[((?:'.|[^\]])*)\]/g)].map((m) => m[1]!) : [inner];
    for (const item of items) {
      const name = unescapeColumn(item.replace(/^@/, ""));
      if (name.startsWith("#") || name === "") continue;
      if (!table.columns.some((column) => column.toLowerCase() === name.toLowerCase())) problems.push(`${table.name} has no column [${name}]`);
    }
  };
  // Table[...] and a bare [...] (this table) outside text literals.
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const match of code.matchAll(/([A-Za-z_\\][A-Za-z0-9_.\\]*)?\[((?:\[(?:'.|[^\]])*\]|'.|[^\]\[])*)\]/g)) {
    const tableName = match[1];
    const table = tableName ? tables.get(tableName.toLowerCase()) : own;
    if (!table) {
      problems.push(`no table ${tableName}`);
      continue;
    }
    checkColumns(table, match[2]!.replace(/^@/, ""));
  }
  return problems;
}

export function checkPackage(pkg: ReadonlyMap<string, Uint8Array>): Violation[] {
  const violations: Violation[] = [];
  const add = (rule: ConformanceRule, part: string, detail: string) => violations.push({ rule, part, detail });
  const text = (name: string) => decoder.decode(pkg.get(name) ?? new Uint8Array());
  const checkFormula = (part: string, formula: string, where: string) => {
    for (const problem of prefixProblems(formula)) add("functionPrefix", part, `${where}: ${problem}`);
    if (formula.length > EXCEL_LIMITS.formula) add("formulaLength", part, `${where}: ${formula.length} characters`);
  };

  // ---- workbook: sheets and defined names
  const workbook = text("xl/workbook.xml");
  const sheetNames = new Set<string>();
  for (const element of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attribute(element, "name") ?? "";
    const problem = sheetNameProblem(name);
    if (problem) add("sheetName", "xl/workbook.xml", `${name}: ${problem}`);
    if (sheetNames.has(name.toLowerCase())) add("sheetName", "xl/workbook.xml", `${name}: used twice`);
    sheetNames.add(name.toLowerCase());
  }

  const tables = new Map<string, TableInfo>();
  for (const [part] of pkg) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(part)) continue;
    const xml = text(part);
    const root = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
    const name = attribute(root, "name") ?? "";
    const displayName = attribute(root, "displayName") ?? "";
    for (const candidate of new Set([name, displayName])) {
      const problem = definedNameProblem(candidate);
      if (problem) add("tableName", part, `${candidate}: ${problem}`);
    }
    if (name !== displayName) add("tableName", part, `name ${name} and displayName ${displayName} differ`);
    if (tables.has(name.toLowerCase())) add("tableName", part, `${name}: used by two tables`);
    const columns = [...xml.matchAll(/<tableColumn\b[^>]*>/g)].map((m) => attribute(m[0], "name") ?? "");
    const seen = new Set<string>();
    for (const column of columns) {
      if (seen.has(column.toLowerCase())) add("tableName", part, `${name}: column ${column} twice`);
      seen.add(column.toLowerCase());
    }
    tables.set(name.toLowerCase(), { part, name, columns });
  }

  const definedNames = new Set<string>();
  for (const match of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const element = `<definedName${match[1]}>`;
    const name = attribute(element, "name") ?? "";
    const scope = attribute(element, "localSheetId") ?? "";
    // Excel's own built-in names (_xlnm.Print_Area, _xlnm.Print_Titles, …) follow their own rule.
    const builtIn = /^_xlnm\./.test(name);
    const problem = builtIn ? undefined : definedNameProblem(name);
    if (problem) add("definedName", "xl/workbook.xml", `${name}: ${problem}`);
    const key = `${scope}|${name.toLowerCase()}`;
    if (definedNames.has(key)) add("definedName", "xl/workbook.xml", `${name}: defined twice in one scope`);
    definedNames.add(key);
    if (tables.has(name.toLowerCase())) add("nameClash", "xl/workbook.xml", `${name} is both a defined name and a table`);
    checkFormula("xl/workbook.xml", unescapeXml(match[2]!), `name ${name}`);
    const comment = attribute(element, "comment");
    if (comment !== undefined && comment.length > 255) add("definedName", "xl/workbook.xml", `${name}: comment over 255 characters`);
  }

  // ---- tables: calculated columns
  for (const table of tables.values()) {
    const xml = text(table.part);
    for (const match of xml.matchAll(/<tableColumn\b([^>]*)>\s*<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/g)) {
      const column = attribute(`<c${match[1]}>`, "name") ?? "";
      const formula = unescapeXml(match[2]!);
      const where = `${table.name}[${column}]`;
      checkFormula(table.part, formula, where);
      const problem = syntaxProblem(formula);
      if (problem) add("calculatedColumn", table.part, `${where}: ${problem}`);
      for (const reference of structuredReferenceProblems(formula, table, tables)) add("calculatedColumn", table.part, `${where}: ${reference}`);
    }
  }

  // ---- styles and shared strings
  const styles = text("xl/styles.xml");
  const cellXfs = /<cellXfs\b([^>]*)>([\s\S]*?)<\/cellXfs>/.exec(styles);
  const formatCount = cellXfs ? (cellXfs[2]!.match(/<xf\b/g) ?? []).length : 0;
  if (cellXfs) {
    const declared = Number(attribute(`<x${cellXfs[1]}>`, "count"));
    if (declared !== formatCount) add("styleCount", "xl/styles.xml", `cellXfs count="${declared}" but ${formatCount} formats`);
    if (formatCount > EXCEL_LIMITS.cellFormats) add("styleCount", "xl/styles.xml", `${formatCount} cell formats`);
  }
  for (const collection of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellStyles", "dxfs"]) {
    const match = new RegExp(`<${collection}\\b([^>]*)>([\\s\\S]*?)</${collection}>`).exec(styles);
    if (!match) continue;
    const child = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellStyles: "cellStyle", dxfs: "dxf" }[collection]!;
    const actual = (match[2]!.match(new RegExp(`<${child}\\b`, "g")) ?? []).length;
    const declared = attribute(`<x${match[1]}>`, "count");
    if (declared !== undefined && Number(declared) !== actual) add("styleCount", "xl/styles.xml", `${collection} count="${declared}" but ${actual}`);
  }
  const sst = text("xl/sharedStrings.xml");
  const stringCount = (sst.match(/<si\b/g) ?? []).length;
  if (pkg.has("xl/sharedStrings.xml")) {
    const root = /<sst\b[^>]*>/.exec(sst)?.[0] ?? "";
    const unique = attribute(root, "uniqueCount");
    if (unique !== undefined && Number(unique) !== stringCount) add("stringCount", "xl/sharedStrings.xml", `uniqueCount="${unique}" but ${stringCount} strings`);
    for (const si of sst.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
      const value = unescapeXml([...si[1]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""));
      if (value.length > EXCEL_LIMITS.cellText) add("stringCount", "xl/sharedStrings.xml", `a string of ${value.length} characters`);
    }
  }

  // ---- worksheets: cells, formulas, validations, conditional formats
  for (const [part] of pkg) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(part)) continue;
    const xml = text(part);
    let sharedStringRefs = 0;
    for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = `<c${cell[1]}>`;
      const address = attribute(attributes, "r") ?? "?";
      const style = attribute(attributes, "s");
      if (style !== undefined && Number(style) >= formatCount) add("styleCount", part, `${address}: style ${style} of ${formatCount}`);
      const body = cell[2] ?? "";
      if (attribute(attributes, "t") === "s") {
        sharedStringRefs++;
        const index = Number(/<v>(\d+)<\/v>/.exec(body)?.[1]);
        if (!(index < stringCount)) add("stringCount", part, `${address}: shared string ${index} of ${stringCount}`);
      }
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body);
      if (formula) checkFormula(part, unescapeXml(formula[1]!), address);
    }
    if (sharedStringRefs > 0 && !pkg.has("xl/sharedStrings.xml")) add("stringCount", part, "shared strings used but no sharedStrings.xml");
    for (const match of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      const element = `<d${match[1]}>`;
      const where = `validation ${attribute(element, "sqref")}`;
      const problem = validationTextProblem({
        promptTitle: attribute(element, "promptTitle"),
        prompt: attribute(element, "prompt"),
        errorTitle: attribute(element, "errorTitle"),
        error: attribute(element, "error"),
      });
      if (problem) add("validationText", part, `${where}: ${problem}`);
      for (const formula of match[2]!.matchAll(/<formula[12]>([\s\S]*?)<\/formula[12]>/g)) {
        const value = unescapeXml(formula[1]!);
        if (value.length > EXCEL_LIMITS.validationFormula) add("validationFormula", part, `${where}: ${value.length} characters`);
        checkFormula(part, value, where);
      }
    }
    for (const match of xml.matchAll(/<cfRule\b[^>]*>([\s\S]*?)<\/cfRule>/g)) {
      for (const formula of match[1]!.matchAll(/<formula>([\s\S]*?)<\/formula>/g)) checkFormula(part, unescapeXml(formula[1]!), "conditional format");
    }
  }
  return violations;
}

/** For a failure message: one line per violation. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => `${v.rule} in ${v.part}: ${v.detail}`).join("\n");
}

