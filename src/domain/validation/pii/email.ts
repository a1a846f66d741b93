/**
 * E-mail addresses: a dot-separated local part, "@", and a domain of at least two labels whose last label
 * (the top-level domain) is two or more letters. Letters outside ASCII (åäö, internationalised
 * addresses) are accepted. Quoted local parts and IP-literal domains are not looked for: nobody writes
 * them in a follow-up sheet.
 */
import type { PersonalDataFinding } from "./types";

const LOCAL_ATOM = "[\\p{L}\\p{N}_%+\\-']+";
const DOMAIN_LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?";

const EMAIL = new RegExp(
  [
    // Start at the beginning of the local part, not inside it.
    "(?<![\\p{L}\\p{N}_%+\\-'.@])",
    `${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*`,
    "@",
    `(?:${DOMAIN_LABEL}\\.)+\\p{L}{2,}`,
    // End at the end of the domain: "anna@exempel.se2" or "anna@exempel.se-x" is not an address.
    "(?![\\p{L}\\p{N}_\\-@])",
  ].join(""),
  "gu",
);

/** Every e-mail address in `text`, in order of appearance. */
export function findEmailAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const candidate of text.matchAll(EMAIL)) {
    findings.push({ type: "email", match: candidate[0], index: candidate.index });
  }
  return findings;
}
