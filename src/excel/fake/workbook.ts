/** The workbook root, application and runtime settings, and custom document properties. */
import type {
  ExcelApplication,
  ExcelCustomProperty,
  ExcelCustomPropertyCollection,
  ExcelDocumentProperties,
  ExcelRuntime,
  ExcelWorkbook,
} from "../host/api";
import { FakeClientObject, FakeCollection, cloneData } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeNamedItemCollection } from "./names";
import type { CustomPropertyState } from "./state";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook implements ExcelWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly properties: ExcelDocumentProperties & { custom: FakeCustomPropertyCollection };

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.application = new FakeApplication(context);
    this.properties = { custom: new FakeCustomPropertyCollection(context) };
  }
}

export class FakeApplication extends FakeClientObject implements ExcelApplication {
  protected readonly typeName = "Application";
  protected readonly scalarNames = ["calculationMode"] as const;

  protected exists(): boolean {
    return true;
  }
  protected readScalar(): unknown {
    return this.context.host.state.calculationMode;
  }

  get calculationMode(): ExcelApplication["calculationMode"] {
    return this.loaded("calculationMode");
  }
  set calculationMode(mode: ExcelApplication["calculationMode"]) {
    this.queueSet(
      "calculationMode",
      mode,
      (batch) => {
        if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(String(mode))) {
          throw new FakeOfficeError("InvalidArgument", `'${String(mode)}' is not a calculation mode.`);
        }
        batch.state.calculationMode = String(mode);
      },
      "setting",
    );
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queue((batch) => (batch.calculationSuspended = true), "setting");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queue((batch) => (batch.screenUpdatingSuspended = true), "setting");
  }
}

export class FakeRuntime extends FakeClientObject implements ExcelRuntime {
  protected readonly typeName = "Runtime";
  protected readonly scalarNames = ["enableEvents"] as const;

  protected exists(): boolean {
    return true;
  }
  protected readScalar(): unknown {
    return this.context.host.state.eventsEnabled;
  }

  get enableEvents(): boolean {
    return this.loaded("enableEvents");
  }
  set enableEvents(enabled: boolean) {
    this.queueSet("enableEvents", enabled, (batch) => (batch.state.eventsEnabled = enabled), "setting");
  }
}

function propertyType(value: unknown): string {
  if (typeof value === "number") return "Number";
  if (typeof value === "boolean") return "Boolean";
  if (value instanceof Date) return "Date";
  return "String";
}

export class FakeCustomPropertyCollection
  extends FakeCollection<FakeCustomProperty>
  implements ExcelCustomPropertyCollection
{
  protected readonly typeName = "CustomPropertyCollection";
  protected readonly scalarNames = [] as const;

  protected readScalar(): unknown {
    return undefined;
  }

  protected listItems(): FakeCustomProperty[] {
    return [...this.context.host.state.customProperties.values()].map(
      (property) => new FakeCustomProperty(this.context, () => property),
    );
  }

  /** Creates the property, or sets the value of an existing one (Office.js semantics). */
  add(key: string, value: unknown): FakeCustomProperty {
    let target: CustomPropertyState | undefined;
    this.queue((batch) => {
      if (key.length === 0 || key.length > 255) throw new FakeOfficeError("InvalidArgument", "Invalid property key.");
      const store = batch.state.customProperties;
      target = store.get(key.toLowerCase()) ?? { key, value: "" };
      target.value = cloneData(value);
      store.set(key.toLowerCase(), target);
    });
    return new FakeCustomProperty(this.context, () => target);
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.context,
      () => this.context.host.state.customProperties.get(key.toLowerCase()),
      true,
    );
  }
}

export class FakeCustomProperty extends FakeClientObject implements ExcelCustomProperty {
  protected readonly typeName = "CustomProperty";
  protected readonly scalarNames = ["key", "value", "type"] as const;
  private readonly locate: () => CustomPropertyState | undefined;

  constructor(context: FakeRequestContext, locate: () => CustomPropertyState | undefined, nullable = false) {
    super(context, nullable);
    this.locate = locate;
  }

  private property(): CustomPropertyState {
    const found = this.locate();
    if (!found) throw new FakeOfficeError("ItemNotFound", "The requested custom property does not exist.");
    return found;
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  protected readScalar(name: string): unknown {
    const property = this.property();
    if (name === "key") return property.key;
    if (name === "value") return property.value;
    return propertyType(property.value);
  }

  get key(): string {
    return this.loaded("key");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): unknown {
    return this.loaded("value");
  }
  set value(value: unknown) {
    this.queueSet("value", value, () => {
      this.property().value = cloneData(value);
    });
  }
}
