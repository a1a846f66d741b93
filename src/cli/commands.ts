/**
 * The `syss` sub-commands. Each lives in its own module under commands/; register it here.
 */
import type { CliCommand } from "./io";
import { versionCommand } from "./commands/version";
import { effectCommand } from "./commands/effect";
import { paramsCommand } from "./commands/params";
import { piiCommand } from "./commands/pii";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { sizeCommand } from "./commands/size";
import { sensitivityCommand } from "./commands/sensitivity";
import { clauseCommand } from "./commands/clause";
import { doctorCommand } from "./commands/doctor";
import { funnelCommand } from "./commands/funnel";
import { mergeCommand } from "./commands/merge";
import { portfolioCommand } from "./commands/portfolio";

export const commands: Record<string, { run: CliCommand; summary: string }> = {
  version: { run: versionCommand, summary: "print the add-in version" },
  effect: { run: effectCommand, summary: "socio-economic effect per actor: JSON input on stdin, JSON result on stdout" },
  params: { run: paramsCommand, summary: "list the model parameters of a year (--year Y)" },
  template: { run: templateCommand, summary: "write the follow-up workbook (--out FILE.xlsx [--contract contract.json] [--supplier] [--year Y])" },
  validate: { run: validateCommand, summary: "check a filled follow-up workbook: FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]; findings and status as JSON" },
  size: { run: sizeCommand, summary: "size the commitment N: --value KR --labour-share 0.4 [--share 0.05] [--salary KR] [--year Y] [--months M] [--pools FILE.json]" },
  sensitivity: { run: sensitivityCommand, summary: "ex-ante totals, ranges and break-even production factor: JSON profile(s) on stdin" },
  clause: { run: clauseCommand, summary: "the employment-requirement clause as text: --contract contract.json [--lang sv|en]" },
  doctor: { run: doctorCommand, summary: "what SYSS recognises in a workbook, for support: FILE.xlsx [--lang sv|en]; JSON" },
  funnel: { run: funnelCommand, summary: "the recruitment funnel of a full workbook: FILE.xlsx [--today YYYY-MM-DD] [--lang sv|en]; JSON" },
  merge: { run: mergeCommand, summary: "merge a supplier's returned file into the full workbook: SUPPLIER.xlsx --into FULL.xlsx [--out FILE] [--dry-run]; JSON" },
  portfolio: { run: portfolioCommand, summary: "the portfolio over many contract files: FOLDER|FILES… [--out FILE.xlsx] [--report] [--json] [--no-suppress]" },
  pii: { run: piiCommand, summary: "find personnummer, e-mail and phone numbers: text lines on stdin, JSON lines on stdout" },
};
