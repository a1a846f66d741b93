/**
 * Text typed in the task pane stays text (issue 15, item 5). The Excel fake now does what Excel does
 * with a value starting with "=", "+", "-" or "@" (a formula, unless the cell is formatted as Text), so
 * these tests fail when a writer hands user text to Excel as a plain value.
 */
import { expect } from "chai";
import { createOfficeTemplatePort } from "../../src/excel/officeWorkbook";
import { createExcelFake, type ExcelFake } from "../../src/excel/fake";

const RISKY = ["=1+1", "- ej aktuellt", "+46 70 123 45 67", "@kund", "=HYPERLINK(\"http://x\")"];

function portOn(fake: ExcelFake) {
  return createOfficeTemplatePort({ run: fake.run, isSetSupported: () => true });
}

describe("user text is written as text (issue 15, item 5)", () => {
  it("the fake turns such text into a formula when written as a plain value, as Excel does", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [["- ej aktuellt"], ["-5"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1!A1")?.formula).to.equal("=- ej aktuellt");
    expect(fake.cell("Sheet1!A2")?.formula).to.equal(undefined);
  });

  it("Beslutsunderlag keeps answers and comments that start with =, +, - or @ as text", async () => {
    const fake = createExcelFake();
    await portOn(fake).writeDecisionSheet({
      title: "Beslutsunderlag",
      rows: RISKY.map((text, index) => ({ question: `${index + 1}. Fråga`, answer: text, comment: text })),
      conclusion: "- ej aktuellt",
    });
    for (let index = 0; index < RISKY.length; index++) {
      for (const column of ["B", "C"]) {
        const cell = fake.cell(`Beslutsunderlag!${column}${4 + index}`);
        expect(cell?.formula, `${column}${4 + index}`).to.equal(undefined);
        expect(cell?.value).to.equal(RISKY[index]);
      }
    }
  });

  it("a calculation sheet keeps such input text as text", async () => {
    const fake = createExcelFake();
    // Laid out as a calculation sheet: a title, then label | value from row 4.
    await portOn(fake).writeSheet({
      sheetName: "Kalkyl",
      cells: [
        { address: "A1", value: "=Kalkyl", bold: true },
        ...RISKY.flatMap((text, index) => [
          { address: `A${4 + index}`, value: text },
          { address: `B${4 + index}`, value: text },
        ]),
      ],
    });
    expect(fake.cell("Kalkyl!A1")?.formula).to.equal(undefined);
    for (let index = 0; index < RISKY.length; index++) {
      expect(fake.cell(`Kalkyl!B${4 + index}`)?.value).to.equal(RISKY[index]);
      expect(fake.cell(`Kalkyl!A${4 + index}`)?.formula).to.equal(undefined);
    }
  });
});
