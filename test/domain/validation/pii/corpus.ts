/**
 * The labelled test corpus for personal-data detection, generated deterministically from a seed, plus
 * hand-written tricky cases. Positives carry the one finding they must produce; negatives must produce
 * none. The generator checks dates and check digits with its own small oracle (JavaScript Date and a
 * weight table), not with the code under test.
 */
import type { CalendarDate, PersonalDataType } from "../../../../src/domain/validation/pii";
import { seededRandom } from "../../../support/seeded-random";
import { wordCorpus } from "./wordCorpus";

/** The day the corpus is "read" on: fixes the century of 10-digit forms. */
export const CORPUS_REFERENCE_DATE: CalendarDate = { year: 2026, month: 6, day: 15 };

export interface PositiveCase {
  readonly category: string;
  readonly text: string;
  readonly expected: { readonly type: PersonalDataType; readonly match: string };
}

export interface NegativeCase {
  readonly category: string;
  readonly text: string;
}


class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  digits(count: number, firstMin = 0): string {
    let text = String(this.int(firstMin, 9));
    while (text.length < count) text += String(this.int(0, 9));
    return text;
  }
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

// ---------------------------------------------------------------------------------------------------
// Oracle: check digits and dates computed independently of src/.

/** Check digit over nine digits with the weights 2,1,2,1,… and digit sums of the products. */
function oracleCheckDigit(nineDigits: string): number {
  const weights = [2, 1, 2, 1, 2, 1, 2, 1, 2];
  let sum = 0;
  weights.forEach((weight, position) => {
    const product = Number(nineDigits[position]) * weight;
    sum += Math.floor(product / 10) + (product % 10);
  });
  return (10 - (sum % 10)) % 10;
}

function oracleIsRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether ten digits could be a personnummer or samordningsnummer in some century (ignoring which one):
 * used to keep generated phones and amounts out of the identity-number space.
 */
function oracleCouldBeIdentityNumber(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  if (oracleCheckDigit(tenDigits.slice(0, 9)) !== Number(tenDigits[9])) return false;
  const month = Number(tenDigits.slice(2, 4));
  const dayField = Number(tenDigits.slice(4, 6));
  const day = dayField > 60 ? dayField - 60 : dayField;
  // Year 2000 is a leap year, so this accepts 29 February whatever the century.
  return oracleIsRealDate(2000, month, day);
}

// ---------------------------------------------------------------------------------------------------
// Positives

interface Birth {
  year: number;
  month: number;
  day: number;
}

function randomBirth(dice: Dice, fromYear: number, toYear: number): Birth {
  for (;;) {
    const birth = { year: dice.int(fromYear, toYear), month: dice.int(1, 12), day: dice.int(1, 31) };
    if (oracleIsRealDate(birth.year, birth.month, birth.day)) return birth;
  }
}

type IdentityForm = "short-dash" | "short-plain" | "long-dash" | "long-plain" | "short-plus" | "short-en-dash";

function writeIdentityNumber(birth: Birth, serial: string, coordination: boolean, form: IdentityForm): string {
  const dayField = coordination ? birth.day + 60 : birth.day;
  const short = `${pad(birth.year % 100, 2)}${pad(birth.month, 2)}${pad(dayField, 2)}`;
  const check = oracleCheckDigit(short + serial);
  const tail = `${serial}${check}`;
  switch (form) {
    case "short-dash":
      return `${short}-${tail}`;
    case "short-en-dash":
      return `${short}\u2013${tail}`;
    case "short-plain":
      return `${short}${tail}`;
    case "short-plus":
      return `${short}+${tail}`;
    case "long-dash":
      return `${birth.year}${short.slice(2)}-${tail}`;
    case "long-plain":
      return `${birth.year}${short.slice(2)}${tail}`;
  }
}

const IDENTITY_CONTEXTS = [
  "{}",
  "Personnummer: {}",
  "pnr {}, omfattning 75 %",
  "Anna Svensson {} började 2024-03-01",
  "P-001,{},Anställning,2024-03-01",
  "P-014;{};Praktik",
  "Deltagare ({}) avslutade i förtid.",
  "ID:{}",
  "Samordningsnr/pnr: {} (kontrollera)",
  "{} – uppgift ska tas bort",
] as const;

