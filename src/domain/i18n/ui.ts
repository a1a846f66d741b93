/**
 * Swedish and English texts of the task pane. Swedish is the default; English is used when Office's
 * display language is not Swedish. Both languages have exactly the same keys (the English table is typed
 * against the Swedish one, and a test checks that no text is empty). `{name}` placeholders are filled in
 * by `formatUiText`.
 */

import { fill, type Lang as UiLang } from "../common/text";
import type { AboutPaneKey } from "./paneAbout";
import type { CalculatorPaneKey } from "./paneCalculator";
import type { MatchingPaneKey } from "./matchingPane";
import type { ParametersPaneKey } from "./paneParameters";
import type { TemplatePaneKey } from "./paneTemplate";
import type { ValidatePaneKey } from "./paneValidate";
export type { Lang as UiLang } from "../common/text";

const SV = {
  // The tabs' own texts live in their own tables (i18n/pane*.ts, matchingPane.ts), added when a tab loads.
  // ---- the Matchning tab's label, its errors and the guide's words about recording ----
  "tab.matching": "Matchning",
  "error.matching": "Inget ändrades: {detail}",
  "guide.goto.matching": "Öppna Matchning",
  "guide.goto.sheet": "Gå till bladet {sheet}",
  "guide.record.heading": "Vad du skriver in – och aldrig",
  "guide.step2.record":
    "Skriv in antal i målgruppen per yrke eller område, källan (till exempel Arbetsförmedlingens statistik) och vilket datum siffran avser. Aldrig uppgifter om enskilda personer: kartläggningen gäller grupper.",
  "guide.step5.record":
    "Skriv in pseudonyma Kandidat-ID (K-001), Plats-ID, datum för varje steg och beslutet, och leverantörens kontakt som en roll. Aldrig namn, personnummer, adresser, telefonnummer, e-post eller uppgifter om hälsa eller annat känsligt: nyckeln till personen stannar i ert eget ärendesystem.",
  "guide.step6.record":
    "Skriv in utfallet efter placeringen som en kategori (till exempel Annat arbete eller Studier) med datum för uppföljningen, och lärdomar per steg utan att peka ut någon. Aldrig hur det gick för en namngiven person, hälsa eller privata skäl.",
  "error.sheetMissing": "Bladet {detail} finns inte i arbetsboken. Skapa eller uppgradera uppföljningsmallen (fullversionen) under fliken Uppföljningsmall.",
  // ---- shell ----
  "app.title": "SYSS – Sysselsättningskrav",
  "app.subtitle": "Uppföljning och samhällsekonomisk kalkyl för upphandlingar med sysselsättningskrav",
  "app.navLabel": "Delar av tillägget",
  "app.moreTabs": "Mer",
  "app.loadingView": "Läser in vyn …",
  "tab.guide": "Processguide",
  "tab.template": "Uppföljningsmall",
  "tab.validate": "Validera",
  "tab.calculator": "Kalkyl",
  "tab.parameters": "Parametrar",
  "tab.exante": "Före upphandling",
  "tab.portfolio": "Portfölj",

  // ---- common ----
  "common.yes": "Ja",
  "common.no": "Nej",
  "common.note": "Anteckning",
  "common.working": "Arbetar …",
  "common.done": "Klart.",
  "common.dismiss": "Stäng meddelandet",
  // ---- long work: progress and cancel ----
  "work.progress": "Steg {index} av {total}: {step}",
  "work.fileProgress": "Fil {index} av {total}: {step}",
  "work.step.read": "läser arbetsboken …",
  "work.step.compare": "jämför med mallen …",
  "work.step.check": "kontrollerar {count} rader …",
  "work.step.write": "skriver i arbetsboken …",
  "work.step.file": "läser {name} …",
  "work.cancel": "Avbryt",
  "work.cancelling": "Avbryter när steget är klart …",
  "work.notCancellable": "Excel skriver nu; det går inte att avbryta.",
  "work.cancelled": "Avbrutet. Inget ändrades i arbetsboken.",

  // ---- errors (what happened + what to do) ----
  "error.title": "Det gick inte",
  "error.unexpected": "Något oväntat gick fel. Försök igen. Om felet kvarstår: stäng och öppna åtgärdsfönstret igen.",
  "error.excelBusy": "Excel kunde inte ta emot ändringen just nu (en cell redigeras kanske). Avsluta redigeringen och försök igen.",
  "error.templateMissing": "Arbetsboken saknar uppföljningsmallen. Skapa den under fliken Uppföljningsmall först.",
  "error.templateConflict": "Mallen kunde inte skapas eller uppgraderas, och inget ändrades: {detail}",
  "error.contractInvalid": "Avtalsuppgifterna är inte giltiga: {detail}",
  "error.modelInput": "Kalkylen kan inte räknas: {detail}",
  "error.notAvailable": "Funktionen finns inte i den här versionen av Excel eller tillägget ännu. Uppdatera Excel eller tillägget och försök igen.",
  "error.download": "Leverantörsversionen kunde inte skapas. Kontrollera avtalsuppgifterna och försök igen.",
  "error.supplierPersonalData":
    "Leverantörsversionen skapades inte: arbetsboken innehåller personnummer eller samordningsnummer i {detail}. Ta bort dem och försök igen.",
  "error.supplierConfirm": "Möjliga personuppgifter i {detail}.",
  "error.sheetProtected": "Bladet är skyddat och kan inte ändras. Ta bort bladskyddet och försök igen.",
  "error.workbook": "Arbetsboken kunde inte ändras: {detail}",
  "error.import": "Filen importerades inte: {detail}",

  // ---- process guide ----
  "guide.heading": "Processguide: sex steg",
  "guide.intro":
    "Upphandlingsmyndighetens modell följer inköpsprocessen: förbereda (planera, kartlägga, analysera), upphandla och realisera (implementera, förvalta). Varje steg slutar i något du kan göra i arbetsboken.",
  "guide.phase.prepare": "Förbereda",
  "guide.phase.procure": "Upphandla",
  "guide.phase.realise": "Realisera",
  "guide.procurer": "Upphandlande organisation",
  "guide.matching": "Matchningsansvarig",
  "guide.inWorkbook": "I arbetsboken",
  "guide.stepLabel": "Steg {n}: {title}",

  "guide.step1.title": "Planera – börja dialogen",
  "guide.step1.procurer":
    "Ta reda på om det finns ett politiskt beslut eller ett beslut i ledningen, och om den beställande verksamheten vill vara med. Ett beslut kan gälla ett pilotprojekt, en kategori, ett tidsbegränsat projekt eller en generell policy.",
  "guide.step1.matching":
    "Utse kontaktpersoner, ta kontakt med företag, avsätt tid för beställaren, företagen och bransch- och fackliga organisationer, bygg rutiner (även för uppföljning) och informera internt.",
  "guide.step1.action": "Besvara de fyra frågorna nedan. Svaren och anteckningarna sparas på bladet Beslutsunderlag.",
  "guide.step2.title": "Kartlägga – förstå målgruppen",
  "guide.step2.procurer":
    "Beskriv tjänsten och var den utförs, sätt detaljerade mål och bedöm hur många anställningstillfällen (platser eller timmar) avtalet kan ge.",
  "guide.step2.matching":
    "Kartlägg demografi, arbetsmarknad, branschen, kollektivavtal och regler, och ta fram kompetensprofiler (utbildning, färdigheter, erfarenhet) för målgruppen.",
  "guide.step2.action": "Målgrupper och förväntat antal platser skrivs på bladet Avtal; målgruppens storlek per yrke eller område, med källa och datum, i tabellen Kartläggning.",
  "guide.step3.title": "Analysera – ge stöd",
  "guide.step3.procurer":
    "Bedöm om upphandlingen passar för ett sysselsättningskrav med frågorna nedan, gör en samhällsekonomisk förhandsbedömning och fatta beslut om att upphandla.",
  "guide.step3.matching": "Stöd analysen med kunskap om målgruppen och om vilka platser som är realistiska.",
  "guide.step3.action": "Besvara lämplighetsfrågorna och räkna på förväntade placeringar i Kalkyl.",
  "guide.step4.title": "Upphandla – upphandlingen genomförs",
  "guide.step4.procurer":
    "Skriv in kriteriet Sysselsättningskrav: åtagande om N heltidsmånader, första start inom 6 månader, 75 %-regeln, rapportering och sanktioner, gärna en bonusklausul.",
  "guide.step4.matching": "Lite arbete i det här steget. Den matchningsansvariga svarar på frågor om målgruppen.",
  "guide.step4.action": "Avtalsvillkoren skrivs på bladet Avtal när du skapar uppföljningsmallen.",
  "guide.step5.title": "Implementera – ge stöd till leverantören",
  "guide.step5.procurer":
    "Håll ett uppstartsmöte med leverantören och den matchningsansvariga. Leverantören bestämmer själv vem som anställs.",
  "guide.step5.matching":
    "Driv rekryteringskedjan: hitta personer i målgruppen, bedöm dem mot avtalet, ge grundutbildning, matcha, ordna praktik eller yrkesutbildning – tills anställning eller praktik startar.",
  "guide.step5.action": "Leverantörens platser i Platser, rekryteringskedjan i Matchning (fliken Matchning), leverantörens rekryteringsinsatser i Insatser och uppstartsmötet i Uppstart. Placeringar förs in i tabellen Placeringar; skicka leverantören en leverantörsversion av arbetsboken (den har inga matchningsblad).",
  "guide.step6.title": "Förvalta – lär av erfarenheterna",
  "guide.step6.procurer":
    "Följ upp varje avtal med sysselsättningskrav vid de överenskomna tidpunkterna. Brister får rättas innan sanktioner. Hantera personuppgifter enligt GDPR och utvärdera om målen nåddes.",
  "guide.step6.matching": "Bidra till uppföljningen och den samhällsekonomiska beräkningen.",
  "guide.step6.action": "Importera leverantörens fil, validera arbetsboken och följ alla avtal i en portfölj med årsrapport. Skriv utfallet efter varje placering i Placeringar (Utfall efter avslut, Utfall uppföljt) och lärdomarna i Erfarenheter.",
  "guide.goto.template": "Öppna Uppföljningsmall",
  "guide.goto.calculator": "Öppna Kalkyl",
  "guide.goto.validate": "Öppna Validera",
  "guide.goto.portfolio": "Öppna Portfölj",
  "guide.goto.exante": "Öppna Dimensionera, Förhandskalkyl och Avtalsvillkor",
  "guide.privacy.heading": "Personuppgifter (steg 1, 5 och 6)",
  "guide.privacy.intro":
    "Uppföljningen av sysselsättningskrav behandlar uppgifter om enskilda personer. Planera det i steg 1, kom överens med leverantören i steg 5 och följ upp och gallra i steg 6.",
  "guide.privacy.roles.heading": "Vem är personuppgiftsansvarig?",
  "guide.privacy.roles":
    "Den upphandlande organisationen är personuppgiftsansvarig för uppföljningen den själv gör och de uppgifter den tar emot. Leverantören är personuppgiftsansvarig för sina egna anställda (lön, anställning, sjukfrånvaro). Matchningsansvarig (kommunens arbetsmarknadsenhet eller Arbetsförmedlingen) ansvarar för sina egna register över deltagare. Om leverantören behandlar uppgifter för er räkning behövs ett personuppgiftsbiträdesavtal (art. 28). Ta med ert dataskyddsombud från början.",
  "guide.privacy.dpia.heading": "Konsekvensbedömning (DPIA) – checklista",
  "guide.privacy.dpia":
    "1. Syftet: att följa upp avtalets åtagande och räkna samhällsekonomisk effekt. 2. Rättslig grund (oftast uppgift av allmänt intresse, art. 6.1 e). 3. Varje uppgift behövs för syftet – annars tas den bort (uppgiftsminimering). 4. Känsliga uppgifter: målgruppen kan avslöja hälsa eller socialt stöd, och anställningsstödet lönebidrag förutsätter en funktionsnedsättning, alltså en hälsouppgift (art. 9). 5. Pseudonymisering: bara Ärende-ID i arbetsboken; nyckeln till personerna finns bara hos matchningsansvarig. 6. Vem som får se arbetsboken, och hur filer skickas. 7. Små grupper (färre än 5) redovisas som \"< 5\" i det som delas. 8. Gallringsdatum (Gallras senast på Avtal). 9. Hur deltagarna informeras. 10. Riskerna för deltagaren (att bli utpekad) och åtgärderna mot dem. IMY anger att en konsekvensbedömning krävs när känsliga uppgifter om sårbara personer behandlas; gör den innan uppföljningen börjar.",
  "guide.privacy.info.heading": "Information till deltagarna (mall att kopiera)",
  "guide.privacy.info":
    "[Organisation] följer upp hur leverantörer uppfyller kraven på sysselsättning i våra avtal. För det behandlar vi uppgifter om din placering: ett ärendenummer (inte ditt namn eller personnummer), målgrupp, kön, ålder, anställningsform, datum, omfattning, lön och eventuellt anställningsstöd. Syftet är att följa upp avtalet och beräkna insatsens nytta för samhället. Rättslig grund: uppgift av allmänt intresse. Uppgifterna lämnas inte ut till andra än [matchningsansvarig/leverantör] och sparas till och med [Gallras senast], därefter raderas eller anonymiseras de. Personuppgiftsansvarig är [organisation, kontaktuppgifter]; dataskyddsombud: [kontakt]. Du har rätt att få veta vilka uppgifter vi har om dig, få fel rättade, begära radering eller begränsning och invända mot behandlingen. Du kan klaga hos Integritetsskyddsmyndigheten (IMY).",
  "guide.privacy.suppliers.heading": "Vad leverantören får lämna – och inte",
  "guide.privacy.suppliers":
    "Be om: Ärende-ID, målgrupp, kön, ålder, sysselsättningsform, datum, omfattning, lön, anställningsstöd och handledning – det som leverantörsversionen innehåller. Be inte om: personnummer, namn, kontaktuppgifter, diagnoser eller annan hälsa, uppgifter om brott, eller förmånshistorik (tid i arbetslöshet, nyanländ, a-kassa, bostadsbidrag); den historiken har bara matchningsansvarig, och den fylls i den upphandlande organisationens arbetsbok. Leverantörsversionen skapas först efter en kontroll av personuppgifter.",
  "guide.privacy.retention.heading": "Gallring",
  "guide.privacy.retention":
    "Spara uppgifterna bara så länge uppföljningen behöver dem och enligt er informationshanteringsplan (arkivlagen gäller för myndigheter). Mallens förval är avtalsslut + 2 år (Gallras senast på Avtal); därefter varnar valideringen så länge placeringar finns kvar.",
  "guide.privacy.sources":
    "Källor: dataskyddsförordningen (EU) 2016/679 art. 5, 6, 9, 10, 13, 28 och 35; Integritetsskyddsmyndigheten (imy.se): vägledningarna om konsekvensbedömning, personuppgiftsansvar och information till de registrerade; Upphandlingsmyndigheten (upphandlingsmyndigheten.se): den nationella modellen för sysselsättningskrav.",

  "guide.go.heading": "Fyra frågor inför start (steg 1)",
  "guide.go.q1": "Finns det ett politiskt beslut eller ett beslut i ledningen?",
  "guide.go.q2": "Är den beställande verksamheten intresserad?",
  "guide.go.q3": "Är en matchningsansvarig utsedd för rekryteringen?",
  "guide.go.q4": "Finns ett regionalt nätverk eller annan samverkan?",
  "guide.go.summary.start": "Alla svar är ja: starta arbetet.",
  "guide.go.summary.management": "Minst ett svar är nej. Gör detta innan arbetet startar:",
  "guide.go.q1.advice": "Börja med ledningen och förankra ett beslut, till exempel ett pilotprojekt.",
  "guide.go.q2.advice": "Prata med den beställande verksamheten om vad kravet ger och vad det kräver av dem, och få dem med innan upphandlingen.",
  "guide.go.q3.advice": "Utse en matchningsansvarig, till exempel kommunens arbetsmarknadsenhet eller Arbetsförmedlingen, som hittar och rustar kandidaterna.",
  "guide.go.q4.advice": "Sök samverkan med grannkommuner eller ett regionalt nätverk; det går att börja utan, men samverkan ger fler kandidater och erfarenheter.",
  "guide.go.summary.incomplete": "Besvara alla fyra frågor för att få en rekommendation ({answered} av 4 besvarade).",

  "guide.fit.heading": "Lämplighetsfrågor (steg 3)",
  "guide.fit.q1": "Passar typen av upphandling (tjänst eller byggentreprenad) för ett sysselsättningskrav?",
  "guide.fit.q2": "Är avtalstiden längre än ett år?",
  "guide.fit.q3": "Är uppdraget arbetsintensivt?",
  "guide.fit.q4": "Utgör personalkostnaderna en stor del av kostnaden?",
  "guide.fit.q5": "Utförs uppdraget av mer än en person?",
  "guide.fit.q6": "Finns det leverantörer i regionen?",
  "guide.fit.q7": "Har andra upphandlande organisationer samma behov?",
  "guide.fit.reminder":
    "Kom ihåg: bedöm också om avtalet behöver arbetsrättsliga villkor (lön, semester, arbetstid). Det är en påminnelse och påverkar inte bedömningen ovan.",
  "guide.fit.summary.good": "{yes} av 7 svar talar för ett sysselsättningskrav: upphandlingen verkar lämplig.",
  "guide.fit.summary.partly": "{yes} av 7 svar talar för ett sysselsättningskrav: lämpligt med anpassningar; diskutera nej-svaren.",
  "guide.fit.summary.poor": "Bara {yes} av 7 svar talar för ett sysselsättningskrav: överväg en annan upphandling.",
  "guide.fit.summary.incomplete": "Besvara alla sju frågor för en sammanfattning ({answered} av 7 besvarade).",
  "guide.fit.q1.advice": "Nej om typen: varor och korta leveranser passar sällan; ställ kravet på en tjänstedel eller i en annan upphandling.",
  "guide.fit.q2.advice": "Nej om avtalstiden: ett kort avtal rymmer få placeringar; välj ett litet åtagande, till exempel en praktikplats.",
  "guide.fit.q3.advice": "Nej om arbetsintensitet: lite arbete i uppdraget ger få heltidsmånader; sätt åtagandet därefter.",
  "guide.fit.q4.advice": "Nej om personalkostnader: håll åtagandet litet i förhållande till kontraktets värde, så att anbuden inte blir dyrare än nyttan.",
  "guide.fit.q5.advice": "Nej om fler personer: en ensam utförare har svårt att handleda; överväg praktik eller ett krav på underleverantörer.",
  "guide.fit.q6.advice": "Nej om leverantörer i regionen: fråga marknaden innan kravet ställs, så att konkurrensen inte försvinner.",
  "guide.fit.q7.advice": "Nej om andra med samma behov: det går bra ensam; samordning hade annars kunnat ge fler placeringar.",
  "guide.save": "Spara i Beslutsunderlag",
  "guide.saved": "Svaren är sparade på bladet Beslutsunderlag.",
  "guide.savedElsewhere": "Bladet Beslutsunderlag har ändrats i Excel sedan det lästes, så det lämnades orört: svaren är sparade på bladet {sheet}.",
  "guide.confirmBlanks": "Beslutsunderlag har sparade svar som skulle bli tomma ({n} st: svar, anteckningar eller valt N). Spara ändå?",
  "guide.saveAnyway": "Spara ändå",
  "guide.keepSaved": "Avbryt",
  "guide.sheet.question": "Fråga",
  "guide.sheet.answer": "Svar",
  "guide.sheet.note": "Anteckning",

  // ---- choices in drop-downs (the template form and the calculator) ----
  "choice.kommun": "Kommun",
  "choice.region": "Region",
  "choice.stat": "Stat",
  "choice.anställning": "Anställning",
  "choice.lärlingsanställning": "Lärlingsanställning",
  "choice.praktik": "Praktik",
  "choice.ingen": "Ingen",
  "choice.nystartsjobb": "Nystartsjobb",
  "choice.introduktionsjobb": "Introduktionsjobb",
  "choice.lönebidrag": "Lönebidrag",
  "choice.etableringsersättning": "Etableringsersättning",
  "choice.a-kassa": "A-kassa",
  "choice.aktivitetsstöd": "Aktivitetsstöd",
  "choice.utvecklingsersättning": "Utvecklingsersättning",
  "choice.valfri": "Valfri",
  "choice.månad": "Månad",
  "choice.kvartal": "Kvartal",
  "choice.halvår": "Halvår",
  "choice.år": "År",

  // ---- "Om SYSS": the header button; the section's own texts are in paneAbout.ts ----
  "about.open": "Om SYSS",
  "about.heading": "Om SYSS",
  "about.loading": "Läser uppgifterna …",
} as const;

