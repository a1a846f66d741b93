/**
 * Issue 14 (2): the calculator at the pane's width: results first, inputs in groups that open one by one,
 * units on counts of months and years, line items under actor headings, Upphandlingsmyndigheten's worked
 * example as a preset with a note on society's figure, and several saved calculations.
 */
import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { computeEffect } from "../../src/domain/model";
import { CalculatorView } from "../../src/taskpane/calculator/CalculatorView";
import { formatKronor } from "../../src/taskpane/shell/i18n";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

/** Whether `first` comes before `second` in the document. */
const before = (first: Node, second: Node) => (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe("CalculatorView layout (issue 14)", () => {
  afterEach(cleanup);

  it("puts the result, the chart and the insert button before the inputs", () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    const summary = document.querySelector(".syss-live-summary")!;
    const firstGroup = document.querySelector("[data-calc-group]")!;
    expect(before(summary, firstGroup)).to.equal(true);
    expect(before(screen.getByRole("img", { name: /Effekt per aktör/ }), firstGroup)).to.equal(true);
    expect(before(screen.getByRole("button", { name: "Infoga i arbetsboken" }), firstGroup)).to.equal(true);
  });

  it("starts with every input group closed and opens the group of a field in error", async () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    const groups = [...document.querySelectorAll<HTMLDetailsElement>("[data-calc-group]")];
    expect(groups.map((group) => group.dataset.calcGroup)).to.deep.equal(["calculation", "placement", "person", "costs"]);
    expect(groups.map((group) => group.open)).to.deep.equal([false, false, false, false]);
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Antal månader"), { target: { value: "200" } });
    });
    await waitFor(() => expect(groups.map((group) => group.open)).to.deep.equal([false, true, false, false]));
    // Fixing the value keeps the group open under the user's cursor.
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Antal månader"), { target: { value: "6" } });
    });
    expect(groups[1]!.open).to.equal(true);
  });

  it("names the unit of Tid i arbetslöshet and Ålder, in both languages", () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    expect(screen.getByLabelText("Tid i arbetslöshet (mån)")).to.exist;
    expect(screen.getByLabelText("Ålder (år)")).to.exist;
    cleanup();
    renderView(<CalculatorView services={new FakeServices()} />, "en");
    expect(screen.getByLabelText("Age (years)")).to.exist;
    expect(screen.getByLabelText("Months unemployed")).to.exist;
  });

  it("heads each actor's line items with the actor", () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    const table = screen.getByRole("table", { name: "Poster per aktör" });
    for (const actor of ["Individ", "Kommun", "Region", "Stat", "Arbetsgivare"]) {
      expect(within(table).getByRole("columnheader", { name: actor })).to.exist;
    }
  });

  it("fills in Upphandlingsmyndigheten's worked example and says why society's figure differs", () => {
    renderView(<CalculatorView services={new FakeServices()} />);
    fireEvent.change(screen.getByLabelText("Utgå från"), { target: { value: "uhm2019" } });
    const society = computeEffect(
      { organisation: "kommun", form: "anställning", months: 12, positions: 1, scope: 1, salary: 20500, subsidy: "nystartsjobb",
        productionFactor: 0.8, age: 30, unemployedMonths: 18, newArrival: true, aKassa: false, housingBenefit: true,
        supervisorSalary: 30000, supervisionShare: 0.1, adminCost: 10000, procurementCost: 40000, bonus: 0 },
      { year: 2019 },
    ).actors.society;
    // docs/method.md, section 5: 161 323 kr.
    expect(Math.round(society)).to.equal(161_323);
    expect(document.querySelector(".syss-live-summary")!.textContent).to.contain(`Samhället: ${formatKronor(society, "sv")}`);
    expect(screen.getByText(/lägre än de drygt 200 000 kr som Upphandlingsmyndigheten redovisar/)).to.exist;
    fireEvent.change(screen.getByLabelText("Bonus"), { target: { value: "5000" } });
    expect(screen.queryByText(/Upphandlingsmyndigheten redovisar/)).to.equal(null);
    expect((screen.getByLabelText("Utgå från") as HTMLSelectElement).value).to.equal("");
  });

  it("keeps each inserted calculation as a sheet of its own and lists them", async () => {
    const services = new FakeServices();
    renderView(<CalculatorView services={services} />);
    for (let i = 0; i < 2; i++) {
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Infoga i arbetsboken" }));
      });
    }
    await waitFor(() => expect(screen.getByText("Sparade kalkyler: Kalkyl, Kalkyl (2)")).to.exist);
  });
});