function identityPositives(dice: Dice): PositiveCase[] {
  const cases: PositiveCase[] = [];
  const add = (category: string, coordination: boolean, form: IdentityForm, birth: Birth): void => {
    const match = writeIdentityNumber(birth, dice.digits(3), coordination, form);
    const text = dice.pick(IDENTITY_CONTEXTS).replace("{}", match);
    cases.push({ category, text, expected: { type: coordination ? "samordningsnummer" : "personnummer", match } });
  };
  const underHundredForms: IdentityForm[] = ["short-dash", "short-plain", "long-dash", "long-plain", "short-en-dash"];
  for (const coordination of [false, true]) {
    const kind = coordination ? "samordningsnummer" : "personnummer";
    const perForm = coordination ? 14 : 24;
    for (const form of underHundredForms) {
      for (let i = 0; i < perForm; i++) add(`${kind} ${form}`, coordination, form, randomBirth(dice, 1927, 2010));
    }
    // "+" marks people aged 100 or more: born before the reference date a century ago.
    for (let i = 0; i < perForm / 2; i++) add(`${kind} short-plus`, coordination, "short-plus", randomBirth(dice, 1905, 1925));
  }
  return cases;
}

/** Hand-written identity numbers at the edges of the rules. */
function trickyIdentityPositives(): PositiveCase[] {
  const pnr = (text: string, match: string): PositiveCase => ({
    category: "personnummer tricky",
    text,
    expected: { type: "personnummer", match },
  });
  const sam = (text: string, match: string): PositiveCase => ({
    category: "samordningsnummer tricky",
    text,
    expected: { type: "samordningsnummer", match },
  });
  return [
    pnr("Skatteverkets testnummer 121212-1212", "121212-1212"),
    pnr("19121212-1212", "19121212-1212"),
    pnr("811218-9876", "811218-9876"),
    pnr("Född på skottdagen 000229-0005", "000229-0005"),
    pnr("20000229-0005", "20000229-0005"),
    pnr("19840229 utan bindestreck: 8402291234", "8402291234"),
    pnr("Nyfödd 260101-0008", "260101-0008"),
    pnr("Hundraåring 200612+0006", "200612+0006"),
    pnr("Slutet av året 991231-9994", "991231-9994"),
    pnr("Sista dagen i en 30-dagarsmånad 850430-1238", "850430-1238"),
    pnr("pnr:8112189876.", "8112189876"),
    pnr('"8112189876"', "8112189876"),
    pnr("[19811218-9876]", "19811218-9876"),
    pnr("8112189876,8112189876", "8112189876"),
    sam("Samordningsnummer 701063-2391", "701063-2391"),
    sam("dag 91 = 31 + 60: 850191-0007", "850191-0007"),
    sam("skottdag + 60: 000289-0002", "000289-0002"),
    sam("tolv siffror 197010632391", "197010632391"),
  ];
}

const FIRST_NAMES = ["anna", "erik", "maria", "lars", "fatima", "mohammed", "karin", "johan", "sara", "ali", "eva", "per"];
const ACCENTED_FIRST_NAMES = ["åsa", "örjan", "björn", "märta"];
const LAST_NAMES = ["andersson", "johansson", "karlsson", "nilsson", "eriksson", "larsson", "hassan", "lindqvist"];
const EMAIL_DOMAINS = [
  "exempel.se",
  "kommun.se",
  "gmail.com",
  "outlook.com",
  "foretag-ab.se",
  "arbetsformedlingen.se",
  "vard.region-skane.se",
  "mail.bygg123.nu",
  "företag.se",
];
const EMAIL_CONTEXTS = ["{}", "E-post: {}", "Mejla {}.", "Kontakt <{}>", "mailto:{}", "Handledare {}, tel saknas", "({})"];

