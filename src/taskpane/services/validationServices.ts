/**
 * The Validera part of the services: validate, live mode, and the one-click fixes ("Rätta", "Ta bort",
 * "Ångra"). Every finding arrives with its own correction (Finding.correction), so nothing here reads the
 * workbook again: "Validera" is the port's read and write, "Rätta" its checked one-cell write.
 */
import { ownWriteGuard } from "./ownWrites";
import type { Finding } from "../../domain/validation/findings";
import { TaskpaneError } from "../shell/errors";
import { toTaskpaneError, type ServiceContext } from "./serviceContext";
import type { CorrectionResult, FindingView, ValidationServices, ValidationView } from "./types";

/** The contract status as the view needs it (the domain's ContractStatus has these and more). */
interface StatusPart {
  readonly status: ValidationView["status"];
  readonly commitment: number | null;
  readonly servedMonths: number;
  readonly notCounted?: ValidationView["notCounted"];
}

/** The pane's view of a finding; the correction rides along as the validation computed it. */
function toFindingView(finding: Finding): FindingView {
  const correction = finding.correction ?? null;
  const removes = correction?.clear === true;
  return {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    address: finding.address,
    column: finding.column,
    rowId: finding.rowId,
    message: finding.message,
    fix: finding.fix,
    correctable: correction !== null,
    proposal: correction === null || removes ? null : correction.shown,
    removes,
    correction,
  };
}

export function toValidationView(findings: readonly Finding[], status: StatusPart): ValidationView {
  return {
    status: status.status,
    ...(status.notCounted !== undefined ? { notCounted: status.notCounted } : {}),
    commitmentMonths: status.commitment,
    servedMonths: status.commitment === null ? null : status.servedMonths,
    findings: findings.map(toFindingView),
  };
}

/** A view's correction, only when it is about the view's own cell (a view is data a caller could have altered). */
function correctionOf(view: FindingView) {
  const correction = view.correction;
  if (correction === null || !view.correctable || correction.sheet !== view.sheet || correction.address !== view.address) return null;
  return correction;
}

export function validationServices(context: ServiceContext): ValidationServices {
  const { workbook, guarded } = context;
  /**
   * The add-in's own writes to the follow-up tables ("Rätta", "Ta bort", "Ångra") are no user edits: while one
   * runs, and for one macrotask after it (Office delivers a sync's events after the sync), edit events are not
   * passed on, so a result is not marked stale by the pane's own fix.
   */
  const ownWrites = ownWriteGuard();
  const ownWrite = ownWrites.around;
  return {
    validate: (work) =>
      guarded(async () => {
        // The port reads the template marker with the layout: no round trip of its own.
        const result = await workbook.validate(work);
        if (result === null) throw new TaskpaneError("error.templateMissing");
        return toValidationView(result.findings, result.status);
      }),

    selectCell: (sheet, address) => guarded(() => workbook.selectCell(sheet, address)),

    correctFinding: (view) =>
      guarded(async (): Promise<CorrectionResult> => {
        const correction = correctionOf(view);
        if (correction === null) return { outcome: "notCorrectable" };
        return ownWrite(() => workbook.correct(correction));
      }),

    undoCorrection: (undo) =>
      guarded(async () => {
        const outcome = await ownWrite(() => workbook.correct(undo));
        return outcome.outcome === "corrected" ? "undone" : "changedMeanwhile";
      }),

    watchEdits: (onEdit) =>
      guarded(async () => {
        const stop = await workbook.watchEdits(() => {
          if (ownWrites.idle()) onEdit();
        });
        return async () => stop();
      }),

    watchPlacements: (onResult, onError) =>
      guarded(async () => {
        await context.requireTemplate();
        let listening = true;
        // Live mode's failures reach the view through onError, not a rejection: record them for "Om SYSS" too.
        const liveError = (error: unknown) => {
          const mapped = toTaskpaneError(error);
          context.errorLog.record(mapped);
          onError(mapped);
        };
        const stop = await workbook.startLiveValidation({
          onUpdate: (update) => {
            if (listening) onResult(toValidationView(update.findings, update.status));
          },
          onError: (error) => {
            if (listening) liveError(error);
          },
        });
        return async () => {
          listening = false;
          await stop();
        };
      }),
  };
}
