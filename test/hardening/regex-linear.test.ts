/**
 * Every regular expression in src/ runs in linear time on adversarial input (issue 15, item 2). The
 * test finds each regex literal and `new RegExp` in the source with the TypeScript parser, so a new
 * pattern fails here until it has its own adversarial inputs below. Linearity is shown by comparing
 * growth across sizes (test/support/growth.ts), never by a time limit.
 */
import { expect } from "chai";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { growth, linearBound } from "../support/growth";
import { findEmailAddresses, findIdentityNumbers, findSwedishPhoneNumbers, parseIdentityNumber } from "../../src/domain/validation/pii";
import { detectPersonalData } from "../../src/domain/validation/pii";
import { fromFileFormula, toFileFormula } from "../../src/xlsx/file-formulas";
import { attribute, markDynamicArrayCell } from "../../src/xlsx/patch";
import { readMarker } from "../../src/xlsx/read";
import { readOverrides } from "../../src/functions/overrides";

type Input = (n: number) => string;
const repeat = (unit: string, prefix = "", suffix = "!"): Input => (n) => prefix + unit.repeat(n) + suffix;

/** Adversarial inputs per regex literal, as it is written in the source. */
const LITERALS: Record<string, Input[]> = {
  // The in-memory Excel (src/excel/fake), used by the npm start preview: A1 and R1C1 addresses, names, formulas.
  "/^\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})$/": [repeat("1", "A"), repeat("A", "$")],
  "/^\\$?([A-Za-z]{1,3})$/": [repeat("A", "$")],
  "/^\\$?(\\d{1,7})$/": [repeat("1", "$")],
  "/^[A-Za-z_][A-Za-z0-9_.]*$/": [repeat("a."), repeat("a")],
  "/^[A-Za-z]{1,3}\\d{1,7}$/": [repeat("1", "A")],
  "/^[Rr]\\d*[Cc]\\d*$/": [repeat("1", "R"), repeat("1", "R1C")],
  "/^[RrCc]$/": [repeat("R")],
  "/(?<![A-Za-z0-9_.$])((?:(?<!')'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\\$?[A-Za-z]{1,3}\\$?)(\\d{1,7})(?::(\\$?[A-Za-z]{1,3}\\$?)(\\d{1,7}))?(?![A-Za-z0-9_(!])/g": [repeat("A1+"), repeat("'a'!A1:"), repeat("''", "'"), repeat("a.", "", "!A1"), repeat("a")],
  "/^=((?:'[^']+(?:''[^']*)*')|[^!'\"]+)!(\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?)$/": [repeat("''", "='a"), repeat("a", "="), repeat("1", "=a!A")],
  "/^\".*\"$/": [repeat('"')],
  "/^-?\\d+$/": [repeat("1", "-")],
  "/^-?\\d*\\.\\d+(E[+-]?\\d+)?$/i": [repeat("1", "-"), repeat("1", ".", "E")],
  "/^#[0-9A-Fa-f]{6}$/": [repeat("a", "#")],
  "/^\\$[A-Z]{1,3}\\$\\d+(:\\$[A-Z]{1,3}\\$\\d+)?$/": [repeat("1", "$A$")],
  "/^\\$(\\d+):\\$(\\d+)$/": [repeat("1", "$")],
  "/^--([a-z]+)(?:=(.*))?$/": [repeat("a", "--"), repeat("=", "--a=", "\n")],
  "/^(\\d{4})-(\\d{2})-(\\d{2})$/": [repeat("1")],
  "/\\r?\\n/": [repeat("\r"), repeat("\r\n")],
  // Characters XML 1.0 cannot hold, dropped from text the .xlsx writer puts in cells (src/xlsx/sheetCells.ts).
  "/[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]/g": [repeat("\u0001"), repeat("a")],
  "/^(\\d{6})-?(\\d{4})$/": [repeat("1")],
  "/\\D/g": [repeat("a"), repeat("1")],
  "/^K-\\d{3,6}$/": [repeat("1", "K-"), repeat("K-")],
  "/^L-\\d{2,6}$/": [repeat("1", "L-"), repeat("L-")],
  "/^P-(\\d{1,9})$/i": [repeat("1", "P-"), repeat("P-")],
  "/(['#[\\]])/g": [repeat("'"), repeat("[]")],
  '/"/g': [repeat('"')],
  "/^\\$?([A-Z]+)\\$?(\\d+)$/": [repeat("A", "$"), repeat("1", "A")],
  "/'/g": [repeat("'")],
  "/^='?([^'!]+)'?!/": [repeat("a", "='"), repeat("'", "=")],
  "/\\{(\\w+)\\}/g": [repeat("{a"), repeat("a", "{"), repeat("{")],
  "/\\{(\\w+)\\}/": [repeat("{a"), repeat("a", "{")],
  "/\\([^()]*\\)\\s*$/": [repeat("( "), repeat("() "), repeat(" ", "(a)", "x")],
  "/\\p{M}/gu": [repeat("a\u0301")],
  "/[\\s\\-_]+/g": [repeat(" -_"), repeat(" a")],
  "/^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(e[+-]?\\d+)?$/i": [repeat("1"), repeat("1", "1.", "e"), repeat("1", "1e")],
  "/[\\s\\u00a0\\u202f]+/g": [repeat(" \u00a0"), repeat(" a")],
  "/kr$/i": [repeat("kr"), repeat("k")],
  "/^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][\\d:.]+Z?)?$/": [repeat("1:", "2026-01-01T")],
  "/\\$/g": [repeat("$")],
  "/^\\$?([A-Za-z]{1,3})\\$?(\\d+)$/": [repeat("1", "A")],
  "/\\d/": [repeat("a")],
  "/^(?:\\d{6}|\\d{8})$/": [repeat("1")],
  "/^\\d{4}$/": [repeat("1")],
  "/^\\d{2,}$/": [repeat("1")],
  "/^[1-9]\\d{7,8}$/": [repeat("1")],
  "/^[1-9]\\d{0,2}$/": [repeat("1")],
  "/^\\((\\d+)\\)/": [repeat("1", "(")],
  "/[()]/": [repeat("a")],
  "/\\D+/": [repeat("a", "", "")],
  "/(?:ISBN|ISSN|OCR|IBAN|BIC|Bankgiro|Plusgiro|BG|PG|Kundnr|Kundnummer|Fakturanr|Fakturanummer|Ordernr|Ordernummer|Artikelnr|Art\\.nr|Best\\.nr)(?:-1[03])?\\s*(?:[:#.]\\s*)?$/iu":
    [repeat(" ", "ISBN", "x"), repeat("ISBN "), repeat(" :", "ISBN")],
  "/\\d+/g": [repeat("1"), repeat("1a")],
  "/^[ \\u00A0]$/": [repeat(" ")],
  "/^=/": [repeat("=")],
  "/''/g": [repeat("'")],
  '/^="(.*)"$/': [repeat('"', "=")],
  '/""/g': [repeat('"')],
  "/^[+-]?[\\d\\s]*(?:[.,]\\d+|\\d)$/": [repeat(" 1", "", "x"), repeat("1", "1,", "x"), repeat(" ", "", "1x")],
  "/[\\s\\u00a0\\u202f]/g": [repeat(" ")],
  "/^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$/": [repeat("1"), repeat("1", "1.")],
  "/^([A-Z]+)(\\d+)$/": [repeat("A"), repeat("1", "A")],
  "/yy/": [repeat("y", "", "")],
  "/^-?\\d+([.,]\\d+)?$/": [repeat("1"), repeat("1", "1,")],
  "/^(true|false|sant|falskt)$/i": [repeat("true")],
  "/^(true|sant)$/i": [repeat("sant")],
  "/[^\\p{L}\\p{N}_-]+/gu": [repeat(" a"), repeat(" ")],
  "/\\s|%/g": [repeat(" %")],
  "/[\\s\\u00a0]/g": [repeat(" ")],
  "/^#?([0-9a-f]{6})$/i": [repeat("a", "#")],
  "/^\\d+$/": [repeat("1")],
  "/\\./g": [repeat(".")],
  "/&/g": [repeat("&")],
  "/</g": [repeat("<")],
  "/>/g": [repeat(">")],
  "/&quot;/g": [repeat("&quot")],
  "/&lt;/g": [repeat("&lt")],
  "/&gt;/g": [repeat("&gt")],
  "/&apos;/g": [repeat("&apos")],
  "/&amp;/g": [repeat("&amp")],
  "/<Relationship\\b[^<>]*>/g": [repeat("<Relationship a "), repeat(" ", "<Relationship")],
  "/<sheet\\b[^<>]*>/g": [repeat("<sheet a ")],
  "/^xl\\/tables\\/[^/]+\\.xml$/": [repeat("a", "xl/tables/"), repeat(".xml", "xl/tables/")],
  "/<table\\b[^<>]*>/": [repeat("<table a ")],
  '/\\stotalsRowShown="1"/': [repeat(' totalsRowShown="')],
  "/<tableColumn\\b([^<>]*?)\\/>/g": [repeat("<tableColumn /"), repeat("/", "<tableColumn")],
  '/\\s(totalsRowLabel|totalsRowFunction)="[^"]*"/g': [repeat(' totalsRowLabel="a'), repeat(' totalsRowLabel="')],
  '/Id="rId(\\d+)"/g': [repeat('Id="rId1'), repeat("1", 'Id="rId')],
  '/^"|"$/g': [repeat('"')],
  "/^'?(.+?)'?!\\$?([A-Z]+)\\$?(\\d+)$/": [repeat("a!", "'"), repeat("A", "'a!"), repeat("!A", "'")],
  "/<calculatedColumnFormula\\b[^<>]*>[^<]*<\\/calculatedColumnFormula>/g": [
    repeat("<calculatedColumnFormula>"),
    repeat("<calculatedColumnFormula a"),
    repeat("a", "<calculatedColumnFormula>"),
  ],
  "/<calculatedColumnFormula\\b[^<>]*\\/>/g": [repeat("<calculatedColumnFormula /"), repeat("<calculatedColumnFormula ")],
  "/<tableColumn\\b([^<>]*?)>\\s*<\\/tableColumn>/g": [repeat("<tableColumn a> "), repeat("<tableColumn a")],
  "/(?![\\p{L}\\p{N}_])(?![.,/]\\d)/uy": [repeat("1")],
  "/^\\uFEFF/": [repeat("\uFEFF")],
  "/^--([a-z][a-z-]*)(?:=(.*))?$/": [repeat("a-", "--"), repeat("=", "--a=", "\n")],
  "/position (\\d+)/": [repeat("position "), repeat("1", "position ")],
  "/[\\\\/?*[\\]:]/": [repeat("a")],
  "/^([A-Za-z]{1,3})(\\d{1,7})$/": [repeat("1", "A")],
  "/^[Rr]\\d*([Cc]\\d*)?$/": [repeat("1", "R"), repeat("1", "R1C")],
  "/^[Cc]\\d*$/": [repeat("1", "C")],
  "/^[\\p{L}_\\\\][\\p{L}\\p{N}_.\\\\]*$/u": [repeat("a."), repeat("a", "a", " ")],
  "/^(TRUE|FALSE)$/i": [repeat("TRUE")],
  "/^[=+\\-@]/": [repeat("=")],
  "/^\\$?([A-Z]+)\\$?(\\d+)/": [repeat("A", "$"), repeat("A$")],
  "/(?<![A-Za-z0-9_.\\\\])([A-Za-z_\\\\][A-Za-z0-9_.\\\\]*)\\(/g": [repeat("a"), repeat("a."), repeat("1a"), repeat("a (")],
  "/^_xl/i": [repeat("_xl")],
  "/^_xlfn\\.(_xlws\\.)?/i": [repeat("_xlfn.")],
  '/<definedName name="_xlnm\\.[^"<>]*"[^<>]*>[^<]*<\\/definedName>/g': [
    repeat('<definedName name="_xlnm.a'),
    repeat('<definedName name="_xlnm.a" '),
    repeat("a", '<definedName name="_xlnm.a">'),
  ],
  "/^\\$?[A-Z]+\\$?1$/": [repeat("A", "$")],
  "/[A-Z]/g": [repeat("A")],
  "/_xl(?:fn|ws|pm)\\./gi": [repeat("_xlfn."), repeat("_xl")],
  "/\\[#This Row\\],\\s*/gi": [repeat("[#This Row], "), repeat(" ", "[#This Row],")],
  "/(?<![\\p{L}\\p{N}_.])[\\p{L}_][\\p{L}\\p{N}_.]*\\[@/gu": [repeat("a"), repeat("a."), repeat("a[@"), repeat("a ")],
  "/\\[@\\[([^[\\]]*)\\]\\]/g": [repeat("[@["), repeat("a", "[@["), repeat("[@[a]")],
  "/\\s+/g": [repeat(" a"), repeat(" ")],
  "/^\\$?([A-Z]+)\\$?(\\d+)$/i": [repeat("a", "$"), repeat("1", "a")],
  "/^.*!/": [repeat("a"), repeat("!a")],
  "/^(\\d{4})-(\\d{1,2})-(\\d{1,2})$/": [repeat("1"), repeat("1", "2026-1-")],
  "/[\\u2010-\\u2015\\u2212]/g": [repeat("\u2013")],
  "/^[A-Za-z][\\w.-]{0,79}$/": [repeat("a.")],
  "/^(.*?)_rels\\/[^/]+\\.rels$/": [repeat("_rels/a"), repeat("a_rels/.rels"), repeat("_rels/")],
  '/Target="\\//': [repeat('Target="'), repeat('Target="/')],
  '/TargetMode="External"/': [repeat('TargetMode="')],
  '/Target="\\/([^"]*)"/': [repeat('Target="/'), repeat("a", 'Target="/')],
  "/\\p{L}/u": [repeat("1")],
  "/[-'\\u2019]/": [repeat("a")],
  "/[\\p{L}\\p{N}]/u": [repeat(" ")],
  "/^([A-Z]+)(\\d+)/": [repeat("A"), repeat("1", "A", "")],
  "/(\\d+)/g": [repeat("1"), repeat("1:")],
  "/^\\d\\.\\s/": [repeat("1"), repeat("1. ")],
};

