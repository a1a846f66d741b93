import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { listParameters } from "../../src/domain/model";
import { parseContract } from "../../src/domain/followup/contract";
import { TaskpaneError } from "../../src/taskpane/shell/errors";
import { ParametersView } from "../../src/taskpane/parameters/ParametersView";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

describe("ParametersView", () => {
  afterEach(cleanup);

  it("lists every parameter of the newest year with source and estimate flag", () => {
    renderView(<ParametersView services={new FakeServices()} />);
    // Parameter rows (the header row and the areas' heading rows have no data cells).
    const rows = within(screen.getByRole("table")).getAllByRole("row").filter((row) => row.querySelector("td") !== null);
    const expected = listParameters(2026, "sv");
    expect(rows).to.have.length(expected.length);
    const pbb = rows.find((row) => row.textContent?.includes("Prisbasbelopp"))!;
    expect(pbb.textContent?.replace(/\s/g, " ")).to.contain("59 200");
    expect(pbb.textContent).to.contain("Källa:");
    const estimated = rows.filter((row) => row.textContent?.includes("uppskattat"));
    expect(estimated).to.have.length(expected.filter((p) => p.estimate).length);
  });

  it("switches year and writes or resets the Parametrar sheet for that year", async () => {
    const services = new FakeServices();
    renderView(<ParametersView services={services} />);
    fireEvent.change(screen.getByLabelText("Parameterår"), { target: { value: "2019" } });
    const pbb = within(screen.getByRole("table")).getAllByRole("row").find((row) => row.textContent?.includes("Prisbasbelopp"))!;
    expect(pbb.textContent?.replace(/\s/g, " ")).to.contain("46 500");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Skriv bladet Parametrar" }));
    });
    await waitFor(() => expect(screen.getByText(/har 42 parametrar för 2019/)).to.exist);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Återställ standardvärden" }));
    });
    // Reset writes over the user's Värde cells, so it asks first (issue 15).
    expect(services.callsOf("writeParameters")).to.have.length(1);
    expect(screen.getByTestId("params-confirm-reset").textContent).to.match(/också över värden och formler du har ändrat/);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Återställ" }));
    });
    expect(services.callsOf("writeParameters")).to.deep.equal([
      { method: "writeParameters", year: 2019, mode: "keepEdits" },
      { method: "writeParameters", year: 2019, mode: "reset" },
    ]);
  });

  it("explains a failure with what to do", async () => {
    const services = new FakeServices();
    services.failures.set("writeParameters", new TaskpaneError("error.sheetProtected"));
    renderView(<ParametersView services={services} />, "en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Write the Parametrar sheet" }));
    });
    await waitFor(() => expect(screen.getByText(/Remove the sheet protection and try again/)).to.exist);
  });

  describe("areas, search and the contract year (issue 14)", () => {
    it("groups every parameter under its area, in the model's order", () => {
      renderView(<ParametersView services={new FakeServices()} />);
      const areas = [...document.querySelectorAll<HTMLElement>("[data-params-area]")];
      expect(areas.map((area) => area.dataset.paramsArea)).to.deep.equal(["tax", "fees", "subsidies", "deductions", "benefits", "assistance"]);
      expect(within(screen.getByRole("table")).getByRole("columnheader", { name: "Arbetsgivaravgifter" })).to.exist;
      const feeRows = within(areas[1]!).getAllByRole("row").filter((row) => row.querySelector("td") !== null);
      expect(feeRows.map((row) => row.querySelector("span")!.textContent)).to.deep.equal(
        listParameters(2026, "sv").filter((p) => p.key.startsWith("fee.")).map((p) => p.key),
      );
      const total = areas.reduce((sum, area) => sum + area.querySelectorAll("td:first-child").length, 0);
      expect(total).to.equal(listParameters(2026, "sv").length);
    });

    it("searches labels, keys and sources, and says when nothing matches", () => {
      renderView(<ParametersView services={new FakeServices()} />);
      fireEvent.change(screen.getByLabelText("Sök parameter"), { target: { value: "BOSTADSBIDRAG" } });
      const rows = within(screen.getByRole("table")).getAllByRole("row").filter((row) => row.querySelector("td") !== null);
      expect(rows.length).to.be.greaterThan(0);
      for (const row of rows) expect(row.textContent!.toLowerCase()).to.contain("bostadsbidrag");
      expect(screen.getByText(new RegExp(`Visar ${rows.length} av`))).to.exist;
      fireEvent.change(screen.getByLabelText("Sök parameter"), { target: { value: "fee.youth" } });
      expect(within(screen.getByRole("table")).getAllByRole("row").filter((row) => row.querySelector("td") !== null)).to.have.length(4);
      fireEvent.change(screen.getByLabelText("Sök parameter"), { target: { value: "zzz" } });
      expect(screen.queryByRole("table")).to.equal(null);
      expect(screen.getByText("Ingen parameter matchar zzz.")).to.exist;
    });

    it("warns when the chosen year is not the contract's, and offers the contract's year", async () => {
      const services = new FakeServices();
      services.contractInWorkbook = parseContract({ name: "Lokalvård", start: "2026-01-01", end: "2027-12-31", commitmentMonths: 24 });
      renderView(<ParametersView services={services} />);
      await waitFor(() => expect(services.callsOf("workbookContract")).to.have.length(1));
      expect(document.querySelector("[data-year-mismatch]")).to.equal(null);
      await act(async () => {
        fireEvent.change(screen.getByLabelText("Parameterår"), { target: { value: "2019" } });
      });
      await waitFor(() => expect(document.querySelector("[data-year-mismatch]")?.textContent).to.contain("Avtalet på bladet Avtal börjar 2026, men du har valt parametrar för 2019"));
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Använd 2026" }));
      });
      expect((screen.getByLabelText("Parameterår") as HTMLSelectElement).value).to.equal("2026");
      expect(document.querySelector("[data-year-mismatch]")).to.equal(null);
    });

    it("suggests the nearest parameter year for a contract year SYSS has no parameters for", async () => {
      const services = new FakeServices();
      services.contractInWorkbook = parseContract({ name: "Städ", start: "2024-03-01", end: "2026-02-28", commitmentMonths: 12 });
      renderView(<ParametersView services={services} />, "en");
      await waitFor(() => expect(document.querySelector("[data-year-mismatch]")?.textContent).to.contain("starts in 2024, but you have chosen parameters for 2026. Choose 2025"));
    });
  });
});
