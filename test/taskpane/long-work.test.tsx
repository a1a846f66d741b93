/**
 * Issue 14 item 8: long work shows what it is doing and how far it is, and "Avbryt" stops it where Office.js
 * allows (between round trips, never once Excel writes), ending with "nothing changed" rather than an error.
 * The services here are the in-memory ones; test/excel/longWork.test.ts shows the real steps stop the Excel work.
 */
import "../support/dom";
import { expect } from "chai";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { stopIfCancelled, type LongWork, type WorkReport } from "../../src/domain/common/work";
import { TemplateView } from "../../src/taskpane/template/TemplateView";
import { ValidateView } from "../../src/taskpane/validate/ValidateView";
import { FakeServices } from "./support/fake-services";
import { renderView } from "./support/render";

/** Long work that reports `report`, then waits for the test to let it go on; stops there if cancelled. */
function heldWork(services: FakeServices, report: WorkReport): { release: () => void; handed: () => LongWork | undefined } {
  let release: () => void = () => undefined;
  let handed: LongWork | undefined;
  services.longWork = async (work) => {
    handed = work;
    work?.onReport?.(report);
    await new Promise<void>((resolve) => (release = resolve));
    if (report.cancellable) stopIfCancelled(work);
  };
  return { release: () => release(), handed: () => handed };
}

/** Renders Uppföljningsmall, fills a valid contract and clicks "Skapa" with long work that reports `report`. */
function startCreating(report: WorkReport): ReturnType<typeof heldWork> {
  const services = new FakeServices();
  const work = heldWork(services, report);
  renderView(<TemplateView services={services} />);
  const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  type("Avtalsstart", "2026-01-01");
  type("Avtalsslut", "2027-12-31");
  type("Åtagande i heltidsmånader (N)", "24");
  fireEvent.click(screen.getByRole("button", { name: "Skapa uppföljningsmall" }));
  return work;
}

describe("long work in the task pane: progress and Avbryt (issue 14 item 8)", () => {
  afterEach(cleanup);

  it("creating the template shows the step as a progress bar, and Avbryt ends it with nothing changed", async () => {
    const work = startCreating({ step: "read", index: 1, total: 3, cancellable: true });

    const bar = await screen.findByRole("progressbar", { name: "Steg 1 av 3: läser arbetsboken …" });
    expect(bar).to.exist;
    expect(screen.getByText("Steg 1 av 3: läser arbetsboken …")).to.exist;
    const cancel = screen.getByRole("button", { name: "Avbryt" });
    expect(cancel.hasAttribute("disabled")).to.equal(false);

    fireEvent.click(cancel);
    expect(work.handed()?.signal?.aborted, "the services' signal is aborted").to.equal(true);
    await screen.findByText("Avbryter när steget är klart …");
    await act(async () => work.release());

    await screen.findByText("Avbrutet. Inget ändrades i arbetsboken.");
    expect(screen.queryByRole("progressbar")).to.equal(null);
    expect(screen.queryByText(/Uppföljningsmallen är klar/)).to.equal(null);
    expect(screen.queryByText(/Något gick fel|oväntat/i), "a cancel is not an error").to.equal(null);
  });

  it("while Excel writes, Avbryt is disabled and says why; the work then finishes normally", async () => {
    const work = startCreating({ step: "write", index: 3, total: 3, cancellable: false });

    await screen.findByText("Steg 3 av 3: skriver i arbetsboken …");
    expect(screen.getByText("Excel skriver nu; det går inte att avbryta.")).to.exist;
    expect(screen.getByRole("button", { name: "Avbryt" }).hasAttribute("disabled")).to.equal(true);
    await act(async () => work.release());
    await screen.findByText(/Uppföljningsmallen är klar/);
  });

  it("validating says how many rows it checks, in the user's language, and can be cancelled", async () => {
    const services = new FakeServices();
    const work = heldWork(services, { step: "check", index: 2, total: 3, count: 10_000, cancellable: true });
    renderView(<ValidateView services={services} />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Validate the workbook" }));

    await screen.findByText("Step 2 of 3: checking 10,000 rows …");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await act(async () => work.release());
    await screen.findByText("Cancelled. Nothing in the workbook changed.");
    await waitFor(() => expect(screen.queryByText(/Step 2 of 3/)).to.equal(null));
  });

  it("Swedish row counts use Swedish digit grouping", async () => {
    const services = new FakeServices();
    const work = heldWork(services, { step: "check", index: 2, total: 3, count: 10_000, cancellable: true });
    renderView(<ValidateView services={services} />);
    fireEvent.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
    await screen.findByText(/^Steg 2 av 3: kontrollerar 10\s000 rader …$/);
    await act(async () => work.release());
  });
});