function emailPositives(dice: Dice): PositiveCase[] {
  const shapes: ((first: string, last: string) => string)[] = [
    (first, last) => `${first}.${last}`,
    (first, last) => `${first}_${last}`,
    (first, last) => `${first[0]}.${last}+uppfoljning`,
    (first, last) => `${first}${last}${dice.int(1, 99)}`,
    (first, last) => `${first[0]?.toUpperCase()}${first.slice(1)}.${last[0]?.toUpperCase()}${last.slice(1)}`,
    (first) => first,
    (first, last) => `${first}-${last}`,
  ];
  const cases: PositiveCase[] = [];
  for (let i = 0; i < 50; i++) {
    const first = i % 10 === 9 ? dice.pick(ACCENTED_FIRST_NAMES) : dice.pick(FIRST_NAMES);
    const match = `${dice.pick(shapes)(first, dice.pick(LAST_NAMES))}@${dice.pick(EMAIL_DOMAINS)}`;
    cases.push({ category: "email", text: dice.pick(EMAIL_CONTEXTS).replace("{}", match), expected: { type: "email", match } });
  }
  return cases;
}

const MOBILE_PREFIXES = ["70", "72", "73", "76", "79"];
const TWO_DIGIT_AREAS = ["31", "40", "46", "13", "18", "19", "21", "54", "60", "90", "11", "35", "36"];
const THREE_DIGIT_AREAS = ["470", "120", "171", "226", "380", "480", "520", "611", "980", "498", "651"];

/** Splits digits into groups of the given sizes, joined by `separator`. */
function group(digits: string, sizes: readonly number[], separator = " "): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(separator);
}