/** Adversarial inputs per source file for the patterns built with `new RegExp`, run through their function. */
// Functions that allocate per match (the scanners) are measured from a smaller size, so both sizes stay
// within the young generation and garbage collection does not pass for super-linear growth.
const CONSTRUCTED: Record<string, { count: number; small?: number; cases: { input: Input; run: (text: string) => unknown }[] }> = {
  "src/domain/validation/pii/email.ts": {
    count: 1,
    cases: [
      { input: repeat("a.", "", "@"), run: findEmailAddresses },
      { input: repeat("a-", "x@"), run: findEmailAddresses },
      { input: repeat("a.", "x@", "1"), run: findEmailAddresses },
      { input: repeat("a@"), run: findEmailAddresses },
    ],
  },
  "src/domain/validation/pii/identity-number.ts": {
    count: 2,
    cases: [
      { input: repeat("1"), run: (text) => findIdentityNumbers(text, { year: 2026, month: 1, day: 1 }) },
      { input: repeat("1.", "", "1234567890"), run: (text) => findIdentityNumbers(text, { year: 2026, month: 1, day: 1 }) },
      { input: repeat("1"), run: (text) => parseIdentityNumber(text, { year: 2026, month: 1, day: 1 }) },
    ],
  },
  "src/domain/validation/pii/phone.ts": {
    count: 2,
    small: 150,
    cases: [
      { input: repeat("0701 "), run: findSwedishPhoneNumbers },
      { input: repeat("1 "), run: findSwedishPhoneNumbers },
      { input: repeat("070-123 45 67 ", "", "x"), run: findSwedishPhoneNumbers },
      { input: repeat("0 - "), run: findSwedishPhoneNumbers },
      { input: repeat("+46 "), run: findSwedishPhoneNumbers },
      { input: repeat("(0"), run: findSwedishPhoneNumbers },
    ],
  },
  "src/xlsx/file-formulas.ts": {
    count: 1,
    cases: [
      { input: repeat("SYSS.a", "", ""), run: toFileFormula },
      { input: repeat("_xldudf_SYSS_a", "", ""), run: fromFileFormula },
      { input: repeat("_xldudf_SYSS_a(", "", ""), run: fromFileFormula },
      { input: repeat("a", "_xldudf_SYSS_", "("), run: fromFileFormula },
    ],
  },
  "src/xlsx/patch.ts": {
    count: 2,
    cases: [
      { input: repeat(' ref="'), run: (text) => attribute(text, "ref") },
      { input: repeat(' ref="a'), run: (text) => attribute(text, "ref") },
      { input: repeat('<c r="A1" '), run: (text) => markDynamicArrayCell(text, "A1") },
    ],
  },
  "src/xlsx/read.ts": {
    count: 2,
    cases: [
      { input: repeat('<definedName name="_SYSS_Mallversion" '), run: (text) => readMarker(new Map([["xl/workbook.xml", new TextEncoder().encode(text)]])) },
      { input: repeat('name="_SYSS_Mallversion" '), run: (text) => readMarker(new Map([["docProps/custom.xml", new TextEncoder().encode(text)]])) },
    ],
  },
};

