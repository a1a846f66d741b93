import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { emptyDecisionRecord, type DecisionRecord } from "../../src/taskpane/guide/questions";
import { GuideView, type GuideTarget } from "../../src/taskpane/guide/GuideView";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

function Harness({ services, navigated }: { services: FakeServices; navigated: GuideTarget[] }) {
  const [record, setRecord] = useState<DecisionRecord>(emptyDecisionRecord);
  return <GuideView services={services} record={record} onRecordChange={setRecord} onNavigate={(target) => navigated.push(target)} />;
}

function answer(question: RegExp, value: "Ja" | "Nej"): void {
  const group = screen.getByRole("radiogroup", { name: question });
  fireEvent.click(group.querySelector(`input[value="${value === "Ja" ? "yes" : "no"}"]`)!);
}

describe("GuideView (Processguide)", () => {
  afterEach(cleanup);

  it("shows the six steps with step 1 open and its four questions", () => {
    renderView(<Harness services={new FakeServices()} navigated={[]} />);
    const headers = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    // Six steps, then the Personuppgifter section that steps 1, 5 and 6 share.
    expect(headers).to.have.length(7);
    expect(headers[0]).to.equal("Steg 1: Planera – börja dialogen");
    expect(headers[5]).to.equal("Steg 6: Förvalta – lär av erfarenheterna");
    expect(headers[6]).to.equal("Personuppgifter (steg 1, 5 och 6)");
    expect(screen.getAllByRole("radiogroup")).to.have.length(4);
    expect(screen.getByText(/Besvara alla fyra frågor/)).to.exist;
  });

  it("recommends starting when all four are yes, and starting with management on any no", () => {
    renderView(<Harness services={new FakeServices()} navigated={[]} />);
    answer(/politiskt beslut/, "Ja");
    answer(/beställande verksamheten/, "Ja");
    answer(/matchningsansvarig utsedd/, "Ja");
    answer(/regionalt nätverk/, "Ja");
    expect(screen.getByText("Alla svar är ja: starta arbetet.")).to.exist;
    answer(/regionalt nätverk/, "Nej");
    expect(screen.getByText(/Minst ett svar är nej/)).to.exist;
  });

  it("gives advice that follows the answers: a no on the matchningsansvarig asks for one, not for management (issue 14)", () => {
    renderView(<Harness services={new FakeServices()} navigated={[]} />);
    answer(/politiskt beslut/, "Ja");
    answer(/beställande verksamheten/, "Ja");
    answer(/matchningsansvarig utsedd/, "Nej");
    answer(/regionalt nätverk/, "Ja");
    const advice = screen.getByTestId("guide-go-advice");
    expect(advice.textContent).to.contain("Utse en matchningsansvarig");
    expect(advice.textContent).to.not.match(/ledningen/i);
    answer(/politiskt beslut/, "Nej");
    expect(screen.getByTestId("guide-go-advice").textContent).to.match(/^Börja med ledningen.*Utse en matchningsansvarig/);
    answer(/politiskt beslut/, "Ja");
    answer(/matchningsansvarig utsedd/, "Ja");
    expect(screen.queryByTestId("guide-go-advice")).to.equal(null);
  });

  it("opens step 3's seven suitability questions and saves all answers with notes", async () => {
    const services = new FakeServices();
    renderView(<Harness services={services} navigated={[]} />);
    fireEvent.click(screen.getByRole("button", { name: /Steg 3/ }));
    expect(screen.getAllByRole("radiogroup")).to.have.length(11);
    answer(/arbetsintensivt/, "Ja");
    const note = screen.getAllByLabelText("Anteckning")[0] as HTMLInputElement;
    fireEvent.change(note, { target: { value: "KF-beslut 2026-01" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Spara i Beslutsunderlag" }));
    });
    const [call] = services.callsOf("saveDecisions");
    expect(call.record.suitability[2]).to.deep.equal({ answer: "yes", note: "" });
    expect(call.record.goNoGo[0]).to.deep.equal({ answer: null, note: "KF-beslut 2026-01" });
    expect(call.lang).to.equal("sv");
    await waitFor(() => expect(screen.getByText(/sparade på bladet Beslutsunderlag/)).to.exist);
  });

  it("shows labour-law conditions as a reminder, not as a question that is scored (issue 20)", () => {
    renderView(<Harness services={new FakeServices()} navigated={[]} />);
    fireEvent.click(screen.getByRole("button", { name: /Steg 3/ }));
    expect(screen.queryByRole("radiogroup", { name: /arbetsrättsliga/ })).to.equal(null);
    expect(screen.getByTestId("guide-fit-reminder").textContent).to.match(/arbetsrättsliga villkor/);
    expect(screen.getByText(/Besvara alla sju frågor/)).to.exist;
  });

  it("offers each step's action in the workbook", () => {
    const navigated: GuideTarget[] = [];
    renderView(<Harness services={new FakeServices()} navigated={navigated} />);
    fireEvent.click(screen.getByRole("button", { name: /Steg 6/ }));
    fireEvent.click(screen.getByRole("button", { name: "Öppna Portfölj" }));
    expect(navigated).to.deep.equal(["portfolio"]);
  });

  it("steps 2, 5 and 6 lead to the matching sheets and the Matchning tab, saying what to record and what never", async () => {
    const services = new FakeServices();
    const navigated: GuideTarget[] = [];
    renderView(<Harness services={services} navigated={navigated} />);
    fireEvent.click(screen.getByRole("button", { name: /Steg 2/ }));
    expect(screen.getByText(/Aldrig uppgifter om enskilda personer/)).to.exist;
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Gå till bladet Kartläggning" })));
    fireEvent.click(screen.getByRole("button", { name: /Steg 5/ }));
    expect(screen.getByText(/Aldrig namn, personnummer, adresser, telefonnummer, e-post eller uppgifter om hälsa/)).to.exist;
    fireEvent.click(screen.getByRole("button", { name: "Öppna Matchning" }));
    expect(navigated).to.deep.equal(["matching"]);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Gå till bladet Platser" })));
    fireEvent.click(screen.getByRole("button", { name: /Steg 6/ }));
    expect(screen.getByText(/lärdomarna i Erfarenheter/)).to.exist;
    expect(services.callsOf("selectCell")).to.deep.equal([
      { method: "selectCell", sheet: "Kartläggning", address: "A1" },
      { method: "selectCell", sheet: "Platser", address: "A1" },
    ]);

    // A workbook without the full template: the sheet is named and the way to get it said, no raw error.
    services.failures.set("selectCell", Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Gå till bladet Erfarenheter" })));
    await waitFor(() => expect(screen.getByText(/Bladet Erfarenheter finns inte i arbetsboken\. Skapa eller uppgradera uppföljningsmallen/)).to.exist);
  });

  it("has a Personuppgifter section: controllers, a DPIA checklist naming lönebidrag as health data, a participant text to copy, sources", () => {
    renderView(<Harness services={new FakeServices()} navigated={[]} />);
    fireEvent.click(screen.getByRole("button", { name: "Personuppgifter (steg 1, 5 och 6)" }));
    expect(screen.getByRole("heading", { name: "Vem är personuppgiftsansvarig?" })).to.exist;
    expect(screen.getByText(/lönebidrag förutsätter en funktionsnedsättning, alltså en hälsouppgift/)).to.exist;
    const info = screen.getByRole("textbox", { name: "Information till deltagarna (mall att kopiera)" }) as HTMLTextAreaElement;
    expect(info.readOnly).to.equal(true);
    expect(info.value).to.contain("Integritetsskyddsmyndigheten (IMY)");
    expect(screen.getByText(/Be inte om: personnummer, namn/)).to.exist;
    expect(screen.getByText(/Källor: .*imy\.se.*upphandlingsmyndigheten\.se/)).to.exist;
  });

  it("is in English when asked", () => {
    renderView(<Harness services={new FakeServices()} navigated={[]} />, "en");
    expect(screen.getByRole("heading", { name: "Process guide: six steps" })).to.exist;
    expect(screen.getByRole("radiogroup", { name: /political or management decision/ })).to.exist;
  });
});
