/** Personal-data detection in free text (GDPR check of the follow-up workbook). Pure TypeScript. */
export type { CalendarDate, PersonalDataFinding, PersonalDataType } from "./types";
export { detectPersonalData, detectWordFindings, type DetectionOptions } from "./detect";
export { findPersonNames } from "./names";
export { findSensitiveTerms, type SensitiveFinding } from "./specialCategory";
export { NAME_SOURCE } from "./nameData";
export { SPECIAL_CATEGORY_SOURCE, type SensitiveCategory } from "./specialCategoryData";
export {
  findIdentityNumbers,
  inferBirthYear,
  interpretIdentityNumber,
  parseIdentityNumber,
  type IdentityNumber,
  type IdentityNumberType,
  type IdentitySeparator,
} from "./identity-number";
export { findEmailAddresses } from "./email";
export { findSwedishPhoneNumbers } from "./phone";
export { hasValidLuhnCheckDigit, luhnCheckDigit } from "../../common/luhn";
export { compareDates, daysInMonth, isLeapYear, isRealDate, todayUtc } from "./calendar";