interface FoundRegex {
  readonly file: string;
  readonly text: string;
}

function sourceFiles(directory: string, out: string[] = []): string[] {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function regexesInSource(): { literals: FoundRegex[]; constructed: FoundRegex[] } {
  const literals: FoundRegex[] = [];
  const constructed: FoundRegex[] = [];
  for (const path of sourceFiles("src")) {
    const file = relative(".", path).split("\\").join("/");
    const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals.push({ file, text: node.getText() });
      if (ts.isNewExpression(node) && node.expression.getText() === "RegExp") constructed.push({ file, text: node.getText() });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructed };
}

function compile(literal: string): RegExp {
  const end = literal.lastIndexOf("/");
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/** Runs the pattern the way the code does: every match for a global pattern, one test otherwise. */
function exercise(pattern: RegExp): (text: string) => unknown {
  return (text) => {
    pattern.lastIndex = 0;
    return pattern.global ? text.replace(pattern, "") : pattern.test(text);
  };
}

describe("regular expressions: linear time on adversarial input (issue 15, item 2)", function () {
  const found = regexesInSource();

  it("has adversarial inputs for every regex literal in src/", () => {
    const missing = [...new Set(found.literals.map((regex) => regex.text))].filter((text) => !(text in LITERALS));
    expect(missing, "regex literals without an entry in LITERALS").to.deep.equal([]);
  });

  it("has adversarial inputs for every file that builds a RegExp, one per pattern built", () => {
    const perFile = new Map<string, number>();
    for (const regex of found.constructed) perFile.set(regex.file, (perFile.get(regex.file) ?? 0) + 1);
    expect(Object.fromEntries(perFile)).to.deep.equal(Object.fromEntries(Object.entries(CONSTRUCTED).map(([file, entry]) => [file, entry.count])));
  });

  for (const [literal, inputs] of Object.entries(LITERALS)) {
    it(`${literal} grows linearly`, () => {
      const pattern = compile(literal);
      for (const input of inputs) {
        const ratio = growth(input, exercise(pattern));
        expect(ratio, `${literal} on ${JSON.stringify(input(3))}: time grew ${ratio.toFixed(1)}× for 8× the input`).to.be.below(linearBound());
      }
    });
  }

  for (const [file, entry] of Object.entries(CONSTRUCTED)) {
    it(`the patterns built in ${file} grow linearly`, () => {
      for (const { input, run } of entry.cases) {
        const ratio = growth(input, run, { small: entry.small ?? 400 });
        expect(ratio, `${file} on ${JSON.stringify(input(3))}: time grew ${ratio.toFixed(1)}× for 8× the input`).to.be.below(linearBound());
      }
    });
  }

  it("the parameter-table reader takes a 901-character Beskrivning of spaces and digits in linear time (the freeze)", () => {
    const table = (n: number): string => "1 ".repeat(n) + "x";
    const ratio = growth(table, (text) => readOverrides([["tax.municipal", text, 0.3]]), { small: 100 });
    expect(ratio).to.be.below(linearBound());
  });

  it("the personal-data scan of a comment full of numbers grows linearly (was cubic)", () => {
    const ratio = growth(repeat("0701 ", "", ""), (text) => detectPersonalData(text, { referenceDate: { year: 2026, month: 1, day: 1 } }), { small: 60 });
    expect(ratio).to.be.below(linearBound());
  });
});
