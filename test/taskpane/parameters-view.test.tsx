import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { listParameters } from "../../src/domain/model";
import { TaskpaneError } from "../../src/taskpane/shell/errors";
import { ParametersView } from "../../src/taskpane/parameters/ParametersView";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

describe("ParametersView", () => {
  afterEach(cleanup);

  it("lists every parameter of the newest year with source and estimate flag", () => {
    renderView(<ParametersView services={new FakeServices()} />);
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
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
});
