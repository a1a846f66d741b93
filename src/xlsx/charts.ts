/**
 * Bar charts added to a written package: ExcelJS cannot create charts, so the chart parts, one drawing
 * part holding them, the relationships and the content types are written here (Office Open XML,
 * DrawingML charts). Each chart reads its categories and values from cells of the same sheet, so it
 * follows the figures when the workbook recalculates.
 */
import { escapeXml, readPart, sheetParts, type Package } from "./patch";

export interface BarChartSpec {
  readonly title: string;
  /** 1-based sheet rows of the categories (column A) and values (column B). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Where the chart sits: 0-based column and row of its top-left and bottom-right cells. */
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

const encoder = new TextEncoder();
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

function quotedSheet(sheet: string): string {
  return `'${sheet.split("'").join("''")}'`;
}

function chartXml(sheet: string, chart: BarChartSpec): string {
  const ref = (column: string) => `${quotedSheet(sheet)}!$${column}$${chart.firstRow}:$${column}$${chart.lastRow}`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    "<c:chart>" +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:cat><c:strRef><c:f>${escapeXml(ref("A"))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(ref("B"))}</c:f></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="80"/><c:axId val="500"/><c:axId val="501"/></c:barChart>' +
    // Categories top to bottom in the order of the rows beside the chart.
    '<c:catAx><c:axId val="500"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="501"/></c:catAx>' +
    '<c:valAx><c:axId val="501"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/><c:crossAx val="500"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function anchorXml(chart: BarChartSpec, index: number): string {
  const cell = (tag: string, at: { column: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    "<xdr:twoCellAnchor>" +
    cell("from", chart.from) +
    cell("to", chart.to) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart${index + 1}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
}

function freeName(pkg: Package, folder: string, stem: string): string {
  for (let n = 1; ; n++) if (!pkg.has(`${folder}${stem}${n}.xml`)) return `${folder}${stem}${n}.xml`;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Adds a relationship to a .rels part (made when missing); returns the Id used. */
function addRelationship(pkg: Package, relsPath: string, type: string, target: string, wantedId: string): string {
  const xml = pkg.has(relsPath) ? readPart(pkg, relsPath) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  let id = wantedId;
  for (let n = 2; xml.includes(`Id="${id}"`); n++) id = `${wantedId}${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  pkg.set(relsPath, encoder.encode(xml.replace("</Relationships>", `${entry}</Relationships>`)));
  return id;
}

function addContentType(pkg: Package, part: string, type: string): void {
  const xml = readPart(pkg, "[Content_Types].xml");
  pkg.set("[Content_Types].xml", encoder.encode(xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`)));
}

/** The worksheet's `<drawing>` element goes before these (the schema's order), else at the end. */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

function withDrawingElement(sheetXml: string, relationshipId: string): string {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((index) => index >= 0));
  return `${sheetXml.slice(0, at)}<drawing r:id="${relationshipId}"/>${sheetXml.slice(at)}`;
}

/** Adds the charts to the sheet (which must have no drawing yet, as a sheet SYSS just wrote). */
export function addBarCharts(pkg: Package, sheet: string, charts: readonly BarChartSpec[]): void {
  if (charts.length === 0) return;
  const sheetPart = sheetParts(pkg).get(sheet);
  if (sheetPart === undefined) throw new Error(`no sheet ${sheet}`);
  const drawingPart = freeName(pkg, "xl/drawings/", "drawing");
  const drawingRels = relsPathOf(drawingPart);
  charts.forEach((chart, index) => {
    const chartPart = freeName(pkg, "xl/charts/", "chart");
    pkg.set(chartPart, encoder.encode(chartXml(sheet, chart)));
    addContentType(pkg, chartPart, CHART_TYPE);
    addRelationship(pkg, drawingRels, REL_CHART, `../charts/${chartPart.slice("xl/charts/".length)}`, `rIdChart${index + 1}`);
  });
  const drawing =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    charts.map(anchorXml).join("") +
    "</xdr:wsDr>";
  pkg.set(drawingPart, encoder.encode(drawing));
  addContentType(pkg, drawingPart, DRAWING_TYPE);
  const id = addRelationship(pkg, relsPathOf(sheetPart), REL_DRAWING, `../drawings/${drawingPart.slice("xl/drawings/".length)}`, "rIdDrawing");
  let sheetXml = readPart(pkg, sheetPart);
  if (!sheetXml.includes('xmlns:r="')) sheetXml = sheetXml.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  pkg.set(sheetPart, encoder.encode(withDrawingElement(sheetXml, id)));
}
