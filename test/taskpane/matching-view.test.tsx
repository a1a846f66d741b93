/**
 * The Matchning tab in jsdom: results first (when read, the funnel, positions with counts per stage), adding a
 * candidate, the next stage, "Starta placering", a refusal shown as a plain sentence with nothing changed, both
 * languages, axe, and once end to end over the Excel fake with the real services.
 */
import "../support/dom";
import { expect } from "chai";
import axe from "axe-core";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { MatchingView } from "../../src/taskpane/matching/MatchingView";
import { funnelLayout } from "../../src/taskpane/matching/FunnelChart";
import { TaskpaneError } from "../../src/taskpane/shell/errors";
import { pipelineView, problemText } from "../../src/taskpane/services/matchingServices";
import { createExcelServices } from "../../src/taskpane/services/officeServices";
import { readPipeline } from "../../src/domain/matching/pipeline";
import type { InputCell, TableInput } from "../../src/domain/validation/input";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";
import { matchingWorkbook } from "../excel/matchingFixture";

const table = (name: string, headers: string[], rows: InputCell[][]): TableInput => ({ name, sheet: name, headers, firstDataRow: 2, firstColumn: 0, rows });

/** A pipeline as the services would show it: L-01 with three candidates (referred, offered, started), L-02 filled. */
const VIEW = pipelineView(
  readPipeline({
    platser: table("Platser", ["Plats-ID", "Yrke/roll", "Sysselsättningsform", "Omfattning (%)", "Status"], [
      ["L-01", "Lokalvårdare", "anställning", 1, "Öppen"],
      ["L-02", "Vaktmästare", "praktik", 1, "Tillsatt"],
    ]),
    matchning: table("Matchning", ["Kandidat-ID", "Plats-ID", "Målgrupp", "Anvisad datum", "Intervju datum", "Erbjudande datum", "Beslut", "Ärende-ID"], [
      ["K-001", "L-01", "Nyanlända", "2026-03-01", null, null, "Pågår", null],
      ["K-002", "L-01", "Nyanlända", "2026-03-01", "2026-03-05", "2026-03-09", "Pågår", null],
      ["K-003", "L-01", null, "2026-02-01", "2026-02-03", "2026-02-05", "Startad", "P-001"],
      ["K-004", "L-02", null, "2026-02-01", null, null, "Tackade nej", null],
    ]),
    placeringar: table("Placeringar", ["Ärende-ID", "Startdatum"], [["P-001", "2026-02-15"]]),
    malgrupper: table("Malgrupper", ["Målgrupp"], [["Nyanlända"], ["Unga 18–24 år"]]),
  }),
  "2026-06-15",
);

