/**
 * Texts of the SYSS custom functions: column headers of the matrices they return and the messages of
 * errors that are about the shape of a function's arguments (the model's own errors carry their texts).
 * The functions speak Swedish, as Swedish Excel does.
 */
import { excerpt } from "../common/text";

export const FUNCTION_TEXTS = {
  breakdownHeader: ["Aktör", "Post", "Belopp (kr)"],
  breakdownTotal: "Summa",
  paramsHeader: ["Nyckel", "Beskrivning", "Värde", "Enhet", "Källa", "Uppskattning"],
  yes: "Ja",
  no: "Nej",
  headersMismatch: (headerCount: number, valueCount: number): string =>
    `Rubrikraden har ${headerCount} celler men värdena ${valueCount}; de måste vara lika många.`,
  keyValueShape:
    "Indata utan rubriker ska vara ett block med två kolumner: rubrik eller nyckel | värde.",
  headersRequired: "Ange rubrikraden (andra argumentet) till raderna.",
  unknownActor: (value: string): string =>
    `Okänd aktör ${excerpt(value)}. Tillåtet: Individ, Kommun, Region, Stat, Arbetsgivare eller Samhället.`,
  overridesShape:
    "Parametervärdena ska vara ett område med nyckeln i första kolumnen och värdet i kolumnen Värde (eller andra kolumnen).",
  parameterKeyMissing: "Ange en parameternyckel, t.ex. \"tax.municipal\". SYSS.PARAMS visar alla.",
  internalError: (detail: string): string => `Internt fel i SYSS: ${excerpt(detail)}`,
  sensitivityHeader: ["Antagande", "Min (kr)", "Bas (kr)", "Max (kr)"],
  noProfiles: "Indata har ingen placering att räkna på (alla rader är tomma eller inte påbörjade).",
  noJobProfile: "Ingen av placeringarna är en anställning eller lärlingsanställning; praktik har ingen produktionsfaktor att lösa.",
} as const;
