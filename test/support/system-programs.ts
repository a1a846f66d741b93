/** System programs (Debian packages) that the test suites drive. `.ci/run` installs the same list. */
export interface SystemProgram {
  path: string;
  debianPackage: string;
  neededFor: string;
}

export const requiredSystemPrograms: SystemProgram[] = [
  { path: "/usr/bin/chromium", debianPackage: "chromium", neededFor: "browser tests of the task pane" },
  { path: "/usr/bin/soffice", debianPackage: "libreoffice-calc-nogui", neededFor: "recalculating the generated workbook" },
  { path: "/usr/bin/hunspell", debianPackage: "hunspell", neededFor: "the Swedish spelling test of texts and docs" },
  { path: "/usr/share/hunspell/sv_SE.dic", debianPackage: "hunspell-sv", neededFor: "the Swedish dictionary of the spelling test" },
];

/**
 * The message `npm test` prints when programs are missing: what is missing and the one command that
 * installs all of it. `undefined` when nothing is missing.
 */
export function missingProgramsMessage(programs: SystemProgram[], exists: (path: string) => boolean): string | undefined {
  const missing = programs.filter((program) => !exists(program.path));
  if (missing.length === 0) return undefined;
  const lines = missing.map((program) => `Saknas / missing: ${program.path} (${program.neededFor})`);
  const packages = missing.map((program) => program.debianPackage).join(" ");
  return `${lines.join("\n")}\nInstallera med / install with:\n  sudo apt-get install -y ${packages}`;
}
