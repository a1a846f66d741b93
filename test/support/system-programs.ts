/** System programs (Debian packages) that the test suites drive. `.ci/run` installs the same list. */
export interface SystemProgram {
  path: string;
  debianPackage: string;
  neededFor: string;
}

export const requiredSystemPrograms: SystemProgram[] = [
  { path: "/usr/bin/chromium", debianPackage: "chromium", neededFor: "browser tests of the task pane" },
  { path: "/usr/bin/soffice", debianPackage: "libreoffice-calc-nogui", neededFor: "recalculating the generated workbook" },
];
