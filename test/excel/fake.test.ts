/* The fake's own tests read unloaded properties on purpose, to prove they throw like Office.js does: */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { expect } from "chai";
import type { ExcelRequestContext, ExcelTableChangedEventArgs } from "../../src/excel/host/api";
import { createExcelFake, FakeOfficeError } from "../../src/excel/fake";

/** Runs `action` and returns the Office-style error code it rejected with. */
async function errorCode(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    expect(error).to.be.instanceOf(FakeOfficeError);
    return (error as FakeOfficeError).code;
  }
  throw new Error("expected the action to fail");
}

function syncError(batch: (context: ExcelRequestContext) => void): (context: ExcelRequestContext) => Promise<string> {
  return (context) => {
    batch(context);
    return errorCode(() => context.sync());
  };
}

describe("excel fake: load and sync semantics", () => {
  it("throws PropertyNotLoaded before load+sync, and after load without sync", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      expect(() => sheet.name).to.throw(FakeOfficeError).with.property("code", "PropertyNotLoaded");
      sheet.load("name");
      expect(() => sheet.name).to.throw(FakeOfficeError).with.property("code", "PropertyNotLoaded");
      expect(() => sheet.position).to.throw(FakeOfficeError);
      await context.sync();
      expect(sheet.name).to.equal("Sheet1");
      expect(() => sheet.position, "only what was loaded is readable").to.throw(FakeOfficeError);
    });
  });

  it("applies queued writes only at sync, and loaded values are a snapshot of that sync", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["a", 1]];
      expect(fake.cell("Sheet1!A1"), "not written before sync").to.equal(undefined);
      const reader = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values");
      await context.sync();
      expect(fake.cell("Sheet1!A1")?.value).to.equal("a");
      expect(reader.values).to.deep.equal([["a", 1]]);
      range.values = [["b", 2]];
      await context.sync();
      expect(reader.values, "not reloaded: keeps the old snapshot").to.deep.equal([["a", 1]]);
    });
  });

  it("makes a set property readable locally at once, like Office.js proxies", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["x"]];
      expect(range.values).to.deep.equal([["x"]]);
      await context.sync();
    });
  });

  it("loads navigation paths and collection items in one round trip", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["Key", "Value"], ["a", 1]];
      const table = context.workbook.tables.add("Sheet1!A1:B2", true);
      table.name = "Things";
      await context.sync();
      const before = fake.syncCount;
      const tables = context.workbook.tables.load("items/name, items/worksheet/name, items/columns/items/name");
      const font = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("format/font/bold");
      await context.sync();
      expect(fake.syncCount - before).to.equal(1);
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).to.deep.equal([["Things", "Sheet1"]]);
      expect(tables.items[0]!.columns.items.map((c) => c.name)).to.deep.equal(["Key", "Value"]);
      expect(font.format.font.bold).to.equal(false);
    });
  });

  it("reports isNullObject only after sync", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      const property = context.workbook.properties.custom.getItemOrNullObject("SYSS");
      const name = context.workbook.names.getItemOrNullObject("Nothing");
      expect(() => missing.isNullObject).to.throw(FakeOfficeError).with.property("code", "PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).to.equal(true);
      expect(present.isNullObject, "sheet names are case-insensitive").to.equal(false);
      expect(property.isNullObject).to.equal(true);
      expect(name.isNullObject).to.equal(true);
    });
  });

  it("fails a getItem of a missing sheet at sync with ItemNotFound", async () => {
    const fake = createExcelFake();
    const code = await fake.run(syncError((context) => context.workbook.worksheets.getItem("Nope").load("name")));
    expect(code).to.equal("ItemNotFound");
  });

  it("invalidates a context after its run has finished", async () => {
    const fake = createExcelFake();
    const leaked = await fake.run(async (context) => context);
    leaked.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["late"]];
    expect(await errorCode(() => leaked.sync())).to.equal("InvalidObjectPath");
    expect(fake.cell("Sheet1!A1")).to.equal(undefined);
  });
});

