/**
 * The Uppföljningsmall tab's services: the workbook's contract, applying the template plan, and the supplier
 * version with its personal-data check. Loaded on first use by officeServices.ts (the template definition and
 * the model are large, and the pane's first render needs neither).
 */
import type { Contract } from "../../domain/followup/contract";
import { isContractError } from "../../domain/followup/contract";
import type { CellValue, TemplatePlan } from "../../domain/followup/types";
import type { ValidationInput } from "../../domain/validation";
import { SupplierConfirmationNeeded, TaskpaneError } from "../shell/errors";
import { workbookContract, workbookPlacements } from "../template/workbookCopy";
import { parameterRows } from "./parameterRows";
import type { ServiceContext } from "./serviceContext";
import type { ApplySummary, SupplierFile, TemplateServices } from "./types";

/** The template plan and the personal-data check load on first use, in chunks of their own. */
const loadPlan = () => import(/* webpackChunkName: "domain-plan" */ "../../domain/followup/plan");
const loadSupplierCheck = () => import(/* webpackChunkName: "domain-supplier-check" */ "../../domain/validation/supplierCheck");

/** The supplier-version writer from src/xlsx, in its own chunk so the first render does not pay for ExcelJS. */
async function lazyXlsxWriter(plan: TemplatePlan, today: string): Promise<Uint8Array> {
  const { writeTemplateXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../../xlsx/write");
  // Today's results as cached values, for previews and Protected View at the supplier.
  return writeTemplateXlsx(plan, { today });
}

/** The contract back as the JSON parseContract reads (its values are already plain). */
function contractAsJson(contract: Contract): Record<string, unknown> {
  return { ...contract.values, ...(contract.targetGroups ? { targetGroups: contract.targetGroups.map((group) => group.name) } : {}) };
}

/** A bad Avtal value in the workbook is the user's to fix: say which, in both languages. */
function contractOrExplain(read: () => Contract): Contract {
  try {
    return read();
  } catch (error) {
    if (isContractError(error)) throw new TaskpaneError("error.contractInvalid", { sv: error.messageSv, en: error.messageEn }, { cause: error });
    throw error;
  }
}

/** Everything of TemplateServices but the status and opening a file, which officeServices.ts answers itself. */
export function templateServices({ workbook, guarded, options }: ServiceContext): Omit<TemplateServices, "templateStatus" | "openWorkbook"> {
  const writeXlsx = options.writeXlsx ?? lazyXlsxWriter;
  return {
    workbookContract: () =>
      guarded(async () => {
        if ((await workbook.templateVersion()) === null) return null;
        try {
          return workbookContract(await workbook.readFollowup(), {});
        } catch (error) {
          // A value the contract parser rejects is reported by validation; the form then starts from its defaults.
          if (isContractError(error)) return null;
          throw error;
        }
      }),

    applyTemplate: (contract, parameterYear, accept = [], work) =>
      guarded(async (): Promise<ApplySummary> => {
        const { buildTemplatePlan } = await loadPlan();
        const plan = buildTemplatePlan(contract, { parameterYear, parameters: parameterRows(parameterYear) });
        const outcome = await workbook.applyTemplate(plan, { accept: new Set(accept), ...(work ? { work } : {}) });
        if (!outcome.ok) {
          const messages = outcome.problems.map((problem) => problem.message);
          throw new TaskpaneError("error.templateConflict", {
            sv: messages.map((message) => message.sv).join(" "),
            en: messages.map((message) => message.en).join(" "),
          });
        }
        // The template is in place whatever happens here: auto-open is a convenience, never a reason to fail.
        await options.onTemplateApplied?.().catch(() => undefined);
        const { report } = outcome;
        return {
          sheetsCreated: report.createdSheets.length,
          sheetsUpdated: report.updatedSheets.length,
          contractChanges: report.contractChanges.map((change) =>
            change.kind === "formValue"
              ? { kind: change.kind, id: change.id, field: change.field, address: `${change.sheet}!${change.address}`, current: change.current, proposed: change.proposed }
              : { kind: change.kind, id: change.id, table: change.table, keys: change.keys },
          ),
          appliedChanges: report.appliedContractChanges.length,
          leftoverRows: report.leftoverRows.map(({ table, keys }) => ({ table, keys })),
        };
      }),

    supplierVersion: (formContract, parameterYear, confirmed = false) =>
      guarded(async (): Promise<SupplierFile> => {
        // A copy of the workbook as it is (its Avtal values and rows), when it has the template; else the form.
        let contract = formContract;
        let placements: CellValue[][] | undefined;
        let input: ValidationInput | undefined;
        if ((await workbook.templateVersion()) !== null) {
          input = await workbook.readFollowup();
          contract = contractOrExplain(() => workbookContract(input!, contractAsJson(formContract)));
          placements = workbookPlacements(input);
        }
        const { buildTemplatePlan } = await loadPlan();
        const plan = buildTemplatePlan(contract, { supplierVersion: true, parameterYear, parameters: parameterRows(parameterYear), placements });
        // Amendment v1.1 item 7: the personal-data check over the whole workbook before anything is made.
        const { checkSupplierPlan, checkSupplierWorkbook, describeItems, todayUtc } = await loadSupplierCheck();
        const check = input ? checkSupplierWorkbook(input, todayUtc()) : checkSupplierPlan(plan, todayUtc());
        if (check.blocking.length > 0) throw new TaskpaneError("error.supplierPersonalData", describeItems(check.blocking));
        if (!confirmed && (check.toConfirm.length > 0 || check.leftOut.length > 0)) {
          throw new SupplierConfirmationNeeded(describeItems(check.toConfirm), check.leftOut.length);
        }
        let bytes: Uint8Array;
        try {
          bytes = await writeXlsx(plan, options.today());
        } catch (error) {
          throw new TaskpaneError("error.download", undefined, { cause: error });
        }
        const id = contract.values.contractId;
        const name = typeof id === "string" && id !== "" ? id : "uppfoljning";
        return { fileName: `${name.replace(/[^\p{L}\p{N}_-]+/gu, "_")}_leverantor.xlsx`, bytes };
      }),

  };
}
