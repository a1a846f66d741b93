/**
 * The kinds of personal data the detector recognises in free text: identifiers and contact details,
 * person names in a name-like context, and terms revealing special categories (GDPR Art. 9) or
 * criminal-record data (Art. 10).
 */
export type PersonalDataType =
  | "personnummer"
  | "samordningsnummer"
  | "email"
  | "phone"
  | "name"
  | "special-category"
  | "criminal-record";

/** One piece of personal data found in a text: what it is, the text as written and where it starts. */
export interface PersonalDataFinding {
  readonly type: PersonalDataType;
  /** The matched characters exactly as they appear in the input (separators included). */
  readonly match: string;
  /** Zero-based UTF-16 offset of the match in the input string. */
  readonly index: number;
}

/** A calendar day without time zone; months and days are 1-based. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}