async function axeViolations(container: HTMLElement): Promise<string[]> {
  // jsdom has no layout, so colour contrast is left to the browser tests.
  const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

function servicesWith(view = VIEW): FakeServices {
  const services = new FakeServices();
  services.pipeline = view;
  return services;
}

const pick = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("MatchingView (Matchning tab)", () => {
  afterEach(cleanup);

  it("funnel bars are proportional to the referred; all zero draws no bar", () => {
    const bars = funnelLayout({ referred: 4, interviewed: 2, offered: 1, started: 0 }, 0, 100);
    expect(bars.map((bar) => bar.width)).to.deep.equal([100, 50, 25, 0]);
    expect(funnelLayout({ referred: 0, interviewed: 0, offered: 0, started: 0 }, 0, 100).every((bar) => bar.width === 0)).to.equal(true);
  });

  it("shows when it was read, the funnel with every figure, and each position's counts per stage; axe clean", async () => {
    const { container } = renderView(<MatchingView services={servicesWith()} />);
    await waitFor(() => expect(screen.getByText(/Läst ur arbetsboken kl\./)).to.exist);
    const chart = screen.getByRole("img", { name: /Kandidater per steg/ });
    expect(chart.textContent).to.contain("Anvisade: 4").and.to.contain("Intervjuade: 2").and.to.contain("Erbjudna: 2").and.to.contain("Startade: 1");
    expect(screen.getByText("25 % av de anvisade har startat.")).to.exist;
    expect(screen.getByText("Median 14 dagar från anvisad till start.")).to.exist;
    const positions = screen.getByRole("list");
    const [first, second] = within(positions).getAllByRole("listitem");
    expect(first!.textContent).to.contain("L-01 Lokalvårdare").and.to.contain("Anvisade 3 · Intervjuade 2 · Erbjudna 2 · Startade 1");
    expect(second!.textContent).to.contain("Status: Tillsatt");
    expect(await axeViolations(container)).to.deep.equal([]);
  });

  it("in English, with the same figures; axe clean", async () => {
    const { container } = renderView(<MatchingView services={servicesWith()} />, "en");
    await waitFor(() => expect(screen.getByText(/Read from the workbook at/)).to.exist);
    expect(screen.getByRole("img", { name: /Candidates per stage/ }).textContent).to.contain("Referred: 4");
    expect(screen.getByRole("button", { name: "Add candidate" })).to.exist;
    expect(await axeViolations(container)).to.deep.equal([]);
  });

  it("adds a candidate with the next free ID, an open position, target group, source and date", async () => {
    const services = servicesWith();
    renderView(<MatchingView services={services} />);
    await waitFor(() => expect(screen.getByLabelText("Kandidat-ID")).to.exist);
    expect((screen.getByLabelText("Kandidat-ID") as HTMLInputElement).value).to.equal("K-005");
    // Only open positions are offered.
    expect([...(screen.getByLabelText("Plats") as HTMLSelectElement).options].map((o) => o.value)).to.deep.equal(["L-01"]);
    pick("Målgrupp", "Unga 18–24 år");
    pick("Källa", "Arbetsförmedlingen");
    pick("Anvisad datum", "2026-04-01");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Lägg till kandidat" })));
    expect(services.callsOf("addCandidate")[0]!.candidate).to.deep.equal({
      candidateId: "K-005", positionId: "L-01", targetGroup: "Unga 18–24 år", source: "Arbetsförmedlingen", referred: "2026-04-01",
    });
    await waitFor(() => expect(screen.getByText("K-005 är tillagd på platsen L-01.")).to.exist);
  });

  it("a refusal is a plain sentence saying nothing was changed (a name typed as Kandidat-ID)", async () => {
    const services = servicesWith();
    services.failures.set(
      "addCandidate",
      new TaskpaneError("error.matching", problemText({ code: "candidateIdFormat", params: { value: "Anna Svensson" } })),
    );
    renderView(<MatchingView services={services} />);
    await waitFor(() => expect(screen.getByLabelText("Kandidat-ID")).to.exist);
    fireEvent.change(screen.getByLabelText("Kandidat-ID"), { target: { value: "Anna Svensson" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Lägg till kandidat" })));
    await waitFor(() => expect(screen.getByText(/Inget ändrades: ”Anna Svensson” är inte ett pseudonymt Kandidat-ID/)).to.exist);
  });

  it("moves the picked candidate to its next stage with the chosen date", async () => {
    const services = servicesWith();
    renderView(<MatchingView services={services} />);
    await waitFor(() => expect(screen.getByLabelText("Kandidat")).to.exist);
    const options = [...(screen.getByLabelText("Kandidat") as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).to.deep.equal(["K-001 – L-01 (anvisad)", "K-002 – L-01 (erbjuden)", "K-003 – L-01 (startad)", "K-004 – L-02 (anvisad)"]);
    pick("Datum för steget", "2026-03-04");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Nästa steg: Intervju" })));
    const [call] = services.callsOf("advanceCandidate");
    expect([call!.candidate.candidateId, call!.date]).to.deep.equal(["K-001", "2026-03-04"]);
    await waitFor(() => expect(screen.getByText("K-001: Intervju 2026-03-04 är sparat i Matchning.")).to.exist);
  });

  it("an offered candidate gets Starta placering; a started or closed one says why there is no next step", async () => {
    const services = servicesWith();
    renderView(<MatchingView services={services} />);
    await waitFor(() => expect(screen.getByLabelText("Kandidat")).to.exist);
    pick("Kandidat", "1");
    expect(screen.queryByRole("button", { name: /Nästa steg/ })).to.equal(null);
    pick("Startdatum", "2026-04-01");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Starta placering" })));
    expect(services.callsOf("startPlacement")[0]!.startDate).to.equal("2026-04-01");
    await waitFor(() => expect(screen.getByText(/Placeringen P-001 är skapad i Placeringar och länkad till K-002/)).to.exist);
    pick("Kandidat", "2");
    expect(screen.getByText("K-003 är startad som P-001.")).to.exist;
    pick("Kandidat", "3");
    expect(screen.getByText("K-004 har beslutet Tackade nej; inget nästa steg.")).to.exist;
  });

  it("says which tables are missing when the workbook has no matching sheets", async () => {
    renderView(<MatchingView services={servicesWith({ ...pipelineView(readPipeline({}), "2026-06-15"), missingTables: ["Platser", "Matchning"] })} />);
    await waitFor(() => expect(screen.getByText(/saknar tabellerna Platser, Matchning/)).to.exist);
    expect(screen.getByText(/Inga platser ännu/)).to.exist;
  });

  it("says the pipeline is out of date after an edit in Excel, until it is read again", async () => {
    const services = servicesWith();
    renderView(<MatchingView services={services} />);
    await waitFor(() => expect(services.matchingEditCallback).to.be.a("function"));
    expect(screen.queryByText(/Tabellerna har ändrats i Excel/)).to.equal(null);
    act(() => services.matchingEditCallback!());
    await screen.findByText("Tabellerna har ändrats i Excel sedan de lästes, så det som visas kan vara inaktuellt. Läs in igen.");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Läs in igen" })));
    await waitFor(() => expect(screen.queryByText(/Tabellerna har ändrats i Excel/)).to.equal(null));
  });

  it("over the Excel fake: a user's edit in Matchning marks the tab out of date; the tab's own action does not", async () => {
    const fake = await matchingWorkbook();
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
    renderView(<MatchingView services={services} />);
    await waitFor(() => expect(fake.changeHandlerCount("Matchning")).to.be.greaterThan(0));

    pick("Anvisad datum", "2026-04-01");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Lägg till kandidat" })));
    await act(async () => fake.flushEvents());
    await waitFor(() => expect(screen.getByText("K-003 är tillagd på platsen L-01.")).to.exist);
    expect(screen.queryByText(/Tabellerna har ändrats i Excel/), "the tab's own write").to.equal(null);

    await act(async () => {
      await fake.run(async (context) => {
        // A matching officer renames a candidate in Excel (the row the pane read is now something else).
        context.workbook.worksheets.getItem("Matchning").getRange("A2").values = [["K-099"]];
        await context.sync();
      });
      await fake.flushEvents();
    });
    await screen.findByText(/Tabellerna har ändrats i Excel sedan de lästes/);
  });

  it("end to end over the Excel fake: the added candidate and the started placement land in the workbook", async function () {
    const fake = await matchingWorkbook();
    const services = createExcelServices({ run: fake.run, isSetSupported: () => true, lang: "sv", today: () => "2026-06-15" });
    renderView(<MatchingView services={services} />);
    await waitFor(() => expect(screen.getByLabelText("Kandidat-ID")).to.exist);
    expect((screen.getByLabelText("Kandidat-ID") as HTMLInputElement).value).to.equal("K-003");
    pick("Anvisad datum", "2026-04-01");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Lägg till kandidat" })));
    await waitFor(() => expect(screen.getByText("K-003 är tillagd på platsen L-01.")).to.exist);
    expect(fake.cell("Matchning!A4")?.value).to.equal("K-003");
    // The form takes the next free ID from the re-read pipeline in an effect, one render after the message.
    await waitFor(() => expect((screen.getByLabelText("Kandidat-ID") as HTMLInputElement).value, "the next free ID after a read").to.equal("K-004"));

    pick("Kandidat", "1");
    pick("Startdatum", "2026-04-01");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Starta placering" })));
    await waitFor(() => expect(screen.getByText(/Placeringen P-001 är skapad/)).to.exist);
    expect(fake.cell("Placeringar!A2")?.value).to.equal("P-001");
    expect(fake.cell("Matchning!J3")?.value).to.equal("P-001");

    expect(screen.getByRole("img", { name: /Kandidater per steg/ }).textContent).to.contain("Startade: 1");

    // A name typed as Kandidat-ID: the sentence says so, and the workbook is as it was.
    const before = JSON.stringify(fake.snapshot().tables);
    fireEvent.change(screen.getByLabelText("Kandidat-ID"), { target: { value: "Anna Svensson" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Lägg till kandidat" })));
    await waitFor(() => expect(screen.getByText(/Inget ändrades: ”Anna Svensson” är inte ett pseudonymt Kandidat-ID/)).to.exist);
    expect(JSON.stringify(fake.snapshot().tables)).to.equal(before);
    expect(fake.cell("Matchning!A5")?.value ?? "").to.equal("");
  });
});