function phonePositives(dice: Dice): PositiveCase[] {
  const cases: PositiveCase[] = [];
  const add = (category: string, match: string): void => {
    const context = dice.pick(["{}", "Tel: {}", "Ring {} efter kl. 16", "Mobil {}, e-post saknas", "Handledare Erik ({})"]);
    cases.push({ category, text: context.replace("{}", match), expected: { type: "phone", match } });
  };

  const mobileFormats: ((area: string, subscriber: string) => string)[] = [
    (area, sub) => `0${area}-${group(sub, [3, 2, 2])}`,
    (area, sub) => `0${area} ${group(sub, [3, 2, 2])}`,
    (area, sub) => `0${area}${sub}`,
    (area, sub) => `0${area}-${sub}`,
    (area, sub) => `0${area}-${group(sub, [3, 4])}`,
    (area, sub) => `0${area} - ${group(sub, [3, 2, 2])}`,
    (area, sub) => `(0${area}) ${group(sub, [3, 2, 2])}`,
    (area, sub) => `0${area}-${group(sub, [2, 2, 3])}`,
    (area, sub) => `0${area}-${group(sub, [3, 2, 2], "-")}`,
    (area, sub) => `+46 ${area} ${group(sub, [3, 2, 2])}`,
    (area, sub) => `+46${area}${sub}`,
    (area, sub) => `+46 (0)${area}-${group(sub, [3, 2, 2])}`,
    (area, sub) => `+46-${area}-${group(sub, [3, 2, 2])}`,
    (area, sub) => `0046 ${area} ${group(sub, [3, 2, 2])}`,
    (area, sub) => `+46 0${area} ${group(sub, [3, 2, 2])}`,
    (area, sub) => `+46\u00A0${area}\u00A0${group(sub, [3, 2, 2], "\u00A0")}`,
  ];
  for (let i = 0; i < 64; i++) {
    const area = dice.pick(MOBILE_PREFIXES);
    let subscriber = dice.digits(7, 1);
    // A 10-digit mobile can also be a valid personnummer, which then wins; keep the corpus unambiguous.
    while (oracleCouldBeIdentityNumber(`0${area}${subscriber}`)) subscriber = dice.digits(7, 1);
    const format = mobileFormats[i % mobileFormats.length];
    if (format) add("phone mobile", format(area, subscriber));
  }

  const groupingsByLength: Record<number, number[][]> = {
    5: [[3, 2]],
    6: [[2, 2, 2], [3, 3]],
    7: [[3, 2, 2], [3, 4]],
    8: [[3, 3, 2], [2, 2, 2, 2], [4, 4]],
  };
  for (let i = 0; i < 48; i++) {
    const kind = i % 3;
    const area = kind === 0 ? "8" : kind === 1 ? dice.pick(TWO_DIGIT_AREAS) : dice.pick(THREE_DIGIT_AREAS);
    const length = kind === 0 ? dice.int(7, 8) : kind === 1 ? dice.int(6, 7) : dice.int(5, 6);
    let subscriber = dice.digits(length, 1);
    while (oracleCouldBeIdentityNumber(`0${area}${subscriber}`)) subscriber = dice.digits(length, 1);
    const grouped = group(subscriber, dice.pick(groupingsByLength[length] ?? [[length]]));
    const nsnLength = area.length + length;
    const style = i % 4;
    let match: string;
    if (style === 0) match = `0${area}-${grouped}`;
    else if (style === 1) match = `+46 ${area} ${grouped}`;
    else if (style === 2) match = `(0${area}) ${grouped}`;
    // People also write landlines as one block, at least when the number is 9–10 digits long.
    else match = nsnLength >= 8 ? `0${area}${subscriber}` : `0${area} ${grouped}`;
    add(kind === 0 ? "phone Stockholm" : "phone landline", match);
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------
// Negatives

const MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

function dateNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 180; i++) {
    const { year, month, day } = randomBirth(dice, 1990, 2030);
    const [hh, mm, ss] = [pad(dice.int(0, 23), 2), pad(dice.int(0, 59), 2), pad(dice.int(0, 59), 2)];
    const forms = [
      `${year}-${pad(month, 2)}-${pad(day, 2)}`,
      `${year}${pad(month, 2)}${pad(day, 2)}`,
      `${day}/${month}/${year}`,
      `${pad(day, 2)}.${pad(month, 2)}.${year}`,
      `${year}-${pad(month, 2)}-${pad(day, 2)}T${hh}:${mm}`,
      `${year}-${pad(month, 2)}-${pad(day, 2)}T${hh}:${mm}:${ss}.000Z`,
      `${year}-${pad(month, 2)}-${pad(day, 2)} ${hh}:${mm}:${ss}`,
      `${day} ${MONTH_NAMES[month - 1]} ${year}`,
      `${month}/${day}/${year}`,
      `${year}/${pad(month, 2)}/${pad(day, 2)}`,
      `${pad(day, 2)}-${pad(month, 2)}-${year}`,
      `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}`,
      `${day}.${month}.${pad(year % 100, 2)}`,
      `${year}${pad(month, 2)}${pad(day, 2)}T${hh}${mm}`,
      `${pad(day, 2)} ${pad(month, 2)} ${year}`,
      `Startdatum ${year}-${pad(month, 2)}-${pad(day, 2)}, slutdatum ${year}-12-31`,
      `${year}-${pad(month, 2)}-${pad(day, 2)}–${year + 1}-${pad(month, 2)}-01`,
    ];
    cases.push({ category: "date", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

function excelSerialNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 120; i++) {
    const serial = dice.int(32874, 47482);
    const fraction = dice.int(1, 1439) / 1440; // a time of day to the minute
    const forms = [
      String(serial),
      String(serial + fraction),
      String(serial + fraction).replace(".", ","),
      `${serial}.5`,
      String(Math.round((serial + fraction) * 1e10) / 1e10),
      String(fraction),
    ];
    cases.push({ category: "excel serial", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

function thousands(value: number, separator = " "): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Ten digits that are not a valid identity number in any century (a bad date or a bad check digit). */
function tenDigitsThatAreNotIdentityNumbers(dice: Dice): string {
  const digits = dice.digits(10, 1);
  if (!oracleCouldBeIdentityNumber(digits)) return digits;
  const last = Number(digits[9]);
  return digits.slice(0, 9) + String((last + dice.int(1, 9)) % 10);
}

function amountNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 160; i++) {
    const kronor = dice.int(100, 99_999_999);
    const ore = pad(dice.int(0, 99), 2);
    const forms = [
      `${thousands(kronor)},${ore} kr`,
      thousands(kronor),
      tenDigitsThatAreNotIdentityNumbers(dice),
      `${thousands(kronor)} kr`,
      `SEK ${thousands(kronor, ",")}.${ore}`,
      `${kronor},${ore}`,
      `${thousands(kronor, ".")},${ore}`,
      `-${thousands(kronor)} kr`,
      `${thousands(dice.int(1_000_000_000, 9_999_999_999))} kr`,
      `Bruttolön ${thousands(dice.int(18_000, 60_000))} kr/mån`,
      `${tenDigitsThatAreNotIdentityNumbers(dice)} kr`,
    ];
    cases.push({ category: "amount", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

/** Organisation numbers: third digit >= 2 (month field >= 20) and a valid check digit. */
function organisationNumberNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 120; i++) {
    const payload = `${dice.pick(["2", "5", "7", "8", "9"])}${dice.int(0, 9)}${dice.int(2, 9)}${dice.digits(6)}`;
    const number = `${payload}${oracleCheckDigit(payload)}`;
    const forms = [
      `${number.slice(0, 6)}-${number.slice(6)}`,
      number,
      `Org.nr ${number.slice(0, 6)}-${number.slice(6)}`,
      `16${number.slice(0, 6)}-${number.slice(6)}`,
      `16${number}`,
      `SE${number}01`,
    ];
    cases.push({ category: "organisation number", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

function caseIdNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 100; i++) {
    const year = dice.int(2018, 2027);
    const forms = [
      `P-${pad(dice.int(1, 999), 3)}`,
      `Dnr ${year}/${dice.int(1, 9999)}`,
      `KS ${year}-${dice.int(1, 999)}`,
      `Ärende ${year}-${pad(dice.int(1, 99999), 5)}`,
      `AF-${year}-${dice.int(100000, 999999)}`,
      `Dnr KS ${year}/${pad(dice.int(1, 9999), 5)}`,
      `ÄR-${year}-${pad(dice.int(1, 9999), 4)}`,
      `Diarienummer ${dice.pick(["KS", "BUN", "SN", "TN"])} ${year}.${pad(dice.int(1, 999), 3)}`,
      `UH-${year}-${pad(dice.int(1, 999), 3)}-${pad(dice.int(1, 99), 2)}`,
      `Avtal ${year}-${pad(dice.int(1, 12), 2)}-${pad(dice.int(1, 999), 3)}`,
    ];
    cases.push({ category: "case id", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

function postcodeNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 60; i++) {
    const code = `${dice.int(100, 984)} ${pad(dice.int(0, 99), 2)}`;
    const forms = [code, `SE-${code}`, `${code} ${dice.pick(["Stockholm", "Göteborg", "Malmö", "Umeå"])}`, code.replace(" ", ""), `Box 123, ${code} Luleå`];
    cases.push({ category: "postcode", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

function foreignPhoneNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 110; i++) {
    const d = (count: number): string => dice.digits(count, 1);
    const forms = [
      `+47 ${d(3)} ${d(2)} ${d(3)}`,
      `+45 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      `+358 40 ${d(3)} ${d(4)}`,
      `+1 (${d(3)}) ${d(3)}-${d(4)}`,
      `(${d(3)}) ${d(3)}-${d(4)}`,
      `${d(3)}-${d(4)}`,
      `1-800-${d(3)}-${d(4)}`,
      `+44 20 ${d(4)} ${d(4)}`,
      `020 ${d(4)} ${d(4)}`,
      `+49 30 ${d(8)}`,
      `030 ${d(8)}`,
      `0171 ${d(7)}`,
      `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      `0047 ${d(3)} ${d(2)} ${d(3)}`,
      `+46 ${d(3)}`,
      `${d(3)} ${d(3)} ${d(2)} ${d(2)}`,
      `07:30–16:00`,
      `0000 000`,
      `070-12 34`,
    ];
    cases.push({ category: "phone-like", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

/** ISBN-10 check character for nine digits. */
function isbn10Check(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? "X" : String(check);
}

function isbn13Check(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function isbnNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 80; i++) {
    const group = dice.pick(["91", "0", "1", "3"]);
    const publisher = String(dice.int(10, 7999));
    const title = dice.digits(9 - group.length - publisher.length);
    const nine = `${group}${publisher}${title}`;
    const isbn10 = `${group}-${publisher}-${title}-${isbn10Check(nine)}`;
    const twelve = `978${nine}`;
    const isbn13 = `978-${group}-${publisher}-${title}-${isbn13Check(twelve)}`;
    const forms = [`ISBN ${isbn10}`, `ISBN ${isbn13}`, `${twelve}${isbn13Check(twelve)}`, isbn13, `ISBN-10: ${nine}${isbn10Check(nine)}`];
    cases.push({ category: "isbn", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

function bankNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 100; i++) {
    const ibanDigits = `${dice.digits(2)}${dice.pick(["5000", "6000", "8000", "3000", "9500"])}${dice.digits(16)}`;
    const ibanGrouped = `SE${ibanDigits}`.replace(/(.{4})(?=.)/g, "$1 ");
    const forms = [
      ibanGrouped,
      `SE${ibanDigits}`,
      `IBAN: ${ibanGrouped}`,
      `Bankgiro ${dice.digits(4, 1)}-${dice.digits(4)}`,
      `BG ${dice.digits(3, 1)}-${dice.digits(4)}`,
      `Plusgiro ${dice.digits(4, 1)}-${dice.digits(1)}`,
      `PG ${dice.digits(2, 1)} ${dice.digits(2)} ${dice.digits(2)}-${dice.digits(1)}`,
      `Clearing ${dice.digits(4, 1)}-${dice.digits(1)}, konto ${dice.digits(3, 1)} ${dice.digits(3)} ${dice.digits(3)}-${dice.digits(1)}`,
      `BIC SWEDSESS, konto ${dice.digits(4, 1)} ${dice.digits(2)} ${dice.digits(5)}`,
      `Handelsbanken ${dice.digits(4, 6)} ${dice.digits(3)} ${dice.digits(3)} ${dice.digits(3)}`,
    ];
    cases.push({ category: "bank account", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

/** An OCR payment reference: digits with a Luhn check digit (often also a length digit). */
function ocrReference(dice: Dice, length: number): string {
  const payload = dice.digits(length - 1, 1);
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const digit = Number(payload[payload.length - 1 - i]);
    const product = i % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product;
  }
  return `${payload}${(10 - (sum % 10)) % 10}`;
}

function invoiceNegatives(dice: Dice): NegativeCase[] {
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 100; i++) {
    const year = dice.int(2019, 2026);
    const forms = [
      `Faktura ${year}-${pad(dice.int(1, 99999), 5)}`,
      `F-${year}-${pad(dice.int(1, 9999), 4)}`,
      `INV-${dice.int(10000, 99999)}`,
      `Fakturanr ${dice.int(100000, 9999999)}`,
      `OCR ${ocrReference(dice, dice.pick([6, 7, 8, 9, 11, 13, 15, 17]))}`,
      // Ten-digit OCR references can look exactly like a personnummer: kept in to measure that honestly.
      `OCR ${ocrReference(dice, 10)}`,
      `Referens ${dice.int(10000, 99999)}`,
      `Ordernr ${dice.digits(3, 1)}-${dice.digits(5)}`,
      `Fakturanummer #${dice.int(1000, 999999)}`,
      `Best.nr ${dice.pick(["A", "B", "K"])}${dice.digits(8)}`,
    ];
    cases.push({ category: "invoice number", text: forms[i % forms.length] ?? "" });
  }
  return cases;
}

function plainTextNegatives(dice: Dice): NegativeCase[] {
  const templates = [
    () => `Omfattning ${dice.int(10, 100)} %`,
    () => `Bruttolön ${thousands(dice.int(18000, 45000))} kr per månad`,
    () => `Ålder ${dice.int(16, 80)} år`,
    () => `Kl. ${pad(dice.int(6, 10), 2)}.00–${dice.int(15, 18)}.30`,
    () => `Tid för handledning ${dice.int(0, 50)} %`,
    () => `Vecka ${dice.int(1, 52)}, v.${dice.int(1, 52)}`,
    () => `Rum ${pad(dice.int(1, 999), 4)}, plan ${dice.int(1, 9)}`,
    () => `Anställningsstöd ${dice.int(1, 24)} månader à ${thousands(dice.int(5000, 20000))} kr`,
    () => `Version ${dice.int(1, 9)}.${dice.int(0, 20)}.${dice.int(0, 99)}`,
    () => `Placering nr ${dice.int(1, 40)} av ${dice.int(40, 80)}`,
    () => `Avslutsorsak: saklig grund, ${dice.int(1, 28)} dagar före planerat slut`,
    () => `Artikel ${dice.digits(3, 1)}-${dice.digits(3)}-${dice.digits(2)}`,
    () => `Telefonnummer saknas, se ärende P-${pad(dice.int(1, 999), 3)}`,
    () => `Koordinater 59.${dice.digits(6)}, 18.${dice.digits(6)}`,
  ];
  const cases: NegativeCase[] = [];
  for (let i = 0; i < 84; i++) cases.push({ category: "plain text", text: (templates[i % templates.length] ?? (() => ""))() });
  return cases;
}

function notEmailNegatives(): NegativeCase[] {
  return [
    "@anna",
    "anna@",
    "a@b",
    "user@localhost",
    "5 st @ 20 kr",
    "anna(at)exempel.se",
    "anna@exempel",
    "anna @ exempel.se",
    "@exempel.se",
    "x@.se",
    "anna@-exempel.se",
    "anna@exempel.s",
    "anna@exempel.se2",
    "Twitter: @kommunen",
    "pris@50kr",
    "C:\\Users\\anna\\Documents",
    "https://www.exempel.se/kontakt",
    "www.arbetsformedlingen.se",
    "anna.andersson[at]exempel.se",
    "info@192.168.0.1",
  ].map((text) => ({ category: "not an e-mail", text }));
}

/** Hand-written negatives that sit close to the rules. */
function trickyNegatives(): NegativeCase[] {
  return [
    "Personnummer: ÅÅMMDD-XXXX",
    "19XXXXXX-XXXX",
    "Org.nr 556036-0793",
    "Org.nr 212000-0142",
    "2024-01-31 – 2024-06-30",
    "Arbetstid 08:00-17:00",
    "Arbetstid 08.00-17.00",
    "Dnr 0123/2024",
    "Löpnr 0012345",
    "Version 1.0.12345",
    "Tidsstämpel 20240131103000",
    "31 jan. 2024",
    "Omfattning 0,75",
    "Lön 0 kr",
    "Period 202401–202406",
    "Totalt 1 234 567 890 kr",
    "811218-987", // one digit short
    "811218-98765", // one digit too many
    "811318-9876", // month 13
    "811218-9875", // wrong check digit
    "0701234567890",
    "SE-123 45 Stockholm",
    "Box 12345, 102 45 Stockholm",
    "Ref: 1234-5678-9012",
  ].map((text) => ({ category: "tricky", text }));
}

export interface PiiCorpus {
  readonly positives: readonly PositiveCase[];
  readonly negatives: readonly NegativeCase[];
}

/** The whole corpus; the same seed always gives the same cases. */
export function buildPiiCorpus(seed = 20261125): PiiCorpus {
  const dice = new Dice(seed);
  const positives = [...identityPositives(dice), ...trickyIdentityPositives(), ...emailPositives(dice), ...phonePositives(dice)];
  const negatives = [
    ...dateNegatives(dice),
    ...excelSerialNegatives(dice),
    ...amountNegatives(dice),
    ...organisationNumberNegatives(dice),
    ...caseIdNegatives(dice),
    ...postcodeNegatives(dice),
    ...foreignPhoneNegatives(dice),
    ...isbnNegatives(dice),
    ...bankNegatives(dice),
    ...invoiceNegatives(dice),
    ...plainTextNegatives(dice),
    ...notEmailNegatives(),
    ...trickyNegatives(),
  ];
  // Names and special-category terms (amendment v1.1 item 5), hand-written and generated.
  const words = wordCorpus();
  return { positives: [...positives, ...words.positives], negatives: [...negatives, ...words.negatives] };
}
