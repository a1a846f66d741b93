/** The kinds of personal data the detector recognises in free text. */
export type PersonalDataType = "personnummer" | "samordningsnummer" | "email" | "phone";

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