/** The keys of the first-load table. */
type CoreKey = keyof typeof SV;
/** Every key of the pane: the first-load table's and each tab's. */
export type UiKey = CoreKey | TemplatePaneKey | ValidatePaneKey | CalculatorPaneKey | ParametersPaneKey | AboutPaneKey | MatchingPaneKey;

const EN: Readonly<Record<CoreKey, string>> = {
  "tab.matching": "Matching",
  "error.matching": "Nothing was changed: {detail}",
  "guide.goto.matching": "Open Matching",
  "guide.goto.sheet": "Go to the {sheet} sheet",
  "guide.record.heading": "What to record – and never",
  "guide.step2.record":
    "Record the number in the target group per occupation or area, the source (for example the Swedish Public Employment Service's statistics) and the date the figure refers to. Never details of individual people: the mapping is about groups.",
  "guide.step5.record":
    "Record pseudonymous candidate IDs (K-001), position IDs, the date of each stage and the decision, and the supplier's contact as a role. Never names, personal identity numbers, addresses, phone numbers, e-mail or health or other sensitive details: the key to the person stays in your own case system.",
  "guide.step6.record":
    "Record the outcome after the placement as a category (for example Other work or Studies) with the date of the follow-up, and lessons learned per step without singling anyone out. Never how a named person fared, health or private reasons.",
  "error.sheetMissing": "The workbook has no {detail} sheet. Create or upgrade the follow-up workbook (full version) on the Follow-up workbook tab.",
  "app.title": "SYSS – Employment requirements",
  "app.subtitle": "Follow-up and socio-economic calculation for procurements with employment requirements",
  "app.navLabel": "Parts of the add-in",
  "app.moreTabs": "More",
  "app.loadingView": "Loading the view …",
  "tab.guide": "Process guide",
  "tab.template": "Follow-up workbook",
  "tab.validate": "Validate",
  "tab.calculator": "Calculator",
  "tab.parameters": "Parameters",
  "tab.exante": "Before procurement",
  "tab.portfolio": "Portfolio",

  "common.yes": "Yes",
  "common.no": "No",
  "common.note": "Note",
  "common.working": "Working …",
  "common.done": "Done.",
  "common.dismiss": "Dismiss the message",
  "work.progress": "Step {index} of {total}: {step}",
  "work.fileProgress": "File {index} of {total}: {step}",
  "work.step.read": "reading the workbook …",
  "work.step.compare": "comparing with the template …",
  "work.step.check": "checking {count} rows …",
  "work.step.write": "writing to the workbook …",
  "work.step.file": "reading {name} …",
  "work.cancel": "Cancel",
  "work.cancelling": "Cancelling when this step ends …",
  "work.notCancellable": "Excel is writing now; it cannot be cancelled.",
  "work.cancelled": "Cancelled. Nothing in the workbook changed.",

  "error.title": "That did not work",
  "error.unexpected": "Something unexpected went wrong. Try again. If it keeps happening, close and reopen the task pane.",
  "error.excelBusy": "Excel could not accept the change right now (perhaps a cell is being edited). Finish editing and try again.",
  "error.templateMissing": "The workbook has no follow-up template. Create it on the Follow-up workbook tab first.",
  "error.templateConflict": "The template could not be created or upgraded, and nothing was changed: {detail}",
  "error.contractInvalid": "The contract details are not valid: {detail}",
  "error.modelInput": "The calculation cannot be made: {detail}",
  "error.notAvailable": "This feature is not available in this version of Excel or of the add-in yet. Update Excel or the add-in and try again.",
  "error.download": "The supplier version could not be created. Check the contract details and try again.",
  "error.supplierPersonalData":
    "The supplier version was not created: the workbook holds personal identity or coordination numbers in {detail}. Remove them and try again.",
  "error.supplierConfirm": "Possible personal data in {detail}.",
  "error.sheetProtected": "The sheet is protected and cannot be changed. Remove the sheet protection and try again.",
  "error.workbook": "The workbook could not be changed: {detail}",
  "error.import": "The file was not imported: {detail}",

  "guide.heading": "Process guide: six steps",
  "guide.intro":
    "The Swedish National Agency for Public Procurement's model follows the purchasing process: prepare (plan, map, analyse), procure and realise (implement, manage). Each step ends in something you can do in the workbook.",
  "guide.phase.prepare": "Prepare",
  "guide.phase.procure": "Procure",
  "guide.phase.realise": "Realise",
  "guide.procurer": "Procuring organisation",
  "guide.matching": "Matching organisation (matchningsansvarig)",
  "guide.inWorkbook": "In the workbook",
  "guide.stepLabel": "Step {n}: {title}",

  "guide.step1.title": "Plan – start the dialogue",
  "guide.step1.procurer":
    "Find out whether there is a political or management decision, and whether the commissioning unit wants to take part. A decision may cover a pilot, a category, a time-limited project or a general policy.",
  "guide.step1.matching":
    "Appoint contact persons, contact companies, set aside time for the buyer, the companies and trade and union organisations, set up routines (including follow-up) and inform internally.",
  "guide.step1.action": "Answer the four questions below. The answers and notes are saved on the Beslutsunderlag sheet.",
  "guide.step2.title": "Map – understand the target group",
  "guide.step2.procurer":
    "Describe the service and where it is performed, set detailed goals and estimate how many employment opportunities (places or hours) the contract can offer.",
  "guide.step2.matching":
    "Map demography, the labour market, the sector, collective agreements and rules, and draw up competence profiles (education, skills, experience) for the target group.",
  "guide.step2.action": "Target groups and the expected number of places go on the Avtal sheet; the size of the target group per occupation or area, with source and date, in the Kartläggning table.",
  "guide.step3.title": "Analyse – give support",
  "guide.step3.procurer":
    "Judge whether the procurement suits an employment requirement with the questions below, make an ex-ante socio-economic estimate and decide to procure.",
  "guide.step3.matching": "Support the analysis with knowledge of the target group and of which places are realistic.",
  "guide.step3.action": "Answer the suitability questions and estimate the expected placements in the Calculator.",
  "guide.step4.title": "Procure – the procurement is carried out",
  "guide.step4.procurer":
    "Write the criterion Sysselsättningskrav: a commitment of N full-time months, a first start within 6 months, the 75 % rule, reporting and sanctions, and preferably a bonus clause.",
  "guide.step4.matching": "Little work in this step. The matching organisation answers questions about the target group.",
  "guide.step4.action": "The contract terms go on the Avtal sheet when you create the follow-up workbook.",
  "guide.step5.title": "Implement – support the supplier",
  "guide.step5.procurer":
    "Hold a start-up meeting with the supplier and the matching organisation. The supplier decides whom to hire.",
  "guide.step5.matching":
    "Run the recruitment chain: find people in the target group, assess them against the contract, give basic training, match, arrange praktik or vocational training – until employment or praktik starts.",
  "guide.step5.action": "The supplier's positions go in Platser, the recruitment chain in Matchning (the Matching tab), the supplier's recruitment efforts in Insatser and the start-up meeting in Uppstart. Placements go into the Placeringar table; send the supplier a supplier version of the workbook (it has no matching sheets).",
  "guide.step6.title": "Manage – learn from experience",
  "guide.step6.procurer":
    "Follow up every contract with an employment requirement at the agreed dates. Deficiencies get a chance of correction before sanctions. Handle personal data under the GDPR and evaluate whether the goals were met.",
  "guide.step6.matching": "Contribute to the follow-up and to the socio-economic calculation.",
  "guide.step6.action": "Import the supplier's file, validate the workbook and follow every contract in a portfolio with an annual report. Record the outcome after each placement in Placeringar (Utfall efter avslut, Utfall uppföljt) and the lessons learned in Erfarenheter.",
  "guide.goto.template": "Open Follow-up workbook",
  "guide.goto.calculator": "Open Calculator",
  "guide.goto.validate": "Open Validate",
  "guide.goto.portfolio": "Open Portfolio",
  "guide.goto.exante": "Open sizing, ex-ante estimate and clause",
  "guide.privacy.heading": "Personal data (steps 1, 5 and 6)",
  "guide.privacy.intro":
    "Following up employment requirements processes data about individual people. Plan it in step 1, agree with the supplier in step 5, and follow up and delete in step 6.",
  "guide.privacy.roles.heading": "Who is the controller?",
  "guide.privacy.roles":
    "The procuring organisation is the controller for its own follow-up and the data it receives. The supplier is the controller for its own employees (pay, employment, sick leave). The matchningsansvarig (the municipal labour-market unit or Arbetsförmedlingen) is responsible for its own register of participants. If the supplier processes data on your behalf, a data processing agreement is needed (Art. 28). Involve your data protection officer from the start.",
  "guide.privacy.dpia.heading": "Data protection impact assessment (DPIA) – checklist",
  "guide.privacy.dpia":
    "1. The purpose: following up the contract's commitment and calculating the socio-economic effect. 2. Legal basis (usually a task in the public interest, Art. 6(1)(e)). 3. Each data item is needed for the purpose – otherwise it is removed (minimisation). 4. Sensitive data: the target group may reveal health or social assistance, and the employment subsidy lönebidrag presupposes a disability, i.e. health data (Art. 9). 5. Pseudonymisation: only case IDs in the workbook; the key to the people stays with the matchningsansvarig. 6. Who may see the workbook, and how files are sent. 7. Small groups (fewer than 5) are shown as \"< 5\" in what is shared. 8. Deletion date (Gallras senast on Avtal). 9. How participants are informed. 10. The risks to the participant (being singled out) and the measures against them. IMY states that an assessment is required when sensitive data about vulnerable people is processed; do it before the follow-up starts.",
  "guide.privacy.info.heading": "Information to participants (template to copy)",
  "guide.privacy.info":
    "[Organisation] follows up how suppliers meet the employment requirements in our contracts. For this we process data about your placement: a case number (not your name or personal identity number), target group, sex, age, form of employment, dates, scope, salary and any employment subsidy. The purpose is to follow up the contract and calculate the benefit to society. Legal basis: a task in the public interest. The data is not disclosed to anyone but [matchningsansvarig/supplier] and is kept until [Gallras senast], after which it is deleted or anonymised. The controller is [organisation, contact details]; data protection officer: [contact]. You have the right to know what data we hold about you, to have errors corrected, to ask for erasure or restriction, and to object to the processing. You can complain to the Swedish Authority for Privacy Protection (IMY).",
  "guide.privacy.suppliers.heading": "What the supplier may provide – and not",
  "guide.privacy.suppliers":
    "Ask for: case ID, target group, sex, age, form of placement, dates, scope, salary, employment subsidy and supervision – what the supplier version contains. Do not ask for: personal identity numbers, names, contact details, diagnoses or other health data, criminal records, or benefit history (months unemployed, new arrival, unemployment insurance, housing benefit); only the matchningsansvarig has that history, and it is filled in the procuring organisation's workbook. The supplier version is created only after a personal-data check.",
  "guide.privacy.retention.heading": "Retention",
  "guide.privacy.retention":
    "Keep the data only as long as the follow-up needs it and as your records management plan says (the Archives Act applies to public bodies). The template's default is contract end + 2 years (Gallras senast on Avtal); after that, validation warns while placements remain.",
  "guide.privacy.sources":
    "Sources: General Data Protection Regulation (EU) 2016/679 Art. 5, 6, 9, 10, 13, 28 and 35; the Swedish Authority for Privacy Protection (imy.se): guidance on impact assessments, controllership and information to data subjects; the National Agency for Public Procurement (upphandlingsmyndigheten.se): the national model for employment requirements.",

  "guide.go.heading": "Four questions before starting (step 1)",
  "guide.go.q1": "Is there a political or management decision?",
  "guide.go.q2": "Is the commissioning unit interested?",
  "guide.go.q3": "Has a matching organisation been appointed for the recruitment?",
  "guide.go.q4": "Is there a regional network or other cooperation?",
  "guide.go.summary.start": "All answers are yes: start the work.",
  "guide.go.summary.management": "At least one answer is no. Do this before starting:",
  "guide.go.q1.advice": "Start with management and secure a decision, for example a pilot.",
  "guide.go.q2.advice": "Talk with the commissioning unit about what the requirement gives and asks of them, and get them on board before the procurement.",
  "guide.go.q3.advice": "Appoint a matching organisation, for example the municipality's labour market unit or Arbetsförmedlingen, to find and prepare candidates.",
  "guide.go.q4.advice": "Look for cooperation with neighbouring municipalities or a regional network; you can start without it, but it brings more candidates and experience.",
  "guide.go.summary.incomplete": "Answer all four questions to get a recommendation ({answered} of 4 answered).",

  "guide.fit.heading": "Suitability questions (step 3)",
  "guide.fit.q1": "Does the type of procurement (a service or construction works) suit an employment requirement?",
  "guide.fit.q2": "Is the contract longer than one year?",
  "guide.fit.q3": "Is the work labour-intensive?",
  "guide.fit.q4": "Are staff costs a large share of the cost?",
  "guide.fit.q5": "Is the work performed by more than one person?",
  "guide.fit.q6": "Are there suppliers in the region?",
  "guide.fit.q7": "Do other buyers have the same need?",
  "guide.fit.reminder":
    "Remember: also assess whether the contract needs labour-law conditions (pay, holidays, working hours). This is a reminder and does not affect the assessment above.",
  "guide.fit.summary.good": "{yes} of 7 answers favour an employment requirement: the procurement looks suitable.",
  "guide.fit.summary.partly": "{yes} of 7 answers favour an employment requirement: suitable with adjustments; discuss the no answers.",
  "guide.fit.summary.poor": "Only {yes} of 7 answers favour an employment requirement: consider another procurement.",
  "guide.fit.summary.incomplete": "Answer all seven questions for a summary ({answered} of 7 answered).",
  "guide.fit.q1.advice": "No on the type: goods and short deliveries seldom suit; put the requirement on a service part or in another procurement.",
  "guide.fit.q2.advice": "No on the contract term: a short contract holds few placements; choose a small commitment, for example one internship.",
  "guide.fit.q3.advice": "No on labour intensity: little work in the contract gives few full-time months; size the commitment accordingly.",
  "guide.fit.q4.advice": "No on staff costs: keep the commitment small against the contract value, so tenders do not cost more than the benefit.",
  "guide.fit.q5.advice": "No on more than one person: a single performer can hardly supervise; consider an internship or a requirement on subcontractors.",
  "guide.fit.q6.advice": "No on suppliers in the region: ask the market before setting the requirement, so competition does not disappear.",
  "guide.fit.q7.advice": "No on others with the same need: going alone is fine; coordination could otherwise have given more placements.",
  "guide.save": "Save to Beslutsunderlag",
  "guide.saved": "The answers are saved on the Beslutsunderlag sheet.",
  "guide.savedElsewhere": "The Beslutsunderlag sheet was changed in Excel since it was read, so it was left as it is: the answers are saved on the sheet {sheet}.",
  "guide.confirmBlanks": "Beslutsunderlag holds saved answers that would become blank ({n}: answers, notes or the chosen N). Save anyway?",
  "guide.saveAnyway": "Save anyway",
  "guide.keepSaved": "Cancel",
  "guide.sheet.question": "Question",
  "guide.sheet.answer": "Answer",
  "guide.sheet.note": "Note",

  "choice.kommun": "Municipality",
  "choice.region": "Region",
  "choice.stat": "State",
  "choice.anställning": "Employment",
  "choice.lärlingsanställning": "Apprenticeship",
  "choice.praktik": "Internship (praktik)",
  "choice.ingen": "None",
  "choice.nystartsjobb": "New start job",
  "choice.introduktionsjobb": "Introduction job",
  "choice.lönebidrag": "Wage subsidy",
  "choice.etableringsersättning": "Establishment allowance",
  "choice.a-kassa": "Unemployment insurance",
  "choice.aktivitetsstöd": "Activity support",
  "choice.utvecklingsersättning": "Development allowance",
  "choice.valfri": "Any form",
  "choice.månad": "Monthly",
  "choice.kvartal": "Quarterly",
  "choice.halvår": "Half-yearly",
  "choice.år": "Yearly",

  "about.open": "About SYSS",
  "about.heading": "About SYSS",
  "about.loading": "Reading the details …",
};

