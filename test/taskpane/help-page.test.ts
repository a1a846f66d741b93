/**
 * Issue 14 (6): help.html is a real help page, not a stub: what each tab does, the six steps, the counting
 * rules, personal data and where the docs are, in Swedish with an English section; still a page that loads
 * nothing (its policy is default-src 'none').
 */
import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { uiText } from "../../src/domain/i18n/ui";
import { TAB_TITLE, VIEW_ORDER } from "../../src/taskpane/shell/tabs";

const ROOT = join(__dirname, "../..");
const doc = new JSDOM(readFileSync(join(ROOT, "src/taskpane/help.html"), "utf8")).window.document;
const text = (element: Element | null) => (element?.textContent ?? "").replace(/\s+/g, " ");

describe("help.html", () => {
  const swedish = [...doc.querySelectorAll("main > section:not([lang])")];
  const english = doc.querySelector("main > section[lang=en]");

  it("describes every tab of the pane, in Swedish and in English", () => {
    const svTerms = [...doc.querySelectorAll("#flikar dt")].map((dt) => dt.textContent);
    const enTerms = [...(english?.querySelectorAll("dt") ?? [])].map((dt) => dt.textContent);
    for (const view of VIEW_ORDER) {
      expect(svTerms, view).to.include(uiText("sv", TAB_TITLE[view]));
      expect(enTerms, view).to.include(uiText("en", TAB_TITLE[view]));
    }
    for (const dd of doc.querySelectorAll("dd")) expect(text(dd).length, text(dd)).to.be.greaterThan(60);
  });

  it("lists the six steps as the guide names them", () => {
    for (let n = 1; n <= 6; n++) {
      const key = `guide.step${n}.title` as Parameters<typeof uiText>[1];
      expect(text(doc.querySelector("#steg")), `step ${n}`).to.contain(uiText("sv", key));
      expect(text(english), `step ${n}`).to.contain(uiText("en", key));
    }
  });

  it("explains the counting rules and personal data", () => {
    const rules = text(doc.querySelector("#rakneregler"));
    for (const phrase of ["heltidsmånader", "omfattningen", "Kravtyp", "75 %-regeln", "räknas inte förrän"]) expect(rules).to.contain(phrase);
    const privacy = text(doc.querySelector("#personuppgifter"));
    for (const phrase of ["Ärende-ID", "personnummer", "Gallras senast"]) expect(privacy).to.contain(phrase);
    expect(text(english)).to.contain("full-time months");
    expect(text(english)).to.contain("pseudonymous case IDs");
  });

  it("says where the docs are, naming files that exist", () => {
    const files = [...doc.querySelectorAll("#dokumentation code")].map((code) => code.textContent!).filter((name) => name.endsWith(".md"));
    expect(files.length).to.be.greaterThanOrEqual(6);
    for (const file of files) expect(existsSync(join(ROOT, file)), file).to.equal(true);
  });

  it("has a table of contents whose links all lead somewhere, and loads nothing", () => {
    expect(swedish.length).to.be.greaterThanOrEqual(5);
    for (const link of doc.querySelectorAll<HTMLAnchorElement>("nav a")) {
      expect(doc.getElementById(link.getAttribute("href")!.slice(1)), link.href).to.not.equal(null);
    }
    expect(doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).to.match(/^default-src 'none'/);
    expect(doc.querySelectorAll("script, link[rel=stylesheet], style, img, [style]")).to.have.length(0);
  });
});
