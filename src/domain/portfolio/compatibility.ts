/**
 * Whether a supplier's file may be merged into a full workbook: both SYSS files of the current template
 * version, and the same contract. Pure; the readers supply the version marker and the Avtal values.
 */
import { TEMPLATE_VERSION } from "../followup/template";
import type { MergeRefusalCode } from "../i18n/portfolio";
import { compareVersions } from "../common/versions";

export interface MergeSideFacts {
  readonly file: string;
  /** The template version marker, or null when the workbook has none. */
  readonly templateVersion: string | null;
  readonly contractId: string;
  readonly contractName: string;
  /** Placeringar has every column the current template gives the supplier (the shape of this version). */
  readonly hasCurrentColumns: boolean;
}

export interface Refusal {
  readonly code: MergeRefusalCode;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Refused when a file is not SYSS's or not of this template version (an older one is upgraded first). A
 * file without the version marker but with every current column is taken as current: some programs that
 * re-save a workbook (LibreOffice, scripts) drop the hidden name and the document property that hold it.
 */
export function versionRefusal(side: MergeSideFacts, current = TEMPLATE_VERSION): Refusal | null {
  const version = side.templateVersion?.trim() ?? "";
  if (version === "") return side.hasCurrentColumns ? null : { code: "notSyss", values: { file: side.file } };
  const order = compareVersions(version, current);
  if (order < 0) return { code: "olderVersion", values: { file: side.file, version, current } };
  if (order > 0) return { code: "newerVersion", values: { file: side.file, version, current } };
  return null;
}

const normalised = (text: string): string => text.trim().toUpperCase();

/**
 * A file from another contract: the Avtals-IDs differ (compared trimmed, ignoring case). When either file
 * lacks an ID, the contract names are compared instead, so an ID left blank does not open the door.
 */
export function contractRefusal(full: MergeSideFacts, supplier: MergeSideFacts): Refusal | null {
  const fullId = normalised(full.contractId);
  const supplierId = normalised(supplier.contractId);
  const differs =
    fullId !== "" && supplierId !== ""
      ? fullId !== supplierId
      : normalised(full.contractName) !== "" && normalised(supplier.contractName) !== "" && normalised(full.contractName) !== normalised(supplier.contractName);
  if (!differs) return null;
  const shown = (id: string, name: string): string => (id.trim() !== "" ? id.trim() : name.trim() !== "" ? `– (${name.trim()})` : "–");
  return {
    code: "otherContract",
    values: { file: supplier.file, target: full.file, supplierId: shown(supplier.contractId, supplier.contractName), targetId: shown(full.contractId, full.contractName) },
  };
}

/** The first reason to refuse the merge, or null. */
export function mergeRefusal(full: MergeSideFacts, supplier: MergeSideFacts): Refusal | null {
  return versionRefusal(supplier) ?? versionRefusal(full) ?? contractRefusal(full, supplier);
}
