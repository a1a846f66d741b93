/**
 * The Parametrar tab's texts in Swedish and English. Not in the first-load table (ui.ts): the tab's code adds them
 * with registerPaneTexts when it loads (issue 19), and the same checks (same keys, placeholders, spelling)
 * cover them.
 */
import type { PaneTexts } from "./ui";

const SV = {
  "params.heading": "Parametrar",
  "params.intro":
    "Modellens standardvärden per år. Skriv dem till bladet Parametrar och ändra Värde där, till exempel kommunens egen skattesats. Uppskattade värden är markerade.",
  "params.year": "Parameterår",
  "params.col.key": "Nyckel",
  "params.col.label": "Beskrivning",
  "params.col.value": "Värde",
  "params.col.unit": "Enhet",
  "params.col.source": "Källa",
  "params.col.estimate": "Uppskattning",
  "params.estimate": "uppskattat",
  "params.write": "Skriv bladet Parametrar",
  "params.reset": "Återställ standardvärden",
  "params.confirmReset": "Återställ skriver standardvärdet i varje Värde i tabellen Parametrar, också över värden och formler du har ändrat. Dina egna rader och kolumner behålls. Återställa?",
  "params.resetAnyway": "Återställ",
  "params.writing": "Skriver parametrar …",
  "params.written": "Bladet Parametrar har {count} parametrar för {year}. Dina ändrade värden behölls.",
  "params.wasReset": "Bladet Parametrar är återställt till standardvärdena för {year}.",
  "params.count": "{count} parametrar, varav {estimates} uppskattade.",
  "params.area.tax": "Skatter och prisbasbelopp",
  "params.area.fees": "Arbetsgivaravgifter",
  "params.area.subsidies": "Anställningsstöd",
  "params.area.deductions": "Grundavdrag och jobbskatteavdrag",
  "params.area.benefits": "Ersättningar vid arbetslöshet",
  "params.area.assistance": "Försörjningsstöd och bostadsbidrag",
  "params.search": "Sök parameter",
  "params.searchHint": "Sök på namn, nyckel eller källa.",
  "params.noMatch": "Ingen parameter matchar {query}.",
  "params.shown": "Visar {shown} av {count} parametrar.",
  "params.yearMismatch": "Avtalet på bladet Avtal börjar {contractYear}, men du har valt parametrar för {year}. Välj {suggested} om kalkylen ska gälla avtalets tid.",
  "params.useYear": "Använd {year}",
} as const;

export type ParametersPaneKey = keyof typeof SV;

const EN: Readonly<Record<ParametersPaneKey, string>> = {
  "params.heading": "Parameters",
  "params.intro":
    "The model's default values per year. Write them to the Parametrar sheet and change Värde there, for example to your municipality's own tax rate. Estimated values are marked.",
  "params.year": "Parameter year",
  "params.col.key": "Key",
  "params.col.label": "Description",
  "params.col.value": "Value",
  "params.col.unit": "Unit",
  "params.col.source": "Source",
  "params.col.estimate": "Estimate",
  "params.estimate": "estimated",
  "params.write": "Write the Parametrar sheet",
  "params.reset": "Reset to defaults",
  "params.confirmReset": "Reset writes the default into every Värde of the Parametrar table, also over values and formulas you changed. Your own rows and columns are kept. Reset?",
  "params.resetAnyway": "Reset",
  "params.writing": "Writing parameters …",
  "params.written": "The Parametrar sheet has {count} parameters for {year}. Your changed values were kept.",
  "params.wasReset": "The Parametrar sheet has been reset to the defaults for {year}.",
  "params.count": "{count} parameters, {estimates} of them estimated.",
  "params.area.tax": "Taxes and price base amount",
  "params.area.fees": "Employer fees",
  "params.area.subsidies": "Employment subsidies",
  "params.area.deductions": "Basic allowance and earned income tax credit",
  "params.area.benefits": "Unemployment benefits",
  "params.area.assistance": "Social assistance and housing benefit",
  "params.search": "Search parameters",
  "params.searchHint": "Search by name, key or source.",
  "params.noMatch": "No parameter matches {query}.",
  "params.shown": "Showing {shown} of {count} parameters.",
  "params.yearMismatch": "The contract on the Avtal sheet starts in {contractYear}, but you have chosen parameters for {year}. Choose {suggested} if the calculation is to cover the contract's term.",
  "params.useYear": "Use {year}",
};

export const PARAMETERS_PANE_TEXTS: PaneTexts<ParametersPaneKey> = { sv: SV, en: EN };
