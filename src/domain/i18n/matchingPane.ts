/**
 * Texts of the task pane's Matchning tab (spec/matching.md), Swedish and English. Not in the first-load table
 * (ui.ts): the tab's code adds them with registerPaneTexts when it loads (issue 19), so `t("matching.…")` works
 * there, and the same checks (same keys, same placeholders, spelling) cover them. `matching.problem.<code>`
 * explains each PipelineProblem code (domain/matching/pipeline.ts).
 */
import type { PaneTexts } from "./ui";

const SV = {

  "matching.heading": "Matchning: platser och kandidater",
  "matching.intro":
    "Steg 5: följ rekryteringskedjan per plats, från anvisad till startad. Kandidater är pseudonyma Kandidat-ID (K-001); nyckeln till personen stannar i ert eget ärendesystem.",
  "matching.privacy": "Skriv aldrig namn, personnummer, adresser, kontaktuppgifter eller uppgifter om hälsa i arbetsboken.",
  "matching.readAt": "Läst ur arbetsboken kl. {time}.",
  "matching.refresh": "Läs in igen",
  "matching.stale": "Tabellerna har ändrats i Excel sedan de lästes, så det som visas kan vara inaktuellt. Läs in igen.",
  "matching.loading": "Läser tabellerna Platser och Matchning …",
  "matching.missing":
    "Arbetsboken saknar tabellerna {tables}. De finns i fullversionen av uppföljningsmallen: skapa eller uppgradera den under fliken Uppföljningsmall.",

  "matching.funnel.heading": "Tratt",
  "matching.funnel.chartTitle": "Kandidater per steg",
  "matching.funnel.chartDesc": "Antal kandidater som har nått varje steg, för alla platser.",
  "matching.funnel.conversion": "{share} av de anvisade har startat.",
  "matching.funnel.median": "Median {days} dagar från anvisad till start.",
  "matching.funnel.openWithout": "Öppna platser utan kandidater: {ids}.",
  "matching.stage.referred": "Anvisade",
  "matching.stage.interviewed": "Intervjuade",
  "matching.stage.offered": "Erbjudna",
  "matching.stage.started": "Startade",
  "matching.now.none": "inget steg ännu",
  "matching.now.referred": "anvisad",
  "matching.now.interviewed": "intervjuad",
  "matching.now.offered": "erbjuden",
  "matching.now.started": "startad",
  "matching.next.referred": "Anvisad",
  "matching.next.interviewed": "Intervju",
  "matching.next.offered": "Erbjudande",

  "matching.positions.heading": "Platser",
  "matching.positions.empty": "Inga platser ännu. Skriv in leverantörens platser i tabellen Platser (Plats-ID, t.ex. L-01).",
  "matching.position.title": "{id} {role}",
  "matching.position.status": "Status: {status}",
  "matching.position.noCandidates": "inga kandidater",

  "matching.candidates.heading": "Flytta en kandidat",
  "matching.candidates.empty": "Inga kandidater ännu. Lägg till en nedan.",
  "matching.candidates.pick": "Kandidat",
  "matching.candidates.option": "{candidate} – {position} ({stage})",
  "matching.candidate.closed": "{candidate} har beslutet {decision}; inget nästa steg.",
  "matching.candidate.startedAs": "{candidate} är startad som {caseId}.",
  "matching.advance": "Nästa steg: {stage}",
  "matching.stepDate": "Datum för steget",
  "matching.advanced": "{candidate}: {stage} {date} är sparat i Matchning.",
  "matching.start": "Starta placering",
  "matching.startDate": "Startdatum",
  "matching.startHint": "Skapar en rad i Placeringar med ett nytt Ärende-ID. Bara målgrupp, form, datum och omfattning kopieras.",
  "matching.started": "Placeringen {caseId} är skapad i Placeringar och länkad till {candidate} i Matchning. Fyll i resten av raden i Placeringar.",

  "matching.add.heading": "Ny kandidat",
  "matching.add.candidateId": "Kandidat-ID",
  "matching.add.candidateHint": "Pseudonymt, t.ex. K-001. Aldrig namn, personnummer eller kontaktuppgifter.",
  "matching.add.position": "Plats",
  "matching.add.noOpenPositions": "Det finns ingen öppen plats att lägga till kandidater på.",
  "matching.add.targetGroup": "Målgrupp",
  "matching.add.source": "Källa",
  "matching.add.unspecified": "(inte angiven)",
  "matching.add.referred": "Anvisad datum",
  "matching.add.submit": "Lägg till kandidat",
  "matching.add.done": "{candidate} är tillagd på platsen {position}.",

  "matching.problem.candidateIdFormat":
    "”{value}” är inte ett pseudonymt Kandidat-ID. Skriv K- och ett nummer, t.ex. K-001 – aldrig namn eller personnummer.",
  "matching.problem.unknownPosition": "Plats-ID {id} finns inte i tabellen Platser.",
  "matching.problem.positionClosed": "Platsen {id} har status {status}; kandidater läggs bara till på öppna platser.",
  "matching.problem.duplicateCandidate": "{candidate} finns redan på platsen {id}.",
  "matching.problem.badDate": "”{value}” är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01.",
  "matching.problem.missingDate": "Ange ett datum, t.ex. 2026-03-01.",
  "matching.problem.dateBeforeEarlier": "Datumet {value} är före {column} ({earlier}). Stegen ska ha datum i ordning.",
  "matching.problem.unknownTargetGroup": "Målgruppen ”{value}” finns inte i listan på bladet Avtal.",
  "matching.problem.unknownSource": "Källan ”{value}” finns inte i listan.",
  "matching.problem.candidateClosed": "{candidate} har beslutet {decision} och går inte vidare.",
  "matching.problem.useStartPlacement": "{candidate} har fått ett erbjudande: nästa steg är Starta placering.",
  "matching.problem.notOffered": "{candidate} har inget erbjudandedatum ännu. Starta placeringen efter erbjudandet.",
  "matching.problem.alreadyStarted": "{candidate} är redan startad (Ärende-ID {caseId}).",
  "matching.problem.unreadableDate": "{column} för {candidate} innehåller inget datum. Rätta cellen i tabellen Matchning först.",
  "matching.problem.missingTable": "{table} saknas i arbetsboken. Skapa eller uppgradera uppföljningsmallen (fullversionen).",
  "matching.problem.candidateChanged": "Raden har ändrats i Excel sedan den lästes in. Läs in igen och försök på nytt.",

  // The process guide's steps 2, 5 and 6: where the matching sheets are, and what to record in them.
} as const;

