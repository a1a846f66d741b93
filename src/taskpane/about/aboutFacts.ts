/**
 * The "Om SYSS" facts as label/value lines, in the UI language: the section shows them and "Kopiera" copies
 * the same lines as text, so what a user sees is exactly what support receives.
 */
import type { Translate } from "../shell/i18n";
import type { AboutInfo } from "../services/types";
import { ABOUT_PANE_TEXTS } from "../../domain/i18n/paneAbout";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(ABOUT_PANE_TEXTS);

export interface AboutFact {
  readonly label: string;
  /** One or more lines. */
  readonly lines: readonly string[];
}

export function aboutFacts(info: AboutInfo, t: Translate): AboutFact[] {
  const unknown = t("about.unknown");
  const none = t("about.none");
  const list = (items: readonly string[]) => (items.length === 0 ? none : items.join(", "));
  const { environment: env, workbook } = info;
  const facts: AboutFact[] = [
    { label: t("about.syssVersion"), lines: [info.syssVersion] },
    { label: t("about.host"), lines: [`${env.host ?? unknown} / ${env.platform ?? unknown}`] },
    { label: t("about.build"), lines: [env.build ?? unknown] },
    { label: t("about.language"), lines: [env.displayLanguage ?? unknown] },
    {
      label: t("about.requirementSets"),
      lines: env.requirementSets.map((set) => `${set.name} ${set.highest ?? t("about.notSupported")}`),
    },
  ];
  if (workbook === null) {
    facts.push({ label: t("about.templateVersion"), lines: [t("about.workbookUnread")] });
  } else {
    facts.push(
      { label: t("about.templateVersion"), lines: [workbook.templateVersion ?? t("about.noTemplate")] },
      { label: t("about.currentTemplate"), lines: [workbook.currentTemplateVersion] },
      {
        label: t("about.tables"),
        lines:
          workbook.tables.length === 0
            ? [none]
            : workbook.tables.map((table) =>
                [
                  t("about.table", { name: table.name, sheet: table.sheet, range: table.range }),
                  ...(table.missingColumns.length > 0 ? [t("about.missingColumns", { columns: table.missingColumns.join(", ") })] : []),
                  ...(table.renamedColumns.length > 0
                    ? [t("about.renamedColumns", { columns: table.renamedColumns.map((pair) => `${pair.expected} → ${pair.found}`).join(", ") })]
                    : []),
                  ...(table.unknownColumns.length > 0 ? [t("about.unknownColumns", { columns: table.unknownColumns.join(", ") })] : []),
                ].join("; "),
              ),
      },
      { label: t("about.missingTables"), lines: [list(workbook.missingTables)] },
      { label: t("about.missingSheets"), lines: [list(workbook.sheets.missing)] },
      { label: t("about.foreignSheets"), lines: [list(workbook.sheets.foreign)] },
      {
        label: t("about.foreignFormulas"),
        lines: [workbook.foreignFormulas.count === 0 ? "0" : `${workbook.foreignFormulas.count}: ${workbook.foreignFormulas.cells.join(", ")}`],
      },
    );
  }
  facts.push({
    label: t("about.errors"),
    lines:
      info.recentErrors.length === 0
        ? [none]
        : info.recentErrors.map((error) => {
            const details = [error.code, error.location].filter((part): part is string => part !== null);
            return `${error.at} ${error.kind}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
          }),
  });
  return facts;
}

/** The facts as plain text for a support e-mail: "Label: value", several lines indented below their label. */
export function aboutText(info: AboutInfo, t: Translate): string {
  const lines = [t("about.heading")];
  for (const fact of aboutFacts(info, t)) {
    if (fact.lines.length === 1) lines.push(`${fact.label}: ${fact.lines[0]}`);
    else lines.push(`${fact.label}:`, ...fact.lines.map((line) => `  ${line}`));
  }
  return `${lines.join("\n")}\n`;
}
