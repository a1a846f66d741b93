import { expect } from "chai";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest, manifestFiles } from "../support/manifest-check";
import { RIBBON_COMMANDS } from "../../src/taskpane/ribbonCommands";
import { DEPLOYMENT_DIST, deploymentBuild, DIST, productionBuild, readDist, REPO_ROOT, TEST_PUBLIC_URL, BUILD_TIMEOUT_MS } from "../support/build";

const source = readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
// The icons webpack copies from assets/ (source), and the names the pane's page associates with the ribbon.
const DEV = {
  namespace: "SYSS",
  baseUrl: "https://localhost:3000/",
  version,
  associatedFunctions: Object.keys(RIBBON_COMMANDS),
  fileExists: (file: string) => existsSync(path.join(REPO_ROOT, file)),
};

describe("manifest.xml", () => {
  it("passes every offline check with development URLs", () => {
    expect(checkManifest(source, DEV)).to.deep.equal([]);
  });

  describe("the checker catches a broken copy", () => {
    const mutations: Array<[string, (xml: string) => string, RegExp]> = [
      ["an undefined resid", (xml) => xml.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), /resid Group\.Missing .* not defined/],
      ["a wrong namespace", (xml) => xml.replace('id="Functions.Namespace" DefaultValue="SYSS"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'), /namespace is not SYSS/],
      ["a runtime id that differs from the page", (xml) => xml.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"'), /Page does not use the runtime's resid/],
      ["a short-lived runtime", (xml) => xml.replace('lifetime="long"', 'lifetime="short"'), /lifetime is not "long"/],
      ["elements out of order", (xml) => xml.replace(/(<Permissions>.*<\/Permissions>)\s*/, "").replace("<Hosts>", "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>"), /out of order/],
      ["a URL on another host", (xml) => xml.replace("https://localhost:3000/functions.json", "https://example.org/functions.json"), /not under https:\/\/localhost:3000\//],
      ["no English function metadata", (xml) => xml.replace(/\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions\.en-US\.json"\/>/, ""), /metadata URL has no en-US override/],
      ["English function metadata on another host", (xml) => xml.replace("https://localhost:3000/functions.en-US.json", "https://example.org/functions.en-US.json"), /URL https:\/\/example\.org\/functions\.en-US\.json is not under/],
      ["a missing English override", (xml) => xml.replace('<Override Locale="en-US" Value="SYSS Employment requirements"/>', ""), /DisplayName has no en-US override/],
      ["a version that differs from package.json", (xml) => xml.replace("<Version>0.1.0.0</Version>", "<Version>9.9.9.9</Version>"), /does not match package\.json/],
      ["a button whose function the runtime does not associate", (xml) => xml.replace("<FunctionName>validateWorkbook</FunctionName>", "<FunctionName>validateEverything</FunctionName>"), /runs validateEverything, which the runtime does not associate/],
      ["an associated function without a button", (xml) => xml.replace("<FunctionName>openCalculator</FunctionName>", "<FunctionName>openTemplate</FunctionName>"), /associates openCalculator but no button runs it/],
      ["an ExecuteFunction without a FunctionName", (xml) => xml.replace("<FunctionName>openTemplate</FunctionName>", ""), /SYSS\.TemplateButton runs ExecuteFunction without a FunctionName/],
      ["a button label resid that is not defined", (xml) => xml.replace('<Label resid="ValidateButton.Label"/>', '<Label resid="ValidateButton.Missing"/>'), /resid ValidateButton\.Missing .* not defined in bt:ShortStrings/],
      ["a tooltip in the wrong resource list", (xml) => xml.replace('<Description resid="SupplierButton.Tooltip"/>', '<Description resid="SupplierButton.Label"/>'), /resid SupplierButton\.Label used by <Description> is not defined in bt:LongStrings/],
      ["an icon file that is not shipped", (xml) => xml.replace("assets/icon-80.png", "assets/icon-80-missing.png"), /image https:\/\/localhost:3000\/assets\/icon-80-missing\.png is not shipped/],
      ["a duplicate control id", (xml) => xml.replace('id="SYSS.CalculatorButton"', 'id="SYSS.ValidateButton"'), /control id SYSS\.ValidateButton is used twice/],
      ["a button's children out of order", (xml) => xml.replace(/(<Control xsi:type="Button" id="SYSS\.ValidateButton">\s*)(<Label resid="ValidateButton\.Label"\/>\s*)(<Supertip>[\s\S]*?<\/Supertip>\s*)/, "$1$3$2"), /<Label> is out of order in Control SYSS\.ValidateButton/],
      ["a task pane that cannot open with the workbook", (xml) => xml.replace("<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>", "<TaskpaneId>SYSS.Taskpane</TaskpaneId>"), /TaskpaneId is not Office\.AutoShowTaskpaneWithDocument/],
      ["a label longer than a short string may be", (xml) => xml.replace('DefaultValue="Validera"', `DefaultValue="${"V".repeat(126)}"`), /string ValidateButton\.Label is longer than 125 characters/],
    ];
    for (const [name, mutate, expectedProblem] of mutations) {
      it(`reports ${name}`, () => {
        const mutated = mutate(source);
        expect(mutated, "the mutation must change the manifest").to.not.equal(source);
        const problems = checkManifest(mutated, DEV);
        expect(problems.join("\n")).to.match(expectedProblem);
      });
    }
  });

  describe("in the production build", () => {
    before(function () {
      this.timeout(BUILD_TIMEOUT_MS);
      productionBuild();
    });

    it("has no localhost and points every URL at SYSS_PUBLIC_URL", () => {
      const built = readDist("manifest.xml");
      expect(built).to.not.contain("localhost");
      expect(checkManifest(built, { ...DEV, baseUrl: TEST_PUBLIC_URL, fileExists: (file) => existsSync(path.join(DIST, file)) })).to.deep.equal([]);
    });

    it("ships every file the manifest points at", () => {
      const files = manifestFiles(readDist("manifest.xml"), TEST_PUBLIC_URL);
      expect(files).to.include.members(["taskpane.html", "functions.js", "functions.json", "functions.en-US.json", "assets/icon-32.png"]);
      for (const file of files) expect(existsSync(path.join(DIST, file)), file).to.equal(true);
    });

    it("leaves the preview and the Excel fake out of a deployment build", function () {
      this.timeout(BUILD_TIMEOUT_MS);
      deploymentBuild();
      for (const file of ["taskpane.html", "taskpane.js", "functions.js", "functions.json", "manifest.xml"]) {
        expect(existsSync(path.join(DEPLOYMENT_DIST, file)), file).to.equal(true);
      }
      for (const file of ["preview.html", "preview.js", "office-fake.js"]) {
        expect(existsSync(path.join(DEPLOYMENT_DIST, file)), file).to.equal(false);
      }
      // Nor inside another chunk: a message only the fake's range code carries.
      for (const file of readdirSync(DEPLOYMENT_DIST).filter((name) => name.endsWith(".js"))) {
        expect(readFileSync(path.join(DEPLOYMENT_DIST, file), "utf8"), file).to.not.contain("The fake accepts");
      }
      expect(readFileSync(path.join(DIST, "office-fake.js"), "utf8"), "the marker is in the fake").to.contain("The fake accepts");
      expect(readFileSync(path.join(DEPLOYMENT_DIST, "manifest.xml"), "utf8")).to.not.contain("localhost");
    });

    it("ships icons of 16, 32, 64, 80 and 128 px that are real PNGs of that size", () => {
      for (const size of [16, 32, 64, 80, 128]) {
        const png = readFileSync(path.join(DIST, `assets/icon-${size}.png`));
        expect(png.subarray(1, 4).toString("latin1"), `icon-${size}`).to.equal("PNG");
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], `icon-${size} dimensions`).to.deep.equal([size, size]);
      }
    });
  });
});
