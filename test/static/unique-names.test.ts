/**
 * Issue 10: "no top-level name defined in two src/ files with different meanings".
 *
 * Parses every src/ file with the TypeScript compiler and collects the names each file *declares* and
 * exports at top level (functions, classes, interfaces, types, enums, variables). Re-exports
 * (`export { x } from "./y"`) are not declarations and do not count. A name declared in two files is a
 * copy or a clash either way: keep one definition and import it.
 */
import { expect } from "chai";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "../support/build";

/**
 * Names that may be declared in more than one file, each with the reason. Keep it short: an entry here
 * is a promise that the declarations mean the same thing or must stay separate for a stated reason.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Same meaning: the workbook's shape (domain/followup/diagnosis WorkbookShape) read by each adapter,
  // the Office.js one (excel/sheets/workbookShape.ts) and the .xlsx one (xlsx/shape.ts).
  readWorkbookShape: "one port, two adapters",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const isExported = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The exported top-level names a file declares itself. */
export function declaredExports(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  // An overloaded function or a merged interface names itself more than once in the same file.
  return [...new Set(names)];
}

/** name → the files that declare it, for the names declared in more than one file. */
export function duplicateDeclarations(files: ReadonlyArray<{ file: string; text: string }>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const { file, text } of files) {
    for (const name of declaredExports(file, text)) byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return new Map([...byName].filter(([, where]) => where.length > 1));
}

describe("unique top-level names in src/ (issue 10)", () => {
  it("finds a name two files declare, and ignores re-exports and local names", () => {
    const found = duplicateDeclarations([
      { file: "a.ts", text: "export function columnLetter(i: number) { return String(i); }\nexport type Lang = 'sv';\nfunction local() {}" },
      { file: "b.ts", text: "export const columnLetter = (n: number) => String(n);\nfunction local() {}\nexport { Lang } from './a';" },
      { file: "c.tsx", text: "export interface Lang { x: 1 }\nexport default function View() { return <div />; }" },
    ]);
    expect([...found]).to.deep.equal([
      ["columnLetter", ["a.ts", "b.ts"]],
      ["Lang", ["a.ts", "c.tsx"]],
    ]);
  });

  const srcFiles = () => sourceFiles(path.join(REPO_ROOT, "src")).map((file) => ({ file: path.relative(REPO_ROOT, file), text: readFileSync(file, "utf8") }));

  it("no exported name is declared in two src/ files, except the commented allow-list", () => {
    const clashes = [...duplicateDeclarations(srcFiles())].filter(([name]) => !(name in ALLOWED)).map(([name, where]) => `${name}: ${where.join(", ")}`);
    expect(clashes, clashes.join("\n")).to.deep.equal([]);
  });

  it("every allow-list entry is still needed", () => {
    const duplicated = duplicateDeclarations(srcFiles());
    expect(Object.keys(ALLOWED).filter((name) => !duplicated.has(name))).to.deep.equal([]);
  });
});
