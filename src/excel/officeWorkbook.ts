/**
 * The TemplatePort over Office.js. `run` and `isSetSupported` are injected: in Excel they are `Excel.run` and
 * `Office.context.requirements.isSetSupported` (see host/officeHost.ts); tests and the browser preview pass the fake.
 */
import { TEMPLATE } from "../domain/followup/template";
import type { TemplatePlan } from "../domain/followup/types";
import type { ExcelRun, IsSetSupported } from "./host/api";
import { applyTemplatePlan, type ApplyOptions } from "./template/apply";
import type { SheetWriterPort, TemplatePort } from "./workbook";
import { createOfficeSheetWriter } from "./sheets/writers";
import { readValidationInput } from "./validation/read";

export interface OfficeWorkbookOptions {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
}

/** The template part of the WorkbookPort, plus the sheet writers (calculation, Beslutsunderlag, Parametrar). */
export function createOfficeTemplatePort({ run, isSetSupported }: OfficeWorkbookOptions): TemplatePort & SheetWriterPort {
  return {
    ...createOfficeSheetWriter(run),
    templateVersion: () =>
      run(async (context) => {
        const property = context.workbook.properties.custom.getItemOrNullObject(TEMPLATE.marker.customProperty).load("value");
        const name = context.workbook.names.getItemOrNullObject(TEMPLATE.marker.definedName).load("formula");
        await context.sync();
        if (!property.isNullObject) return String(property.value);
        if (name.isNullObject) return null;
        return /^="(.*)"$/.exec(name.formula)?.[1] ?? null;
      }),

    applyTemplate: (plan: TemplatePlan, options?: ApplyOptions) => applyTemplatePlan(run, isSetSupported, plan, options),

    // One reader for the task pane and the validation: chunked under the request limit (validation/read.ts).
    readFollowup: () => run(async (context) => (await readValidationInput(context)).input),

    selectCell: (sheet: string, address: string) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).select();
        await context.sync();
      }),
  };
}