describe("excel fake: round trips", () => {
  it("counts each sync, and the run's final flush only when work is pending", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
      await context.sync();
    });
    expect(fake.syncCount).to.equal(2);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
    });
    expect(fake.syncCount, "flush of pending work").to.equal(3);
    await fake.run(async () => undefined);
    expect(fake.syncCount, "nothing pending: no round trip").to.equal(3);
  });

  it("records per sync whether writes ran with events on and calculation/screen updating suspended", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
      range.values = [[2]];
      range.format.font.bold = true;
      context.runtime.enableEvents = true;
      await context.sync();
    });
    expect(fake.syncLog[0]).to.include({ writes: 1, writesWithEventsEnabled: 1, writesWithoutCalculationSuspended: 1 });
    expect(fake.syncLog[1]).to.include({
      writes: 2,
      writesWithEventsEnabled: 0,
      writesWithoutCalculationSuspended: 0,
      writesWithoutScreenUpdatingSuspended: 0,
    });
  });
});

describe("excel fake: batch errors", () => {
  it("rejects duplicate sheet names at sync, keeping the operations before the failure", async () => {
    const fake = createExcelFake();
    const code = await fake.run(
      syncError((context) => {
        context.workbook.worksheets.add("Data");
        context.workbook.worksheets.add("DATA");
        context.workbook.worksheets.add("After");
      }),
    );
    expect(code).to.equal("ItemAlreadyExists");
    expect(fake.snapshot().sheets.map((s) => s.name)).to.deep.equal(["Sheet1", "Data"]);
    expect(fake.syncLog.at(-1)?.failedWith).to.equal("ItemAlreadyExists");
  });

  it("rejects invalid sheet names", async () => {
    const fake = createExcelFake();
    expect(await fake.run(syncError((context) => context.workbook.worksheets.add("a/b")))).to.equal("InvalidArgument");
  });

  it("rejects overlapping tables, duplicate table names and names clashing with tables", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const first = context.workbook.tables.add("Sheet1!A1:B3", true);
      first.name = "Placeringar";
      await context.sync();
    });
    expect(await fake.run(syncError((c) => c.workbook.tables.add("Sheet1!B2:C4", true)))).to.equal("InvalidArgument");
    expect(
      await fake.run(
        syncError((c) => {
          c.workbook.tables.add("Sheet1!E1:F2", true).name = "placeringar";
        }),
      ),
    ).to.equal("ItemAlreadyExists");
    expect(await fake.run(syncError((c) => c.workbook.names.add("Placeringar", "=1")))).to.equal("ItemAlreadyExists");
    expect(await fake.run(syncError((c) => c.workbook.names.add("A1", "=1"))), "looks like a cell").to.equal(
      "InvalidArgument",
    );
  });

  it("rejects a values matrix that does not match the range", async () => {
    const fake = createExcelFake();
    const code = await fake.run(
      syncError((context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      }),
    );
    expect(code).to.equal("InvalidArgument");
  });

  it("rejects malformed data-validation rules", async () => {
    const fake = createExcelFake();
    const code = await fake.run(
      syncError((context) => {
        const validation = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation;
        validation.rule = { wholeNumber: { formula1: 1, operator: "Between" } };
      }),
    );
    expect(code).to.equal("InvalidArgument");
  });

  it("rejects data-validation titles, messages and formulas over Excel's limits, and accepts them at the limit", async () => {
    const fake = createExcelFake();
    const on = (context: ExcelRequestContext) => context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation;
    const alert = (title: string, message: string) => ({ showAlert: true, style: "Stop" as const, title, message });
    const rejected = async (label: string, write: (context: ExcelRequestContext) => void) =>
      expect(await fake.run(syncError(write)), label).to.equal("InvalidArgument");
    await rejected("errorTitle 33", (c) => void (on(c).errorAlert = alert("x".repeat(33), "m")));
    await rejected("error 225", (c) => void (on(c).errorAlert = alert("t", "x".repeat(225))));
    await rejected("promptTitle 33", (c) => void (on(c).prompt = { showPrompt: true, title: "x".repeat(33), message: "m" }));
    await rejected("prompt 256", (c) => void (on(c).prompt = { showPrompt: true, title: "t", message: "x".repeat(256) }));
    await rejected("list source 256", (c) => void (on(c).rule = { list: { inCellDropDown: true, source: `"${"a,".repeat(127)}"` } }));
    await rejected("custom formula 256", (c) => void (on(c).rule = { custom: { formula: `=${"1+".repeat(127)}1` } }));
    await fake.run(async (context) => {
      on(context).errorAlert = alert("x".repeat(32), "x".repeat(224));
      on(context).prompt = { showPrompt: true, title: "x".repeat(32), message: "x".repeat(255) };
      on(context).rule = { custom: { formula: `=${"1+".repeat(126)}1` } };
      await context.sync();
    });
  });

  it("refuses to hide the last visible sheet or select a hidden one", async () => {
    const fake = createExcelFake({ sheetNames: ["Only", "Hidden"] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Hidden").visibility = "Hidden";
    });
    expect(
      await fake.run(
        syncError((c) => {
          c.workbook.worksheets.getItem("Only").visibility = "Hidden";
        }),
      ),
    ).to.equal("InvalidOperation");
    expect(await fake.run(syncError((c) => c.workbook.worksheets.getItem("Hidden").getRange("A1").select()))).to.equal(
      "InvalidOperation",
    );
  });
});

