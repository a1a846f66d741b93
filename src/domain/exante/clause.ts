/**
 * The employment-requirement clause from the Avtal values (spec/exante.md §3), one paragraph per part,
 * in Swedish or English. A value the text needs but the contract lacks is written as a named marker
 * ("[uppgift saknas: Avtalsnamn]") and listed in `missing`, so a clause is never silently incomplete.
 */
import { CONTRACT_FIELD_BY_KEY, contractValueOrDefault, type Contract } from "../followup/contract";
import type { ContractFieldKey } from "../followup/names";
import { CLAUSE_FORMS, CLAUSE_INTERVALS, CLAUSE_TEXTS } from "../i18n/clause";
import type { ModelLang } from "../i18n/model";
import { fill, placeholders } from "../common/text";
import { formatAmount, formatDecimal, formatPercent } from "./format";

export const CLAUSE_PARAGRAPHS = [
  "title", "source", "parties", "requirement", "startRule", "rule75", "reporting", "correction", "sanctions", "bonus", "personalData",
] as const;
export type ClauseParagraphKey = (typeof CLAUSE_PARAGRAPHS)[number];

export interface ClauseParagraph {
  readonly key: ClauseParagraphKey;
  readonly text: string;
}

export type MissingKey = ContractFieldKey | "targetGroups";

export interface ClauseText {
  readonly lang: ModelLang;
  readonly paragraphs: readonly ClauseParagraph[];
  /** Fields the text needs that the contract lacks, in the order they first appear. */
  readonly missing: readonly { readonly key: MissingKey; readonly label: string }[];
}

/** Fills `{name}` placeholders; here a placeholder without a value is a programming error, never text a user sees. */
function fillAll(template: string, values: Readonly<Record<string, string>>): string {
  const missing = placeholders(template).find((name) => values[name] === undefined);
  if (missing !== undefined) throw new Error(`clause: no value for {${missing}}`);
  return fill(template, values);
}

/** "A", "A och B", "A, B och C". */
function listText(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;
}

class ClauseBuilder {
  readonly missing: { key: MissingKey; label: string }[] = [];

  constructor(
    private readonly contract: Contract,
    readonly lang: ModelLang,
  ) {}

  marker(key: MissingKey): string {
    const field = key === "targetGroups" ? undefined : CONTRACT_FIELD_BY_KEY.get(key);
    const label = field === undefined ? CLAUSE_TEXTS.targetGroups[this.lang] : this.lang === "en" ? field.labelEn : field.label;
    if (!this.missing.some((entry) => entry.key === key)) this.missing.push({ key, label });
    return fillAll(CLAUSE_TEXTS.missing[this.lang], { label });
  }

  /** The field's value (or its form default) as text, else a named marker. */
  text(key: ContractFieldKey, format: (value: string | number) => string = String): string {
    const value = contractValueOrDefault(this.contract, key);
    if (value === null || (typeof value === "string" && value.trim() === "")) return this.marker(key);
    return format(value);
  }

  number(key: ContractFieldKey): number | null {
    const value = contractValueOrDefault(this.contract, key);
    return typeof value === "number" ? value : null;
  }

  amount(key: ContractFieldKey): string {
    return this.text(key, (value) => formatAmount(Number(value), this.lang));
  }

  chosen(key: ContractFieldKey, table: Readonly<Record<string, { sv: string; en: string }>>): string {
    return this.text(key, (value) => table[String(value)]?.[this.lang] ?? String(value));
  }

  groups(): string {
    const names = (this.contract.targetGroups ?? []).map((group) => group.name).filter((name) => name.trim() !== "");
    if (names.length === 0) return this.marker("targetGroups");
    return listText(names, CLAUSE_TEXTS.and[this.lang]);
  }
}

function bonusParagraph(builder: ClauseBuilder): string {
  const lang = builder.lang;
  const amount = builder.number("bonusPerPlace");
  if (amount === null || amount === 0) return CLAUSE_TEXTS.noBonus[lang];
  const places = builder.number("maxBonusPlaces");
  if (places !== null && places > 0) {
    return fillAll(CLAUSE_TEXTS.bonus[lang], { amount: formatAmount(amount, lang), places: String(places), total: formatAmount(amount * places, lang) });
  }
  // A bonus without a maximum is an open-ended promise: name the maximum as missing rather than write 0.
  const marker = builder.marker("maxBonusPlaces");
  return fillAll(CLAUSE_TEXTS.bonus[lang], { amount: formatAmount(amount, lang), places: marker, total: marker });
}

/** The clause of a contract in one language. */
export function clauseText(contract: Contract, lang: ModelLang = "sv"): ClauseText {
  const b = new ClauseBuilder(contract, lang);
  const matching = b.text("matchingOrganisation");
  const procurer = b.text("procurer");
  const paragraphs: Record<ClauseParagraphKey, string> = {
    title: CLAUSE_TEXTS.title[lang],
    source: CLAUSE_TEXTS.source[lang],
    parties: fillAll(CLAUSE_TEXTS.parties[lang], {
      name: b.text("name"), contractId: b.text("contractId"), procurer, supplier: b.text("supplier"), start: b.text("start"), end: b.text("end"),
    }),
    requirement: fillAll(CLAUSE_TEXTS.requirement[lang], {
      form: b.chosen("requirementType", CLAUSE_FORMS),
      groups: b.groups(),
      commitment: b.text("commitmentMonths", (value) => formatDecimal(Number(value), lang, 2)),
      matching,
    }),
    startRule: fillAll(CLAUSE_TEXTS.startRule[lang], { months: b.text("startDeadlineMonths") }),
    rule75: fillAll(CLAUSE_TEXTS.rule75[lang], { share: b.text("approvedShare", (value) => formatPercent(Number(value), lang)) }),
    reporting: fillAll(CLAUSE_TEXTS.reporting[lang], { interval: b.chosen("reportingInterval", CLAUSE_INTERVALS) }),
    correction: CLAUSE_TEXTS.correction[lang],
    sanctions: fillAll(CLAUSE_TEXTS.sanctions[lang], { perMonth: b.amount("penaltyPerMissingMonth"), perReport: b.amount("penaltyPerMissingReport") }),
    bonus: bonusParagraph(b),
    personalData: fillAll(CLAUSE_TEXTS.personalData[lang], { procurer, matching }),
  };
  return { lang, paragraphs: CLAUSE_PARAGRAPHS.map((key) => ({ key, text: paragraphs[key] })), missing: b.missing };
}

/** The clause as plain text: paragraphs separated by a blank line (what `syss clause` prints). */
export function clausePlainText(clause: ClauseText): string {
  return `${clause.paragraphs.map((paragraph) => paragraph.text).join("\n\n")}\n`;
}
