/**
 * The Swedish prose a user reads, gathered for the spelling test: the Swedish side of every i18n table
 * and the Swedish part of the docs, without code, formulas, keys, addresses, numbers or placeholders.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXCEL_TEXTS } from "../../src/domain/i18n/excel";
import { CONTRACT_ERRORS, READ_ERRORS, TEMPLATE_COMMAND_TEXTS } from "../../src/domain/i18n/followup";
import { ACTOR_LABELS, ERROR_TEXTS, FIELD_LABELS, ITEM_LABELS, WARNING_TEXTS } from "../../src/domain/i18n/model";
import { ALL_PANE_TABLES } from "./pane-texts";
import { FINDING_TEXTS, STATUS_WORDS, VALIDATE_COMMAND_TEXTS } from "../../src/domain/i18n/validation";
import { MERGE_REFUSALS, PANE_TEXTS, PORTFOLIO_CLI_TEXTS } from "../../src/domain/i18n/portfolio";

const ROOT = join(__dirname, "../..");

/** Every string under a `sv` key, at any depth; functions are called with sample arguments. */
function swedishStrings(value: unknown, out: string[] = [], underSv = false): string[] {
  if (typeof value === "string") {
    if (underSv) out.push(value);
  } else if (typeof value === "function") {
    // Text builders take numbers or lists; try both kinds of sample argument.
    for (const args of [[1, 2, 3], [["1"], ["2"], ["3"]]]) {
      try {
        swedishStrings((value as (...sample: unknown[]) => unknown)(...args), out, underSv);
        break;
      } catch {
        continue;
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) swedishStrings(item, out, underSv);
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) swedishStrings(inner, out, underSv || key === "sv");
  }
  return out;
}

/** The task pane's and the domain's Swedish texts, one entry per text. */
export function swedishUiTexts(): { source: string; text: string }[] {
  const tables: Record<string, unknown> = {
    EXCEL_TEXTS, CONTRACT_ERRORS, READ_ERRORS, TEMPLATE_COMMAND_TEXTS, ACTOR_LABELS, ERROR_TEXTS, FIELD_LABELS,
    ITEM_LABELS, WARNING_TEXTS, FINDING_TEXTS, STATUS_WORDS, VALIDATE_COMMAND_TEXTS,
    MERGE_REFUSALS, PORTFOLIO_CLI_TEXTS, PANE_TEXTS,
  };
  const texts = Object.entries(ALL_PANE_TABLES).flatMap(([name, table]) => Object.entries(table.sv).map(([key, text]) => ({ source: `${name} ${key}`, text })));
  for (const [name, table] of Object.entries(tables)) {
    for (const text of swedishStrings(table)) texts.push({ source: name, text });
  }
  return texts;
}

/** The Swedish docs: everything before an "English summary" heading. */
export const SWEDISH_DOCS = [
  "docs/method.md", "docs/template.md", "docs/validation.md", "docs/taskpane.md", "docs/functions.md", "docs/personal-data.md",
  "docs/portfolio.md",
] as const;

/** A Swedish doc up to its English part ("## English summary", "## Summary (English)"), without the pointer to it. */
export function swedishDocText(path: string): string {
  const text = readFileSync(join(ROOT, path), "utf8").replace(/^\*English summary.*$/gm, "");
  const english = text.search(/^#+ (English|Summary \(English\))/m);
  return english >= 0 ? text.slice(0, english) : text;
}

/** README's Swedish paragraph (from "**Svenska.**" to "**English.**"). */
export function swedishReadmeText(): string {
  const text = readFileSync(join(ROOT, "README.md"), "utf8");
  return text.slice(text.indexOf("**Svenska.**"), text.indexOf("**English.**"));
}

/** Prose only: code blocks and spans, formulas, placeholders, links' targets, numbers and symbols go. */
export function proseOf(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/^ {4}.*$/gm, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/\{[A-Za-z0-9_]+\}/g, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/^=.*$/gm, " ")
    .replace(/--[a-z-]+/g, " ")
    // Sample arguments of text builders that expect objects (see swedishStrings).
    .replace(/\bundefined\b/g, " ")
    .replace(/\S+\.(xlsx|json|js|ts|md)\b/g, " ")
    .replace(/\b[A-Za-z]+(\.[A-Za-z]+)+\b/g, " ")
    .replace(/\b[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?\b/g, " ")
    .replace(/[0-9]+/g, " ");
}
