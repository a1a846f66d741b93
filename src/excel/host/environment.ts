/**
 * The Office host the add-in runs in, as plain data for the task pane's "Om SYSS" section: host, platform,
 * Office build, display language and the highest supported version of each requirement set SYSS relies on.
 * The caller passes Office.context (host/officeHost.ts does); nothing here reads a global, so tests fake it.
 */
import type { IsSetSupported } from "./api";

export interface RequirementSetSupport {
  readonly name: string;
  /** The highest version probed that the host supports, or null when it supports none of them. */
  readonly highest: string | null;
}

export interface HostEnvironment {
  readonly host: string | null;
  readonly platform: string | null;
  /** Office's build, e.g. "16.0.17928.20114". */
  readonly build: string | null;
  readonly displayLanguage: string | null;
  readonly requirementSets: readonly RequirementSetSupport[];
}

/** The part of Office.context read here. */
export interface OfficeContextLike {
  readonly diagnostics?: { readonly host?: unknown; readonly platform?: unknown; readonly version?: unknown } | null;
  readonly displayLanguage?: string | null;
  readonly requirements?: { readonly isSetSupported: IsSetSupported } | null;
}

/** The sets SYSS needs, with the versions worth telling apart (manifest: ExcelApi 1.9+, shared runtime, functions). */
export const REQUIREMENT_PROBES: readonly { readonly name: string; readonly versions: readonly string[] }[] = [
  { name: "ExcelApi", versions: Array.from({ length: 20 }, (_, index) => `1.${index + 1}`) },
  { name: "SharedRuntime", versions: ["1.1", "1.2"] },
  { name: "CustomFunctionsRuntime", versions: ["1.1", "1.2", "1.3", "1.4", "1.5"] },
];

function highestSupported(isSetSupported: IsSetSupported, name: string, versions: readonly string[]): string | null {
  let highest: string | null = null;
  for (const version of versions) {
    let supported = false;
    try {
      supported = isSetSupported(name, version);
    } catch {
      // A host that cannot answer supports nothing we can rely on.
    }
    if (supported) highest = version;
  }
  return highest;
}

/** Office's enum values are strings ("Excel", "PC", "OfficeOnline", "Mac"); anything else is not known. */
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

export function readHostEnvironment(context: OfficeContextLike | undefined): HostEnvironment {
  const isSetSupported = context?.requirements?.isSetSupported?.bind(context.requirements);
  return {
    host: text(context?.diagnostics?.host),
    platform: text(context?.diagnostics?.platform),
    build: text(context?.diagnostics?.version),
    displayLanguage: text(context?.displayLanguage),
    requirementSets: REQUIREMENT_PROBES.map(({ name, versions }) => ({
      name,
      highest: isSetSupported ? highestSupported(isSetSupported, name, versions) : null,
    })),
  };
}
