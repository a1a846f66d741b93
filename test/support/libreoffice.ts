/**
 * Headless LibreOffice as the tests' real spreadsheet engine: converts .xlsx files to .xlsx, which makes it
 * recalculate every formula on load (the files SYSS writes may carry no cached results, or cached results
 * the test wants checked). Each run gets its own profile, so no user setting leaks in.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);
const SOFFICE_CANDIDATES = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

/** The LibreOffice program; throws with the install command when it is missing (never a silent skip). */
export function sofficePath(): string {
  const soffice = SOFFICE_CANDIDATES.find((path) => existsSync(path));
  if (!soffice) throw new Error("LibreOffice is needed for this test: apt-get install -y libreoffice-calc-nogui");
  return soffice;
}

/**
 * Recalculates `files` (paths of .xlsx files) in one LibreOffice run, writing the results under
 * `workDir`/out with the same file names; returns that folder. `timeoutMs` stops a hung conversion.
 */
/** Only stops a hung conversion: two test suites at once on a loaded 2-core machine make soffice very slow. */
export const LIBREOFFICE_PATIENCE_MS = 600_000;

export async function recalculateInLibreOffice(workDir: string, files: readonly string[], timeoutMs = LIBREOFFICE_PATIENCE_MS): Promise<string> {
  const soffice = sofficePath();
  const profile = join(workDir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
  );
  const outDir = join(workDir, "out");
  await exec(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...files], {
    timeout: timeoutMs,
  });
  return outDir;
}