describe("excel fake: cells", () => {
  it("stores formulas as text, keeps '=' text in text-formatted cells, and leaves cells for null entries", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:C1").values = [["=1+1", "=not a formula", "keep"]];
      sheet.getRange("A1:C1").values = [[null, null, null]];
      const read = sheet.getRange("A1:C1").load("values, formulas, numberFormat");
      await context.sync();
      expect(read.formulas).to.deep.equal([["=1+1", "=not a formula", "keep"]]);
      expect(read.values, "the fake does not evaluate").to.deep.equal([["", "=not a formula", "keep"]]);
      expect(read.numberFormat).to.deep.equal([["General", "@", "General"]]);
      sheet.getRange("B1").numberFormat = [[""]];
      const reset = sheet.getRange("B1").load("numberFormat");
      await context.sync();
      expect(reset.numberFormat, "blank resets to General").to.deep.equal([["General"]]);
    });
  });

  it("derives ranges with getCell, getResizedRange, getOffsetRange and getColumn", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const derived = [
        base.getCell(1, 2),
        base.getResizedRange(-2, 1),
        base.getOffsetRange(3, -1),
        base.getColumn(1),
      ].map((range) => range.load("address, rowCount, columnCount, rowIndex, columnIndex"));
      await context.sync();
      expect(derived.map((r) => [r.address, r.rowCount, r.columnCount, r.rowIndex, r.columnIndex])).to.deep.equal([
        ["Sheet1!D3", 1, 1, 2, 3],
        ["Sheet1!B2:E3", 2, 4, 1, 1],
        ["Sheet1!A5:C8", 4, 3, 4, 0],
        ["Sheet1!C2:C5", 4, 1, 1, 2],
      ]);
    });
    const code = await fake.run(
      syncError((context) => context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address")),
    );
    expect(code, "off the sheet").to.equal("InvalidArgument");
  });

  it("moves sheets by position, reports the active sheet and the calculation mode", async () => {
    const fake = createExcelFake({ sheetNames: ["A", "B", "C"] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 0;
      context.workbook.application.calculationMode = "Manual";
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      const sheets = context.workbook.worksheets.load("items/name, items/position");
      const application = context.workbook.application.load("calculationMode");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).to.deep.equal([["C", 0], ["A", 1], ["B", 2]]);
      expect(active.name).to.equal("A");
      expect(application.calculationMode).to.equal("Manual");
    });
  });

  it("reports the used range, or a null object on an empty sheet", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const empty = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(empty.isNullObject).to.equal(true);
      sheet.getRange("C3").values = [["x"]];
      sheet.getRange("E7").format.fill.color = "#FF0000";
      const values = sheet.getUsedRange(true).load("address");
      const all = sheet.getUsedRange().load("address");
      await context.sync();
      expect(values.address).to.equal("Sheet1!C3");
      expect(all.address).to.equal("Sheet1!C3:E7");
    });
  });

  it("reads a format as null when the cells differ", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A:A").format.columnWidth = 100;
      const mixed = sheet.getRange("A1:A2").load("format/font/bold, format/columnWidth");
      const widths = sheet.getRange("A1:B1").load("format/columnWidth");
      await context.sync();
      expect(mixed.format.font.bold).to.equal(null);
      expect(mixed.format.columnWidth).to.equal(100);
      expect(widths.format.columnWidth).to.equal(null);
    });
  });

  it("stores data validation per cell and clears it", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:A4");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "=Lista_Kon" } };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Kön", message: "Välj" };
      const read = range.dataValidation.load("type, rule");
      await context.sync();
      expect(read.type).to.equal("List");
      expect(read.rule).to.deep.equal({ list: { inCellDropDown: true, source: "=Lista_Kon" } });
      context.workbook.worksheets.getItem("Sheet1").getRange("A3").dataValidation.clear();
      const after = range.dataValidation.load("type");
      await context.sync();
      expect(after.type).to.equal("Inconsistent");
    });
    expect(fake.cell("Sheet1!A3")).to.equal(undefined);
  });

  it("adds, counts and clears custom conditional formats", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:L10");
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = "=$C2<TODAY()";
      format.custom.format.fill.color = "#FFC7CE";
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).to.equal(1);
      expect(fake.snapshot().sheets[0]!.conditionalFormats).to.deep.equal([
        { type: "Custom", formula: "=$C2<TODAY()", fillColor: "#FFC7CE", address: "A2:L10" },
      ]);
      range.conditionalFormats.clearAll();
      await context.sync();
    });
    expect(fake.snapshot().sheets[0]!.conditionalFormats).to.deep.equal([]);
  });
});

