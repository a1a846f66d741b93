import { expect } from "chai";
import {
  CONTRACT_FIELDS,
  ContractError,
  checkOrgNumber,
  contractValueOrDefault,
  parseContract,
} from "../../../src/domain/followup/contract";
import { hasValidLuhnCheckDigit as luhnValid } from "../../../src/domain/common/luhn";
import { CONTRACT_NAMES } from "../../../src/domain/followup/names";

function errorOf(raw: unknown): ContractError {
  try {
    parseContract(raw);
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error("expected a ContractError");
}

describe("followup/contract", () => {
  describe("organisation number", () => {
    it("accepts real organisation numbers (Luhn check digit)", () => {
      for (const number of ["556016-0680", "556012-5790", "202100-5489", "5560360793"]) {
        expect(checkOrgNumber(number), number).to.equal("ok");
      }
    });

    it("rejects a wrong check digit and a wrong shape", () => {
      expect(checkOrgNumber("556016-0681")).to.equal("checksum");
      expect(checkOrgNumber("55601-60680")).to.equal("format");
      expect(checkOrgNumber("556016-068")).to.equal("format");
      expect(checkOrgNumber("abcdef-ghij")).to.equal("format");
    });

    it("Luhn: every single-digit change of a valid number is detected", () => {
      const valid = "5560160680";
      for (let position = 0; position < valid.length; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          const changed = valid.slice(0, position) + digit + valid.slice(position + 1);
          expect(luhnValid(changed), changed).to.equal(changed === valid);
        }
      }
    });

    it("stores the number as NNNNNN-NNNN", () => {
      expect(parseContract({ supplierOrgNumber: "5560160680" }).values.supplierOrgNumber).to.equal("556016-0680");
    });
  });

  describe("parseContract", () => {
    it("parses a complete contract", () => {
      const contract = parseContract({
        name: "Städtjänster 2026",
        contractId: "KS 2025/123",
        procurer: "Exempelstads kommun",
        organisationType: "kommun",
        supplier: "Städ AB",
        supplierOrgNumber: "556016-0680",
        start: "2026-01-01",
        end: "2027-12-31",
        requirementType: "anställning",
        commitmentMonths: 24,
        startDeadlineMonths: 6,
        approvedShare: 0.75,
        reportingInterval: "kvartal",
        matchingOrganisation: "Arbetsmarknadsenheten",
        procurementCost: 40000,
        bonusPerPlace: 10000,
        maxBonusPlaces: 2,
        parameterYear: 2025,
        targetGroups: ["Långtidsarbetslös", { name: "Nyanländ", description: "Etablering", expectedPlaces: 2 }],
      });
      expect(contract.values.start).to.equal("2026-01-01");
      expect(contract.values.commitmentMonths).to.equal(24);
      expect(contract.values.parameterYear).to.equal(2025);
      expect(contract.targetGroups).to.deep.equal([
        { name: "Långtidsarbetslös" },
        { name: "Nyanländ", description: "Etablering", expectedPlaces: 2 },
      ]);
    });

    it("leaves out missing fields and falls back to the field defaults", () => {
      const contract = parseContract({});
      expect(contract.values).to.deep.equal({});
      expect(contract.targetGroups).to.equal(null);
      expect(contractValueOrDefault(contract, "startDeadlineMonths")).to.equal(6);
      expect(contractValueOrDefault(contract, "approvedShare")).to.equal(0.75);
      expect(contractValueOrDefault(contract, "reportingInterval")).to.equal("kvartal");
      expect(contractValueOrDefault(contract, "start")).to.equal(null);
    });

    it("normalises the case of list values", () => {
      expect(parseContract({ organisationType: "Region" }).values.organisationType).to.equal("region");
    });

    const bad: [string, unknown, string, RegExp][] = [
      ["start", "2026-02-30", "notDate", /start.*ÅÅÅÅ-MM-DD/],
      ["start", 20260101, "notDate", /start/],
      ["end", "31/12/2027", "notDate", /end/],
      ["organisationType", "kommunförbund", "notInList", /kommun, region, stat/],
      ["reportingInterval", "vecka", "notInList", /månad, kvartal, halvår, år/],
      ["commitmentMonths", 0, "outOfRange", /commitmentMonths/],
      ["commitmentMonths", "tjugo", "notNumber", /commitmentMonths/],
      ["startDeadlineMonths", 6.5, "notInteger", /startDeadlineMonths/],
      ["approvedShare", 1.5, "outOfRange", /approvedShare/],
      ["procurementCost", -1, "outOfRange", /procurementCost/],
      ["parameterYear", 2020, "notInList", /2019, 2025, 2026/],
      ["supplierOrgNumber", "556016-0681", "orgNumberChecksum", /kontrollsiffra/],
      ["supplierOrgNumber", 5560160680, "notText", /supplierOrgNumber/],
      ["name", 42, "notText", /name/],
    ];
    for (const [field, value, code, message] of bad) {
      it(`rejects ${field} = ${JSON.stringify(value)} with ${code}, naming the field`, () => {
        const error = errorOf({ [field]: value });
        expect(error.code).to.equal(code);
        expect(error.field).to.equal(field);
        expect(error.messageSv).to.match(message);
        expect(error.messageEn).to.contain(field);
        expect(error.messageEn).to.not.equal(error.messageSv);
      });
    }

    it("rejects an end before the start", () => {
      const error = errorOf({ start: "2026-06-01", end: "2026-05-31" });
      expect(error.field).to.equal("end");
      expect(error.code).to.equal("endBeforeStart");
    });

    it("rejects a non-object and bad target groups", () => {
      expect(errorOf([]).code).to.equal("notObject");
      expect(errorOf({ targetGroups: "Nyanländ" }).code).to.equal("notArray");
      expect(errorOf({ targetGroups: [{ description: "x" }] }).field).to.equal("targetGroups[0].name");
      expect(errorOf({ targetGroups: [{ name: "A", expectedPlaces: -1 }] }).field).to.equal("targetGroups[0].expectedPlaces");
    });
  });

  it("gives every Avtal field a unique workbook name and label", () => {
    const names = CONTRACT_FIELDS.map((field) => field.name);
    expect(new Set(names).size).to.equal(names.length);
    expect(names).to.include.members([CONTRACT_NAMES.start, CONTRACT_NAMES.startDeadlineMonths, CONTRACT_NAMES.commitmentMonths]);
    expect(new Set(CONTRACT_FIELDS.map((field) => field.label)).size).to.equal(CONTRACT_FIELDS.length);
    for (const name of names) expect(name).to.match(/^Avtal_[A-Za-z]+$/);
  });
});
