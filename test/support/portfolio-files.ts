/**
 * Follow-up files for the merge and portfolio tests: a procurer's full workbook and the supplier's
 * version of the same contract, written by the real template writer, and a way to change the package
 * (the version marker) the way another program would.
 */
import { parseContract } from "../../src/domain/followup/contract";
import { parsePlacements } from "../../src/domain/followup/placements";
import { buildTemplatePlan } from "../../src/domain/followup/plan";
import { writeTemplateXlsx } from "../../src/xlsx/write";
import { readZip, writeZip } from "../../src/xlsx/zip";

export const CONTRACT = {
  name: "Städ Norra",
  contractId: "AV-2025-001",
  supplier: "Städbolaget AB",
  start: "2025-01-01",
  end: "2026-12-31",
  requirementType: "valfri",
  commitmentMonths: 24,
  reportingInterval: "halvår",
};

export const ROW = {
  caseId: "P-001",
  targetGroup: "",
  gender: "Kvinna",
  form: "anställning",
  offeredDate: "2025-02-01",
  startDate: "2025-03-01",
  plannedEndDate: "2026-02-28",
  scope: 1,
  salary: 24000,
  endReason: "Pågår",
};

export async function followupFile(placements: readonly Record<string, unknown>[], options: { supplier?: boolean; contract?: Record<string, unknown> } = {}): Promise<Uint8Array> {
  const plan = buildTemplatePlan(parseContract({ ...CONTRACT, ...(options.contract ?? {}) }), {
    placements: parsePlacements(placements.map((row) => ({ ...row }))),
    supplierVersion: options.supplier === true,
  });
  return writeTemplateXlsx(plan);
}

/** The same file with its template version marker (defined name and document property) changed. */
export async function withTemplateVersion(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const parts = await readZip(bytes);
  for (const name of ["xl/workbook.xml", "docProps/custom.xml"]) {
    const part = parts.get(name);
    if (part) parts.set(name, new TextEncoder().encode(new TextDecoder().decode(part).split(from).join(to)));
  }
  return writeZip(parts);
}