describe("excel fake: tables, names, properties", () => {
  it("names columns from the header cells and gives a header-only table one empty data row", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [["Id", "", "Id"]];
      const table = context.workbook.tables.add("Sheet1!A1:C1", true);
      const body = table.getDataBodyRange().load("address");
      table.columns.load("items/name");
      await context.sync();
      expect(table.columns.items.map((c) => c.name)).to.deep.equal(["Id", "Column2", "Id2"]);
      expect(body.address).to.equal("Sheet1!A2:C2");
    });
  });

  it("appends rows carrying the calculated column formula and the last row's validation", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [["Start", "Months"], [1, ""]];
      const table = context.workbook.tables.add("Sheet1!A1:B2", true);
      table.name = "T";
      await context.sync();
      sheet.getRange("B2").formulas = [["=T[[#This Row],[Start]]*2"]];
      sheet.getRange("A2").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" } };
      table.rows.add(undefined, [[5, ""]]);
      const rows = table.rows.load("count");
      await context.sync();
      expect(rows.count).to.equal(2);
    });
    expect(fake.cell("Sheet1!B3")?.formula).to.equal("=T[[#This Row],[Start]]*2");
    expect(fake.cell("Sheet1!A3")).to.deep.include({ value: 5 });
    expect(fake.cell("Sheet1!A3")?.validation?.rule).to.deep.equal({ decimal: { formula1: 0, operator: "GreaterThan" } });
  });

  it("inserts a column inside a table, shifting the table's own cells", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [["A", "C"], [1, 3]];
      const table = context.workbook.tables.add("Sheet1!A1:B2", true);
      table.columns.add(1, undefined, "B");
      table.columns.load("items/name");
      await context.sync();
      expect(table.columns.items.map((c) => c.name)).to.deep.equal(["A", "B", "C"]);
    });
    expect(fake.cell("Sheet1!C2")?.value).to.equal(3);
    expect(fake.cell("Sheet1!B2")).to.equal(undefined);
  });

  it("does not pretend to shift content outside a table when it grows", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").values = [["H"], [1], ["below"]];
      context.workbook.tables.add("Sheet1!A1:A2", true).name = "T";
    });
    const code = await fake.run(syncError((c) => c.workbook.tables.getItem("T").rows.add()));
    expect(code).to.equal("NotImplemented");
  });

  it("adds workbook names for ranges and constants and resolves them back to ranges", async () => {
    const fake = createExcelFake({ sheetNames: ["Avtal"] });
    await fake.run(async (context) => {
      const names = context.workbook.names;
      names.add("Avtal_Start", context.workbook.worksheets.getItem("Avtal").getRange("B5"));
      const marker = names.add("SYSS_Mallversion", '="1.0.0"');
      marker.visible = false;
      names.load("items/name, items/type, items/formula, items/visible");
      const target = names.getItemOrNullObject("avtal_start").getRange().load("address");
      await context.sync();
      expect(names.items.map((n) => [n.name, n.type, n.formula, n.visible])).to.deep.equal([
        ["Avtal_Start", "Range", "=Avtal!$B$5", true],
        ["SYSS_Mallversion", "String", '="1.0.0"', false],
      ]);
      expect(target.address).to.equal("Avtal!B5");
    });
  });

  it("sets custom properties with add (create or overwrite)", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.properties.custom.add("SYSS", "0.9");
      context.workbook.properties.custom.add("syss", "1.0.0");
      const property = context.workbook.properties.custom.getItemOrNullObject("SYSS").load("value");
      await context.sync();
      expect(property.value).to.equal("1.0.0");
    });
    expect(fake.snapshot().customProperties).to.deep.equal({ SYSS: "1.0.0" });
  });
});

