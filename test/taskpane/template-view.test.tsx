import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { parseContract } from "../../src/domain/followup/contract";
import { TemplateView } from "../../src/taskpane/template/TemplateView";
import { SupplierConfirmationNeeded, TaskpaneError } from "../../src/taskpane/shell/errors";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

function type(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("TemplateView (Uppföljningsmall)", () => {
  let created: string[];
  const originalCreate = URL.createObjectURL;

  beforeEach(() => {
    created = [];
    // jsdom has no object URLs; record what the download would have offered.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob.type);
      return "blob:test";
    };
    URL.revokeObjectURL = () => {};
  });

  afterEach(() => {
    cleanup();
    URL.createObjectURL = originalCreate;
  });

  it("shows whether the workbook has the template, and offers to create it", async () => {
    renderView(<TemplateView services={new FakeServices()} />);
    await waitFor(() => expect(screen.getByText("Arbetsboken har ingen uppföljningsmall ännu.")).to.exist);
    expect(screen.getByRole("button", { name: "Skapa uppföljningsmall" })).to.exist;
  });

  it("creates the template from the contract form with parsed values and target groups", async () => {
    const services = new FakeServices();
    renderView(<TemplateView services={services} />);
    type("Avtalsnamn", "Städtjänster 2026");
    type("Leverantörens organisationsnummer", "556036-0793");
    type("Avtalsstart", "2026-01-01");
    type("Avtalsslut", "2027-12-31");
    type("Åtagande i heltidsmånader (N)", "24");
    type("Godkänd andel vid förtida avslut", "80");
    type("Målgrupper (en per rad)", "Långtidsarbetslösa\nUnga 18–24 år\n");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsmall" }));
    });
    const [call] = services.callsOf("applyTemplate");
    expect(call.contract.values).to.include({ name: "Städtjänster 2026", supplierOrgNumber: "556036-0793", commitmentMonths: 24, approvedShare: 0.8, start: "2026-01-01" });
    expect(call.contract.targetGroups).to.deep.equal([{ name: "Långtidsarbetslösa" }, { name: "Unga 18–24 år" }]);
    expect(call.year).to.equal(2026);
    await waitFor(() => expect(screen.getByText(/Uppföljningsmallen är klar: 7 blad skapade/)).to.exist);
    expect(screen.getByText("Arbetsboken har uppföljningsmallen version 1.0.0.")).to.exist;
  });

  it("lists contract changes to filled cells, writes only the ticked ones, and lists kept rows (issue 15 item 6)", async () => {
    const services = new FakeServices();
    services.applyResult = {
      sheetsCreated: 0,
      sheetsUpdated: 7,
      contractChanges: [
        { kind: "formValue", id: "end", field: "Avtalsslut", address: "Avtal!B7", current: "2026-12-31", proposed: "2027-06-30" },
        { kind: "tableRows", id: "groups", table: "Malgrupper", keys: ["Nyanlända"] },
      ],
      appliedChanges: 0,
      leftoverRows: [{ table: "Rapporter", keys: ["2027-07-01"] }],
    };
    renderView(<TemplateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsmall" }));
    });
    await waitFor(() => expect(screen.getByText("Avtalet har ändrats – ifyllda uppgifter som skiljer sig: 2")).to.exist);
    expect(screen.getByText(/Rapporter har rader som avtalet inte längre ger \(2027-07-01\)/)).to.exist;

    // Nothing ticked: a clear message and no second apply.
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Skriv in valda ändringar" }));
    });
    expect(screen.getByRole("alert").textContent).to.equal("Markera minst en ändring först.");
    expect(services.callsOf("applyTemplate")).to.have.length(1);

    fireEvent.click(screen.getByRole("checkbox", { name: "Avtalsslut (Avtal!B7): 2026-12-31 → 2027-06-30" }));
    services.applyResult = { ...services.applyResult, contractChanges: [services.applyResult.contractChanges[1]!], appliedChanges: 1 };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Skriv in valda ändringar" }));
    });
    const calls = services.callsOf("applyTemplate");
    expect(calls).to.have.length(2);
    expect(calls[1]!.accept).to.deep.equal(["end"]);
    await waitFor(() => expect(screen.getByText("Inskrivna ändringar: 1.")).to.exist);
    expect(screen.getByText("Avtalet har ändrats – ifyllda uppgifter som skiljer sig: 1")).to.exist;
  });

  it("names the field when the contract is invalid and does not touch the workbook", async () => {
    const services = new FakeServices();
    renderView(<TemplateView services={services} />);
    type("Leverantörens organisationsnummer", "556036-0794");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsmall" }));
    });
    await waitFor(() => expect(screen.getAllByText(/Leverantörens organisationsnummer: "556036-0794" har fel kontrollsiffra/).length).to.be.greaterThan(0));
    expect(services.callsOf("applyTemplate")).to.have.length(0);
  });

  it("downloads the supplier version as an .xlsx", async () => {
    const services = new FakeServices();
    renderView(<TemplateView services={services} />, "en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Download supplier version (.xlsx)" }));
    });
    expect(services.callsOf("supplierVersion")).to.have.length(1);
    expect(created).to.deep.equal(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    await waitFor(() => expect(screen.getByText(/The file leverantor.xlsx has been created/)).to.exist);
  });

  it("refuses the supplier version while the workbook holds a personnummer: an error MessageBar names the cells", async () => {
    const services = new FakeServices();
    services.failures.set("supplierVersion", new TaskpaneError("error.supplierPersonalData", { sv: "Placeringar!V4 (personnummer)", en: "Placeringar!V4 (personal identity number)" }));
    renderView(<TemplateView services={services} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Ladda ned leverantörsversion (.xlsx)" }));
    });
    await waitFor(() => expect(screen.getByText(/Leverantörsversionen skapades inte: .*Placeringar!V4 \(personnummer\)/)).to.exist);
    expect(created).to.deep.equal([]);
  });

  it("shows other personal data with its cells and makes the supplier version only after the user confirms", async () => {
    const services = new FakeServices();
    services.supplierConfirmation = new SupplierConfirmationNeeded({ sv: "Placeringar!V3 (namn, känsliga personuppgifter)", en: "Placeringar!V3 (name, special-category data)" }, 4);
    renderView(<TemplateView services={services} />, "en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Download supplier version (.xlsx)" }));
    });
    await waitFor(() => expect(screen.getByText(/Check the cells: Placeringar!V3 \(name, special-category data\)\./)).to.exist);
    expect(screen.getByText(/4 filled cells in the benefit-history columns are left out/)).to.exist;
    expect(created).to.deep.equal([]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Create the supplier version anyway" }));
    });
    await waitFor(() => expect(screen.getByText(/The file leverantor.xlsx has been created/)).to.exist);
    expect(services.callsOf("supplierVersion").map((call) => call.confirmed)).to.deep.equal([false, true]);
    expect(created).to.have.length(1);
  });

  it("opens the supplier version as a new Excel workbook where the host can, with no download", async () => {
    const services = new FakeServices();
    services.openOutcome = "opened";
    renderView(<TemplateView services={services} />, "en");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Download supplier version (.xlsx)" }));
    });
    expect(services.callsOf("openWorkbook").map((call) => call.file.fileName)).to.deep.equal(["leverantor.xlsx"]);
    expect(created, "no blob download").to.deep.equal([]);
    await waitFor(() => expect(screen.getByText(/The supplier version is open as a new workbook in Excel/)).to.exist);
  });

  it("starts from the contract already in the workbook", async () => {
    const services = new FakeServices();
    services.status = { version: "1.0.0", currentVersion: "1.0.0" };
    services.contractInWorkbook = parseContract({ name: "Parkskötsel", approvedShare: 0.8, targetGroups: ["Unga", "Nyanlända"] });
    renderView(<TemplateView services={services} />);
    await waitFor(() => expect((screen.getByLabelText("Avtalsnamn") as HTMLInputElement).value).to.equal("Parkskötsel"));
    expect((screen.getByLabelText("Godkänd andel vid förtida avslut") as HTMLInputElement).value).to.equal("80");
    expect((screen.getByLabelText("Målgrupper (en per rad)") as HTMLTextAreaElement).value).to.equal("Unga\nNyanlända");
  });

  it("says when the workbook carries an older template version", async () => {
    const services = new FakeServices();
    services.status = { version: "0.9.0", currentVersion: "1.0.0" };
    renderView(<TemplateView services={services} />);
    await waitFor(() => expect(screen.getByText(/mallversion 0.9.0; 1.0.0 finns/)).to.exist);
    expect(screen.getByRole("button", { name: "Uppdatera uppföljningsmallen" })).to.exist;
  });
});
