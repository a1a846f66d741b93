import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { computeEffect } from "../../src/domain/model";
import { CalculatorView } from "../../src/taskpane/calculator/CalculatorView";
import { formatKronor } from "../../src/taskpane/shell/i18n";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

describe("CalculatorView", () => {
  afterEach(cleanup);

  it("shows the default scenario's result per actor, matching computeEffect", () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    const expected = computeEffect(
      { organisation: "kommun", form: "anställning", months: 12, positions: 1, scope: 1, salary: 25000, subsidy: "ingen", subsidyRate: 0.5,
        internValue: 0, age: 30, unemployedMonths: 12, newArrival: false, aKassa: false, housingBenefit: false,
        supervisorSalary: 35000, supervisionShare: 0.1, adminCost: 10000, procurementCost: 0, bonus: 0 },
      { year: 2026 },
    );
    const table = screen.getByRole("table", { name: "Poster per aktör" });
    const societyRow = within(table).getByRole("rowheader", { name: "Summa Samhället" }).closest("tr")!;
    expect(societyRow.textContent).to.contain(formatKronor(expected.actors.society, "sv"));
    expect(screen.getByRole("img", { name: /Effekt per aktör/ })).to.exist;
  });

  it("recomputes when an input changes and names the field when a value is out of range", () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    const months = screen.getByLabelText("Antal månader") as HTMLInputElement;
    fireEvent.change(months, { target: { value: "200" } });
    const alerts = screen.getAllByText(/Antal månader/);
    expect(alerts.some((node) => /Ogiltigt värde för Antal månader: 200/.test(node.textContent ?? ""))).to.equal(true);
    expect(screen.getByRole("button", { name: "Infoga i arbetsboken" })).to.have.property("disabled", true);

    fireEvent.change(months, { target: { value: "6" } });
    const society = computeEffect(
      { form: "anställning", months: 6, salary: 25000, supervisorSalary: 35000, supervisionShare: 0.1, adminCost: 10000 },
      { year: 2026 },
    ).actors.society;
    const summary = document.querySelector(".syss-live-summary")!;
    expect(summary.textContent).to.contain(`Samhället: ${formatKronor(society, "sv")}`);
  });

  it("says why a praktik without production value gives society a negative result (issue 20)", () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    fireEvent.change(screen.getByLabelText("Sysselsättningsform"), { target: { value: "praktik" } });
    fireEvent.change(screen.getByLabelText("Bruttolön per månad"), { target: { value: "" } });
    expect(screen.getByText(/Praktik utan produktionsvärde/)).to.exist;
    fireEvent.change(screen.getByLabelText("Produktionsvärde praktikant"), { target: { value: "6000" } });
    expect(screen.queryByText(/Praktik utan produktionsvärde/)).to.equal(null);
  });

  it("inserts the calculation with the form's inputs and reports the sheet name", async () => {
    const services = new FakeServices();
    renderView(<CalculatorView services={services} />);
    fireEvent.change(screen.getByLabelText("Omfattning"), { target: { value: "50" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Infoga i arbetsboken" }));
    });
    const [call] = services.callsOf("insertCalculation");
    expect(call.input.scope).to.equal(0.5);
    expect(call.input.form).to.equal("anställning");
    expect(call.year).to.equal(2026);
    await waitFor(() => expect(screen.getByText(/Bladet Kalkyl är skapat/)).to.exist);
  });

  it("shows an error MessageBar, not the raw exception, when inserting fails", async () => {
    const services = new FakeServices();
    services.failures.set("insertCalculation", new Error("InvalidArgument: internal detail"));
    renderView(<CalculatorView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Infoga i arbetsboken" }));
    });
    await waitFor(() => expect(screen.getByText(/Något oväntat gick fel/)).to.exist);
    expect(document.body.textContent).not.to.contain("internal detail");
  });

  it("speaks English when the language is English", () => {
    renderView(<CalculatorView services={new FakeServices()} />, "en");
    expect(screen.getByRole("heading", { name: "Socio-economic calculation" })).to.exist;
    expect(screen.getByRole("table", { name: "Line items per actor" })).to.exist;
    expect(screen.getByLabelText("Months")).to.exist;
  });
});