describe("excel fake: charts", () => {
  it("creates a chart from a range with one series per row, then names, titles and places it", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B8:G9"), "Rows");
      chart.name = "Aktorer";
      chart.title.text = "Per aktör";
      chart.setPosition("I3", "P20");
      chart.series.getItemAt(1).setXAxisValues(sheet.getRange("B4:G4"));
      chart.axes.categoryAxis.reversePlotOrder = true;
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).to.deep.equal(["Aktorer"]);
    });
    expect(fake.snapshot().sheets[0]!.charts).to.deep.equal([
      {
        name: "Aktorer",
        type: "ColumnClustered",
        source: "B8:G9",
        title: "Per aktör",
        position: "I3:P20",
        series: [
          { name: "Series1", xValues: "" },
          { name: "Series2", xValues: "B4:G4" },
        ],
        categoriesReversed: true,
      },
    ]);
    const code = await fake.run(
      syncError((context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("ColumnClustered", sheet.getRange("A1:B1"), "Rows").series.getItemAt(3).name = "x";
      }),
    );
    expect(code, "no such series").to.equal("ItemNotFound");
  });
});

describe("excel fake: font size and footers", () => {
  it("sets a font size of 1–409 points; another size fails the batch", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.size = 14;
      await context.sync();
    });
    expect(fake.cell("Sheet1!A1")?.fontSize).to.equal(14);
    expect(fake.cell("Sheet1!A2")?.fontSize).to.equal(undefined);
    const code = await fake.run(syncError((context) => (context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.font.size = 500)));
    expect(code).to.equal("InvalidArgument");
  });

  it("writes the default footers (Excel's codes kept as given); a footer over 255 characters fails the batch", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const footers = context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
      footers.leftFooter = "&A";
      footers.rightFooter = "Sida &P av &N";
      await context.sync();
    });
    expect(fake.snapshot().sheets[0]!.pageLayout).to.deep.include({ leftFooter: "&A", rightFooter: "Sida &P av &N" });
    const code = await fake.run(syncError((context) => (context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages.rightFooter = "x".repeat(256))));
    expect(code).to.equal("InvalidArgument");
  });
});

describe("excel fake: table events", () => {
  it("delivers onChanged after the sync for writes made while events are on, not while off", async () => {
    const fake = createExcelFake();
    const seen: ExcelTableChangedEventArgs[] = [];
    const registration = await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["Id", "Note"]];
      const table = context.workbook.tables.add("Sheet1!A1:B1", true);
      const handle = table.onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
      return handle;
    });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").values = [["user edit"]];
      sheet.getRange("D9").values = [["outside"]];
      await context.sync();
      expect(seen, "delivered asynchronously, after the sync").to.have.length(0);
      context.runtime.enableEvents = false;
      sheet.getRange("A2").values = [["add-in write"]];
      context.runtime.enableEvents = true;
    });
    await fake.flushEvents();
    expect(seen.map((e) => [e.address, e.changeType, e.type])).to.deep.equal([["B2", "RangeEdited", "TableChanged"]]);
    expect(registration).to.have.property("remove");
  });
});

