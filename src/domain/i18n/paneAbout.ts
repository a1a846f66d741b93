/**
 * The "Om SYSS" tab's texts in Swedish and English. Not in the first-load table (ui.ts): the tab's code adds them
 * with registerPaneTexts when it loads (issue 19), and the same checks (same keys, placeholders, spelling)
 * cover them.
 */
import type { PaneTexts } from "./ui";

const SV = {
  "about.intro": "Uppgifter att skicka till supporten om något inte fungerar som det ska. De innehåller inga cellvärden.",
  "about.syssVersion": "SYSS-version",
  "about.templateVersion": "Mallversion i arbetsboken",
  "about.noTemplate": "ingen (arbetsboken saknar SYSS-mallen)",
  "about.currentTemplate": "Mallversion som tillägget skriver",
  "about.host": "Office-program och plattform",
  "about.build": "Office-version",
  "about.language": "Visningsspråk",
  "about.requirementSets": "Kravuppsättningar som stöds",
  "about.notSupported": "stöds inte",
  "about.unknown": "okänt",
  "about.tables": "Tabeller",
  "about.table": "{name} på bladet {sheet}, {range}",
  "about.missingColumns": "saknade kolumner: {columns}",
  "about.renamedColumns": "omdöpta kolumner: {columns}",
  "about.unknownColumns": "egna kolumner: {columns}",
  "about.missingTables": "Saknade tabeller",
  "about.missingSheets": "Saknade blad",
  "about.foreignSheets": "Blad som inte är SYSS",
  "about.foreignFormulas": "Formler som inte är SYSS",
  "about.none": "inga",
  "about.workbookUnread": "Arbetsboken kunde inte läsas.",
  "about.errors": "Senaste fel",
  "about.copy": "Kopiera",
  "about.copied": "Uppgifterna är kopierade. Klistra in dem i ett e-postmeddelande till supporten.",
  "about.copyFailed": "Det gick inte att kopiera automatiskt. Markera texten nedan och kopiera den med Ctrl+C (Cmd+C på Mac).",
  "about.textLabel": "Uppgifterna som text",
} as const;

export type AboutPaneKey = keyof typeof SV;

const EN: Readonly<Record<AboutPaneKey, string>> = {
  "about.intro": "Details to send to support if something does not work as it should. They contain no cell values.",
  "about.syssVersion": "SYSS version",
  "about.templateVersion": "Template version of the workbook",
  "about.noTemplate": "none (the workbook has no SYSS template)",
  "about.currentTemplate": "Template version the add-in writes",
  "about.host": "Office application and platform",
  "about.build": "Office version",
  "about.language": "Display language",
  "about.requirementSets": "Supported requirement sets",
  "about.notSupported": "not supported",
  "about.unknown": "unknown",
  "about.tables": "Tables",
  "about.table": "{name} on sheet {sheet}, {range}",
  "about.missingColumns": "missing columns: {columns}",
  "about.renamedColumns": "renamed columns: {columns}",
  "about.unknownColumns": "own columns: {columns}",
  "about.missingTables": "Missing tables",
  "about.missingSheets": "Missing sheets",
  "about.foreignSheets": "Sheets that are not SYSS's",
  "about.foreignFormulas": "Formulas that are not SYSS's",
  "about.none": "none",
  "about.workbookUnread": "The workbook could not be read.",
  "about.errors": "Recent errors",
  "about.copy": "Copy",
  "about.copied": "The details are copied. Paste them into an e-mail to support.",
  "about.copyFailed": "Could not copy automatically. Select the text below and copy it with Ctrl+C (Cmd+C on a Mac).",
  "about.textLabel": "The details as text",
};

export const ABOUT_PANE_TEXTS: PaneTexts<AboutPaneKey> = { sv: SV, en: EN };