export type MatchingPaneKey = keyof typeof SV;

const EN: Readonly<Record<MatchingPaneKey, string>> = {

  "matching.heading": "Matching: positions and candidates",
  "matching.intro":
    "Step 5: follow the recruitment chain per position, from referred to started. Candidates are pseudonymous candidate IDs (K-001); the key to the person stays in your own case system.",
  "matching.privacy": "Never write names, personal identity numbers, addresses, contact details or health information in the workbook.",
  "matching.readAt": "Read from the workbook at {time}.",
  "matching.refresh": "Read again",
  "matching.stale": "The tables have changed in Excel since they were read, so what is shown may be out of date. Read again.",
  "matching.loading": "Reading the Platser and Matchning tables …",
  "matching.missing":
    "The workbook has no {tables} tables. They are part of the full follow-up workbook: create or upgrade it on the Follow-up workbook tab.",

  "matching.funnel.heading": "Funnel",
  "matching.funnel.chartTitle": "Candidates per stage",
  "matching.funnel.chartDesc": "Candidates who have reached each stage, for all positions.",
  "matching.funnel.conversion": "{share} of those referred have started.",
  "matching.funnel.median": "Median {days} days from referral to start.",
  "matching.funnel.openWithout": "Open positions without candidates: {ids}.",
  "matching.stage.referred": "Referred",
  "matching.stage.interviewed": "Interviewed",
  "matching.stage.offered": "Offered",
  "matching.stage.started": "Started",
  "matching.now.none": "no stage yet",
  "matching.now.referred": "referred",
  "matching.now.interviewed": "interviewed",
  "matching.now.offered": "offered",
  "matching.now.started": "started",
  "matching.next.referred": "Referral",
  "matching.next.interviewed": "Interview",
  "matching.next.offered": "Offer",

  "matching.positions.heading": "Positions",
  "matching.positions.empty": "No positions yet. Enter the supplier's positions in the Platser table (position ID, e.g. L-01).",
  "matching.position.title": "{id} {role}",
  "matching.position.status": "Status: {status}",
  "matching.position.noCandidates": "no candidates",

  "matching.candidates.heading": "Move a candidate on",
  "matching.candidates.empty": "No candidates yet. Add one below.",
  "matching.candidates.pick": "Candidate",
  "matching.candidates.option": "{candidate} – {position} ({stage})",
  "matching.candidate.closed": "{candidate} has the decision {decision}; no next stage.",
  "matching.candidate.startedAs": "{candidate} has started as {caseId}.",
  "matching.advance": "Next stage: {stage}",
  "matching.stepDate": "Date of the stage",
  "matching.advanced": "{candidate}: {stage} {date} is saved in Matchning.",
  "matching.start": "Start placement",
  "matching.startDate": "Start date",
  "matching.startHint": "Creates a row in Placeringar with a new case ID. Only target group, form, dates and scope are copied.",
  "matching.started": "Placement {caseId} is created in Placeringar and linked to {candidate} in Matchning. Fill in the rest of its row in Placeringar.",

  "matching.add.heading": "New candidate",
  "matching.add.candidateId": "Candidate ID",
  "matching.add.candidateHint": "Pseudonymous, e.g. K-001. Never a name, personal identity number or contact details.",
  "matching.add.position": "Position",
  "matching.add.noOpenPositions": "There is no open position to add candidates to.",
  "matching.add.targetGroup": "Target group",
  "matching.add.source": "Source",
  "matching.add.unspecified": "(not given)",
  "matching.add.referred": "Date referred",
  "matching.add.submit": "Add candidate",
  "matching.add.done": "{candidate} is added to position {position}.",

  "matching.problem.candidateIdFormat":
    "“{value}” is not a pseudonymous candidate ID. Write K- and a number, e.g. K-001 – never a name or personal identity number.",
  "matching.problem.unknownPosition": "Position ID {id} is not in the Platser table.",
  "matching.problem.positionClosed": "Position {id} has the status {status}; candidates are added to open positions only.",
  "matching.problem.duplicateCandidate": "{candidate} is already on position {id}.",
  "matching.problem.badDate": "“{value}” is not a date. Write the date as YYYY-MM-DD, e.g. 2026-03-01.",
  "matching.problem.missingDate": "Enter a date, e.g. 2026-03-01.",
  "matching.problem.dateBeforeEarlier": "The date {value} is before {column} ({earlier}). The stages' dates must be in order.",
  "matching.problem.unknownTargetGroup": "The target group “{value}” is not in the list on the Avtal sheet.",
  "matching.problem.unknownSource": "The source “{value}” is not in the list.",
  "matching.problem.candidateClosed": "{candidate} has the decision {decision} and does not move on.",
  "matching.problem.useStartPlacement": "{candidate} has been offered the position: the next step is Start placement.",
  "matching.problem.notOffered": "{candidate} has no offer date yet. Start the placement after the offer.",
  "matching.problem.alreadyStarted": "{candidate} has already started (case ID {caseId}).",
  "matching.problem.unreadableDate": "{column} of {candidate} holds no date. Correct the cell in the Matchning table first.",
  "matching.problem.missingTable": "{table} is missing from the workbook. Create or upgrade the follow-up workbook (full version).",
  "matching.problem.candidateChanged": "The row has changed in Excel since it was read. Read again and try once more.",

};

export const MATCHING_PANE_TEXTS: PaneTexts<MatchingPaneKey> = { sv: SV, en: EN };
