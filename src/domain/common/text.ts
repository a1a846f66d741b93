/**
 * The user's two languages and the texts written in both: one `Lang`, one `BilingualText`, one
 * placeholder filler. Swedish is the default everywhere.
 */

export type Lang = "sv" | "en";

/** A text in both languages. */
export interface BilingualText {
  readonly sv: string;
  readonly en: string;
}

/** A placeholder value: the same in both languages (text, a number), or one per language. */
export type TextValue = string | number | BilingualText;
export type TextValues = Readonly<Record<string, TextValue>>;

/**
 * A user's value quoted in a message is cut to a short excerpt: a 10 MB line or a 200 000-character
 * cell must not come back whole inside an error text (unreadable, and a message box or terminal full).
 */
export const MAX_QUOTED_LENGTH = 80;

export function excerpt(text: string, max = MAX_QUOTED_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A copy of `text` that holds only its own characters. A substring can share the memory of the string it
 * was cut from (V8's sliced strings), so a contract name kept from a parsed workbook can keep the workbook's
 * whole shared-strings text alive: kept across hundreds of files (the portfolio), that is ~50 KB per file.
 * JSON's parser always builds a new string.
 */
export function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A template split once into literal parts and placeholder names (odd indices), reused for every call. */
const compiled = new Map<string, readonly string[]>();

function parts(template: string): readonly string[] {
  let split = compiled.get(template);
  if (split === undefined) {
    split = template.split(/\{(\w+)\}/);
    compiled.set(template, split);
  }
  return split;
}

/** The `{name}` placeholders of a template, in order. */
export function placeholders(template: string): string[] {
  return parts(template).filter((_, index) => index % 2 === 1);
}

export interface FillOptions {
  /** Which half of a bilingual value to insert (default Swedish). */
  readonly lang?: Lang;
  /** Cut each inserted value to an excerpt: for values that may be a user's text (a cell, a line, a path). */
  readonly quoted?: boolean;
}

/**
 * Fills `{name}` placeholders. A placeholder without a value stays visible rather than vanishing; the
 * values are inserted as they are and not scanned again.
 */
export function fill(template: string, values: TextValues, options: FillOptions = {}): string {
  const split = parts(template);
  let text = split[0]!;
  for (let i = 1; i < split.length; i += 2) {
    const value = values[split[i]!];
    if (value === undefined) {
      text += `{${split[i]}}${split[i + 1]!}`;
      continue;
    }
    const shown = typeof value === "object" ? value[options.lang ?? "sv"] : String(value);
    text += (options.quoted ? excerpt(shown, 2 * MAX_QUOTED_LENGTH) : shown) + split[i + 1]!;
  }
  return text;
}

/** {@link fill} with each value cut to an excerpt: messages that quote what a user wrote. */
export function fillQuoted(template: string, values: TextValues, lang: Lang = "sv"): string {
  return fill(template, values, { lang, quoted: true });
}

/** Fills both languages of a text, each with its half of bilingual values, quoting values as {@link fillQuoted}. */
export function fillText(text: BilingualText, values: TextValues): BilingualText {
  return { sv: fillQuoted(text.sv, values, "sv"), en: fillQuoted(text.en, values, "en") };
}
