import "../support/dom";
import { expect } from "chai";
import { cleanup, screen } from "@testing-library/react";
import { ActorChart, barLayout } from "../../src/taskpane/components/ActorChart";
import { renderView } from "./support/render";

const ACTORS = { individual: 80_000, municipality: 110_000, region: 20_000, state: 170_000, employer: -140_000, society: 240_000 };

describe("ActorChart (hand-made SVG bars)", () => {
  afterEach(cleanup);

  it("puts the zero line where gains and costs share the plotting width in proportion", () => {
    const { zero, bars } = barLayout(ACTORS, 100, 300);
    // 140 000 of cost and 240 000 of gain across 200 px: the zero line at 100 + 200 × 140/380.
    expect(zero).to.be.closeTo(100 + (200 * 140) / 380, 1e-9);
    const employer = bars.find((bar) => bar.actor === "employer")!;
    expect(employer.x).to.be.closeTo(100, 1e-9);
    expect(employer.x + employer.width).to.be.closeTo(zero, 1e-9);
    const society = bars.find((bar) => bar.actor === "society")!;
    expect(society.x).to.equal(zero);
    expect(society.x + society.width).to.be.closeTo(300, 1e-9);
  });

  it("starts at the left edge when nothing is negative and copes with all zeros", () => {
    expect(barLayout({ ...ACTORS, employer: 5 }, 0, 100).zero).to.equal(0);
    const flat = barLayout({ individual: 0, municipality: 0, region: 0, state: 0, employer: 0, society: 0 }, 0, 100);
    expect(flat.bars.every((bar) => bar.width === 0 && Number.isFinite(bar.x))).to.equal(true);
  });

  it("is one labelled image whose description carries every actor's amount", () => {
    renderView(<ActorChart actors={ACTORS} titleId="chart" />);
    const image = screen.getByRole("img", { name: /Effekt per aktör/ });
    const description = image.querySelector("desc")!.textContent!.replace(/\s/g, " ");
    expect(description).to.contain("Arbetsgivare: −140 000 kr");
    expect(description).to.contain("Samhället: 240 000 kr");
    expect(image.querySelectorAll("rect")).to.have.length(6);
  });
});