describe("excel fake: inserting entire rows (Range.insert Down)", () => {
  async function filled(): Promise<ReturnType<typeof createExcelFake>> {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.worksheets.add("Other");
      sheet.getRange("A1:B1").values = [["above", 1]];
      sheet.getRange("A5:C6").values = [["Namn", "Antal", "Not"], ["x", 2, "y"]];
      context.workbook.tables.add("Sheet1!A5:C6", true).name = "T";
      sheet.getRange("B6").numberFormat = [["0.0"]];
      sheet.getRange("B6").dataValidation.rule = { custom: { formula: "=B6>=A1" } };
      sheet.getRange("E2").formulas = [['=SUM(B1:B6)+B6+T[Antal]&"B6"']];
      sheet.getRange("E9").formulas = [["=B6*2"]];
      context.workbook.worksheets.getItem("Other").getRange("A1").formulas = [["=Sheet1!$B$6+Sheet1!A1+B6"]];
      context.workbook.names.add("Below", "=Sheet1!$A$6:$C$6", "");
      context.workbook.names.add("Above", "=Sheet1!$A$1", "");
      const format = sheet.getRange("A6:C6").conditionalFormats.add("Custom");
      format.custom.rule.formula = "=$B6>1";
      format.custom.format.fill.color = "#FF0000";
      await context.sync();
    });
    return fake;
  }

  it("moves cells, formats, validation, tables, names and conditional formats below the insert, rewriting references", async () => {
    const fake = await filled();
    await fake.run(async (context) => {
      const inserted = context.workbook.worksheets.getItem("Sheet1").getRange("3:4").insert("Down").load("address");
      await context.sync();
      expect(inserted.address).to.equal("Sheet1!A3:XFD4");
    });
    expect(fake.cell("Sheet1!A1")?.value, "rows above stay").to.equal("above");
    expect(fake.cell("Sheet1!A5")).to.equal(undefined);
    expect([fake.cell("Sheet1!A8")?.value, fake.cell("Sheet1!B8")?.value, fake.cell("Sheet1!C8")?.value]).to.deep.equal(["x", 2, "y"]);
    expect(fake.cell("Sheet1!B8")?.numberFormat).to.equal("0.0");
    expect(fake.cell("Sheet1!B8")?.validation?.rule).to.deep.equal({ custom: { formula: "=B8>=A1" } });
    expect(fake.snapshot().tables.find((t) => t.name === "T")?.address).to.equal("A7:C8");
    expect(fake.cell("Sheet1!E2")?.formula, "ranges across the insert grow; text and structured references stay").to.equal(
      '=SUM(B1:B8)+B8+T[Antal]&"B6"',
    );
    expect(fake.cell("Sheet1!E11")?.formula).to.equal("=B8*2");
    expect(fake.cell("Other!A1")?.formula, "only references to the shifted sheet change").to.equal("=Sheet1!$B$8+Sheet1!A1+B6");
    expect(fake.snapshot().names["Below"]?.formula).to.equal("=Sheet1!$A$8:$C$8");
    expect(fake.snapshot().names["Above"]?.formula).to.equal("=Sheet1!$A$1");
    const sheet = fake.snapshot().sheets.find((s) => s.name === "Sheet1")!;
    expect(sheet.conditionalFormats.map((f) => [f.address, f.formula])).to.deep.equal([["A8:C8", "=$B8>1"]]);
  });

  it("refuses anything but entire rows shifted down, changing nothing", async () => {
    const fake = await filled();
    const before = fake.snapshot();
    const code = await fake.run(syncError((context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A3:C4").insert("Down")));
    expect(code).to.equal("InvalidArgument");
    expect(fake.snapshot()).to.deep.equal(before);
  });
});
