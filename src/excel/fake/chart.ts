/** Charts: enough to create one from a range, name it, title it, place it and label its categories. */
import type { ExcelChart, ExcelChartCollection, ExcelChartSeries } from "../host/api";
import { formatRect } from "../../domain/common/a1";
import { parseAddress } from "./address";
import { FakeClientObject, FakeCollection } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeRange } from "./range";
import type { ChartState, SheetState } from "./state";

export class FakeChartCollection extends FakeCollection<FakeChart> implements ExcelChartCollection {
  protected readonly typeName = "ChartCollection";
  protected readonly scalarNames = ["count"] as const;
  private readonly sheet: () => SheetState;

  constructor(context: FakeRequestContext, sheet: () => SheetState) {
    super(context);
    this.sheet = sheet;
  }

  protected readScalar(): unknown {
    return this.sheet().charts.length;
  }

  protected listItems(): FakeChart[] {
    return this.sheet().charts.map((chart) => new FakeChart(this.context, () => chart));
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    let created: ChartState | undefined;
    this.queue(() => {
      const sheet = this.sheet();
      const { sheet: dataSheet, rect } = sourceData.target();
      if (dataSheet !== sheet) throw new FakeOfficeError("NotImplemented", "The fake charts data from their own sheet only.");
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.columns >= rect.rows);
      const count = byRows ? rect.rows : rect.columns;
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((chart) => chart.name === `Chart ${n}`)) n++;
      created = {
        name: `Chart ${n}`,
        type,
        source: formatRect(rect),
        title: "",
        position: "",
        series: Array.from({ length: count }, (_, i) => ({ name: `Series${i + 1}`, xValues: "" })),
        categoriesReversed: false,
      };
      sheet.charts.push(created);
    });
    return new FakeChart(this.context, () => created);
  }
}

export class FakeChart extends FakeClientObject implements ExcelChart {
  protected readonly typeName = "Chart";
  protected readonly scalarNames = ["name"] as const;
  private readonly locate: () => ChartState | undefined;
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): ExcelChartSeries };
  readonly axes: ExcelChart["axes"];

  constructor(context: FakeRequestContext, locate: () => ChartState | undefined) {
    super(context);
    this.locate = locate;
    const chart = (): ChartState => this.chart();
    const queue = (change: () => void): void => context.enqueue({ kind: "write", run: change });
    let titleText = "";
    this.title = {
      get text() {
        return titleText;
      },
      set text(text: string) {
        titleText = text;
        queue(() => (chart().title = text));
      },
    };
    let reversed = false;
    this.axes = {
      categoryAxis: {
        get reversePlotOrder() {
          return reversed;
        },
        set reversePlotOrder(value: boolean) {
          reversed = value;
          queue(() => (chart().categoriesReversed = value));
        },
      },
    };
    this.series = {
      getItemAt: (index: number) => {
        const item = (): ChartState["series"][number] => {
          const found = chart().series[index];
          if (!found) throw new FakeOfficeError("ItemNotFound", `The chart has no series ${index}.`);
          return found;
        };
        let seriesName = "";
        return {
          get name() {
            return seriesName;
          },
          set name(name: string) {
            seriesName = name;
            queue(() => (item().name = name));
          },
          setXAxisValues: (sourceData) =>
            queue(() => {
              item().xValues = formatRect((sourceData as FakeRange).target().rect);
            }),
        };
      },
    };
  }

  private chart(): ChartState {
    const found = this.locate();
    if (!found) throw new FakeOfficeError("ItemNotFound", "The requested chart does not exist.");
    return found;
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  protected readScalar(): unknown {
    return this.chart().name;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queueSet("name", name, () => {
      this.chart().name = name;
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.queue(() => {
      const start = parseAddress(startCell).rect;
      const end = parseAddress(endCell ?? startCell).rect;
      this.chart().position = formatRect({
        top: start.top,
        left: start.left,
        rows: end.top + end.rows - start.top,
        columns: end.left + end.columns - start.left,
      });
    });
  }
}
