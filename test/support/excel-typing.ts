/**
 * What Excel makes of text typed into an empty General cell with Swedish regional settings (decimal comma,
 * space as thousands separator, ISO dates), from Microsoft's documentation of data entry: numbers with the
 * locale's separators become numbers; a number followed by % becomes the number ÷ 100 formatted as a
 * percentage ("Format numbers as percentages": typing 10% gives 0.1 shown as 10%); a date in the locale's
 * short-date form becomes its serial number with a date format ("Enter a date or time in a cell"); SANT and
 * FALSKT are truth values; a leading apostrophe keeps text as text; a leading = starts a formula; anything
 * else stays text, also a date that does not exist. The preview's typing rules are tested against this list.
 */
export interface TypingExpectation {
  readonly typed: string;
  readonly value: string | number | boolean;
  /** The number format Excel gives the cell; undefined = General. */
  readonly format?: "percent" | "date";
  readonly formula?: true;
}

export const EXCEL_TYPING: readonly TypingExpectation[] = [
  { typed: "42", value: 42 },
  { typed: "-3", value: -3 },
  { typed: "1,5", value: 1.5 },
  { typed: "12 000", value: 12000 },
  { typed: "100 %", value: 1, format: "percent" },
  { typed: "100%", value: 1, format: "percent" },
  { typed: "50 %", value: 0.5, format: "percent" },
  { typed: "12,5 %", value: 0.125, format: "percent" },
  { typed: "2026-03-01", value: 46082, format: "date" },
  { typed: "2024-02-29", value: 45351, format: "date" },
  { typed: "2026-02-30", value: "2026-02-30" },
  { typed: "SANT", value: true },
  { typed: "falskt", value: false },
  { typed: "'0701234567", value: "0701234567" },
  { typed: "=1+1", value: "=1+1", formula: true },
  { typed: "Ring 070-123 45 67", value: "Ring 070-123 45 67" },
  { typed: "P-010", value: "P-010" },
  { typed: "1,5,2", value: "1,5,2" },
  { typed: "%", value: "%" },
  { typed: "", value: "" },
];
