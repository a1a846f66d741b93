/**
 * Post-processing of the package ExcelJS writes, for the parts of a TemplatePlan that ExcelJS cannot
 * express: calculated table columns, range data validations (one `sqref` per plan range, formulas and
 * date bounds exactly as given), formula-valued defined names, dynamic-array metadata and the custom
 * document property that marks the template version.
 */
import { isDateValue, type NamedRangeSpec, type RangeValidationPlan, type TemplatePlan, type ValidationRule } from "../domain/followup/types";
import { isoToSerial } from "../domain/common/dates";
import { toFileFormula } from "./file-formulas";

export type Package = Map<string, Uint8Array>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function readPart(pkg: Package, name: string): string {
  const bytes = pkg.get(name);
  if (!bytes) throw new Error(`package part ${name} is missing`);
  return decoder.decode(bytes);
}

function writePart(pkg: Package, name: string, xml: string): void {
  pkg.set(name, encoder.encode(xml));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Sheet name → worksheet part name ("xl/worksheets/sheet1.xml"). */
export function sheetParts(pkg: Package): Map<string, string> {
  const workbook = readPart(pkg, "xl/workbook.xml");
  const rels = readPart(pkg, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const rel of rels.match(/<Relationship\b[^<>]*>/g) ?? []) {
    const id = attribute(rel, "Id");
    const target = attribute(rel, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const sheet of workbook.match(/<sheet\b[^<>]*>/g) ?? []) {
    const name = attribute(sheet, "name");
    const id = attribute(sheet, "r:id");
    const target = id ? targets.get(id) : undefined;
    if (name && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

/** Table name → table part name ("xl/tables/table1.xml"). */
export function tableParts(pkg: Package): Map<string, string> {
  const parts = new Map<string, string>();
  for (const name of pkg.keys()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const root = /<table\b[^<>]*>/.exec(readPart(pkg, name))?.[0] ?? "";
    const tableName = attribute(root, "name");
    if (tableName) parts.set(unescapeXml(tableName), name);
  }
  return parts;
}

// ---------------------------------------------------------------- calculated columns

function patchTables(pkg: Package, plan: TemplatePlan): void {
  const parts = tableParts(pkg);
  for (const table of plan.tables) {
    const part = parts.get(table.spec.name);
    if (!part) continue;
    let xml = readPart(pkg, part);
    // ExcelJS marks a totals row that the template does not have.
    xml = xml.replace(/\stotalsRowShown="1"/, ' totalsRowShown="0"');
    xml = xml.replace(/<tableColumn\b([^<>]*?)\/>/g, (_whole, attributes: string) => {
      const clean = attributes.replace(/\s(totalsRowLabel|totalsRowFunction)="[^"]*"/g, "");
      const name = unescapeXml(attribute(clean, "name") ?? "");
      const column = table.spec.columns.find((candidate) => candidate.header === name);
      if (!column?.formula) return `<tableColumn${clean}/>`;
      return `<tableColumn${clean}><calculatedColumnFormula>${escapeXml(toFileFormula(column.formula))}</calculatedColumnFormula></tableColumn>`;
    });
    writePart(pkg, part, xml);
  }
}

// ---------------------------------------------------------------- data validation

const OPERATOR_DEFAULT = "between";

function bound(value: number | string | { date: string }): string {
  if (typeof value === "number") return String(value);
  if (isDateValue(value)) return String(isoToSerial(value.date));
  return escapeXml(toFileFormula(value));
}

function ruleXml(rule: ValidationRule): { attributes: string; formulas: string } {
  switch (rule.kind) {
    case "list":
      return { attributes: ' type="list"', formulas: `<formula1>${escapeXml(toFileFormula(rule.source))}</formula1>` };
    case "listValues":
      return { attributes: ' type="list"', formulas: `<formula1>${escapeXml(`"${rule.values.join(",")}"`)}</formula1>` };
    case "custom":
      return { attributes: ' type="custom"', formulas: `<formula1>${escapeXml(toFileFormula(rule.formula))}</formula1>` };
    case "whole":
    case "decimal":
    case "date":
    case "textLength": {
      const operator = rule.operator === OPERATOR_DEFAULT ? "" : ` operator="${rule.operator}"`;
      const second = rule.formula2 === undefined ? "" : `<formula2>${bound(rule.formula2)}</formula2>`;
      return { attributes: ` type="${rule.kind}"${operator}`, formulas: `<formula1>${bound(rule.formula1)}</formula1>${second}` };
    }
  }
}

function validationXml(item: RangeValidationPlan): string {
  const { rule, allowBlank, prompt, error } = item.validation;
  const { attributes, formulas } = ruleXml(rule);
  const parts = [
    attributes,
    allowBlank ? ' allowBlank="1"' : "",
    prompt ? ` showInputMessage="1" promptTitle="${escapeXml(prompt.title)}" prompt="${escapeXml(prompt.text)}"` : "",
    ' showErrorMessage="1"',
    error.style === "stop" ? "" : ` errorStyle="${error.style}"`,
    ` errorTitle="${escapeXml(error.title)}" error="${escapeXml(error.text)}"`,
    ` sqref="${item.range}"`,
  ];
  return `<dataValidation${parts.join("")}>${formulas}</dataValidation>`;
}

/** Elements that come after <dataValidations> in CT_Worksheet; the block goes before the first of them. */
const AFTER_DATA_VALIDATIONS = ["<hyperlinks", "<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks", "<drawing", "<legacyDrawing", "<tableParts", "<extLst", "</worksheet>"];

function insertBeforeFirst(xml: string, markers: readonly string[], block: string): string {
  const positions = markers.map((marker) => xml.indexOf(marker)).filter((index) => index >= 0);
  const at = Math.min(...positions);
  return xml.slice(0, at) + block + xml.slice(at);
}

/** The XML without its first `open`…`close` element (unchanged when there is none): indexOf, linear. */
function withoutElement(xml: string, open: string, close: string): string {
  const start = xml.indexOf(open);
  if (start < 0) return xml;
  const end = xml.indexOf(close, start);
  return end < 0 ? xml : xml.slice(0, start) + xml.slice(end + close.length);
}

function patchValidations(pkg: Package, plan: TemplatePlan, sheets: Map<string, string>): void {
  for (const sheet of plan.sheets) {
    const items = plan.validations.filter((item) => item.sheet === sheet.name);
    const part = sheets.get(sheet.name);
    if (items.length === 0 || !part) continue;
    const xml = withoutElement(readPart(pkg, part), "<dataValidations", "</dataValidations>");
    const block = `<dataValidations count="${items.length}">${items.map(validationXml).join("")}</dataValidations>`;
    writePart(pkg, part, insertBeforeFirst(xml, AFTER_DATA_VALIDATIONS, block));
  }
}

// ---------------------------------------------------------------- defined names

function definedNameXml(name: NamedRangeSpec): string {
  const hidden = name.hidden ? ' hidden="1"' : "";
  return `<definedName name="${escapeXml(name.name)}" comment="${escapeXml(name.comment)}"${hidden}>${escapeXml(toFileFormula(name.refersTo))}</definedName>`;
}

function patchDefinedNames(pkg: Package, plan: TemplatePlan): void {
  let xml = readPart(pkg, "xl/workbook.xml");
  // Excel's built-in names ExcelJS wrote (print area and titles) stay; the plan's names replace the rest.
  // indexOf and patterns kept within one element: linear on any workbook part.
  const open = xml.indexOf("<definedNames>");
  const close = open < 0 ? -1 : xml.indexOf("</definedNames>", open);
  const existing = close < 0 ? "" : xml.slice(open, close);
  const builtIn = existing.match(/<definedName name="_xlnm\.[^"<>]*"[^<>]*>[^<]*<\/definedName>/g) ?? [];
  xml = withoutElement(xml, "<definedNames>", "</definedNames>");
  const block = `<definedNames>${builtIn.join("")}${plan.names.map(definedNameXml).join("")}</definedNames>`;
  xml = xml.replace("</sheets>", `</sheets>${block}`);
  writePart(pkg, "xl/workbook.xml", xml);
}

// ---------------------------------------------------------------- dynamic arrays

const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

function addRelationship(pkg: Package, relsPart: string, type: string, target: string): void {
  const xml = readPart(pkg, relsPart);
  const ids = [...xml.matchAll(/Id="rId(\d+)"/g)].map((match) => Number(match[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  writePart(pkg, relsPart, xml.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
}

function addContentType(pkg: Package, partName: string, contentType: string): void {
  const xml = readPart(pkg, "[Content_Types].xml");
  writePart(pkg, "[Content_Types].xml", xml.replace("</Types>", `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`));
}

/** The sheet XML with the cell at `address` marked `cm="1"` (unless it already has a cm attribute). */
export function markDynamicArrayCell(xml: string, address: string): string {
  return xml.replace(new RegExp(`<c r="${address}"(?![^<>]*\\scm=)`), `<c r="${address}" cm="1"`);
}

/**
 * Marks the plan's dynamic-array cells as Excel 365 stores them: `cm="1"` pointing at a cell-metadata
 * record of type XLDAPR (dynamic array properties). Without it Excel opens the formula as a legacy
 * array formula (or with an implicit-intersection "@").
 */
function patchDynamicArrays(pkg: Package, plan: TemplatePlan, sheets: Map<string, string>): void {
  const cells = plan.cells.filter((cell) => cell.dynamicArray && cell.formula);
  if (cells.length === 0) return;
  for (const cell of cells) {
    const part = sheets.get(cell.sheet);
    if (!part) continue;
    const xml = readPart(pkg, part);
    writePart(pkg, part, markDynamicArrayCell(xml, cell.address));
  }
  writePart(pkg, "xl/metadata.xml", METADATA_XML);
  addContentType(pkg, "/xl/metadata.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml");
  addRelationship(pkg, "xl/_rels/workbook.xml.rels", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata", "metadata.xml");
}

// ---------------------------------------------------------------- custom document property

function patchCustomProperty(pkg: Package, plan: TemplatePlan): void {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${escapeXml(plan.marker.customProperty)}"><vt:lpwstr>${escapeXml(plan.version)}</vt:lpwstr></property>` +
    "</Properties>";
  writePart(pkg, "docProps/custom.xml", xml);
  addContentType(pkg, "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
  addRelationship(pkg, "_rels/.rels", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml");
}

/** Applies every patch; the package is changed in place. */
export function patchPackage(pkg: Package, plan: TemplatePlan): void {
  const sheets = sheetParts(pkg);
  patchTables(pkg, plan);
  patchValidations(pkg, plan, sheets);
  patchDefinedNames(pkg, plan);
  patchDynamicArrays(pkg, plan, sheets);
  patchCustomProperty(pkg, plan);
}