/** A table of texts, Swedish and English, with the same keys. */
export interface PaneTexts<K extends string = string> {
  readonly sv: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/** The first-load table: the shell, errors, long work and the guide. */
export const UI_TEXTS: PaneTexts<CoreKey> = { sv: SV, en: EN };

/** What `uiText` looks in: the first-load table and every tab's table added so far. */
const known: Record<UiLang, Record<string, string>> = { sv: { ...SV }, en: { ...EN } };

/**
 * Adds a tab's own texts. Each module of a tab that shows them calls this as it loads, so the first load
 * carries only the shell's and the guide's texts (issue 19) and `t("validate.…")` works as soon as the
 * tab's code is there. Adding a table twice changes nothing.
 */
export function registerPaneTexts(texts: PaneTexts): void {
  Object.assign(known.sv, texts.sv);
  Object.assign(known.en, texts.en);
}

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible so a missing argument is noticed.
 * A key whose tab has not added its texts shows as the key itself, never as an empty text.
 */
export function uiText(lang: UiLang, key: UiKey, params?: Readonly<Record<string, string | number>>): string {
  return fill(known[lang][key] ?? key, params ?? {});
}

/** Swedish unless the Office display language (e.g. "en-US", "sv-SE") is something other than Swedish. */
export function uiLangFor(displayLanguage: string | undefined | null): UiLang {
  if (!displayLanguage) return "sv";
  return displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en";
}
