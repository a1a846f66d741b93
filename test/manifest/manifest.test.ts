import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest, manifestFiles } from "../support/manifest-check";
import { DEPLOYMENT_DIST, deploymentBuild, DIST, productionBuild, readDist, REPO_ROOT, TEST_PUBLIC_URL, BUILD_TIMEOUT_MS } from "../support/build";

const source = readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
const DEV = { namespace: "SYSS", baseUrl: "https://localhost:3000/", version };

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
      expect(checkManifest(built, { ...DEV, baseUrl: TEST_PUBLIC_URL })).to.deep.equal([]);
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
