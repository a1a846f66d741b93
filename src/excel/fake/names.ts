/** Defined names (workbook- or worksheet-scoped). Names share one namespace with table names, as in Excel. */
import type { ExcelNamedItem, ExcelNamedItemCollection } from "../host/api";
import { looksLikeCellReference, parseAddress, qualifiedAddress } from "./address";
import { FakeClientObject, FakeCollection } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeRange } from "./range";
import type { NameState, SheetState, WorkbookState } from "./state";
import { findSheet } from "./worksheet";

export function checkIdentifier(text: string, what: string): void {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(text) || looksLikeCellReference(text) || text.length > 255) {
    throw new FakeOfficeError("InvalidArgument", `'${text}' is not a valid ${what} name.`);
  }
}

/** True when a workbook-scoped name or any table already uses `name` (case-insensitive). */
export function identifierTaken(state: WorkbookState, name: string): boolean {
  const lower = name.toLowerCase();
  return state.names.has(lower) || state.tables.some((table) => table.name.toLowerCase() === lower);
}

const RANGE_FORMULA = /^=((?:'[^']+(?:''[^']*)*')|[^!'"]+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;

function nameType(formula: string): string {
  if (RANGE_FORMULA.test(formula)) return "Range";
  const body = formula.slice(1);
  if (/^".*"$/.test(body)) return "String";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^-?\d+$/.test(body)) return "Integer";
  if (/^-?\d*\.\d+(E[+-]?\d+)?$/i.test(body)) return "Double";
  return "Error";
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> implements ExcelNamedItemCollection {
  protected readonly typeName = "NamedItemCollection";
  protected readonly scalarNames = [] as const;
  /** undefined = workbook scope. */
  private readonly scopeSheet: (() => SheetState) | undefined;

  constructor(context: FakeRequestContext, scopeSheet?: () => SheetState) {
    super(context);
    this.scopeSheet = scopeSheet;
  }

  private store(): Map<string, NameState> {
    return this.scopeSheet ? this.scopeSheet().names : this.context.host.state.names;
  }

  protected readScalar(): unknown {
    return undefined;
  }

  protected listItems(): FakeNamedItem[] {
    const scope = this.scopeSheet ? "Worksheet" : "Workbook";
    return [...this.store().values()].map((item) => new FakeNamedItem(this.context, () => item, scope));
  }

  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    let created: NameState | undefined;
    this.queue((batch) => {
      checkIdentifier(name, "defined");
      const store = this.store();
      const taken = this.scopeSheet ? store.has(name.toLowerCase()) : identifierTaken(batch.state, name);
      if (taken) throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' is already in use.`);
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else {
        if (reference.context !== this.context) {
          throw new FakeOfficeError("InvalidObjectPath", "The range belongs to another request context.");
        }
        const { sheet, rect } = reference.target();
        formula = `=${qualifiedAddress(sheet.name, rect, true)}`;
      }
      created = { name, formula, comment, visible: true };
      store.set(name.toLowerCase(), created);
    });
    return new FakeNamedItem(this.context, () => created, this.scopeSheet ? "Worksheet" : "Workbook");
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => this.store().get(name.toLowerCase()),
      this.scopeSheet ? "Worksheet" : "Workbook",
      true,
    );
  }
}

export class FakeNamedItem extends FakeClientObject implements ExcelNamedItem {
  protected readonly typeName = "NamedItem";
  protected readonly scalarNames = ["name", "type", "value", "formula", "visible", "comment", "scope"] as const;
  private readonly locate: () => NameState | undefined;
  private readonly scope: string;

  constructor(context: FakeRequestContext, locate: () => NameState | undefined, scope: string, nullable = false) {
    super(context, nullable);
    this.locate = locate;
    this.scope = scope;
  }

  private item(): NameState {
    const found = this.locate();
    if (!found) throw new FakeOfficeError("ItemNotFound", "The requested name does not exist.");
    return found;
  }

  protected exists(): boolean {
    return this.locate() !== undefined;
  }

  protected readScalar(name: string): unknown {
    const item = this.item();
    switch (name) {
      case "name":
        return item.name;
      case "type":
        return nameType(item.formula);
      case "value":
        return item.formula.slice(1);
      case "formula":
        return item.formula;
      case "visible":
        return item.visible;
      case "comment":
        return item.comment;
      default:
        return this.scope;
    }
  }

  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): string {
    return this.loaded("value");
  }
  get comment(): string {
    return this.loaded("comment");
  }

  get formula(): string {
    return this.loaded("formula");
  }
  set formula(formula: string) {
    this.queueSet("formula", formula, () => {
      this.item().formula = formula.startsWith("=") ? formula : `=${formula}`;
    });
  }

  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(visible: boolean) {
    this.queueSet("visible", visible, () => {
      this.item().visible = visible;
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const match = RANGE_FORMULA.exec(this.item().formula);
      if (!match) throw new FakeOfficeError("InvalidArgument", `The name '${this.item().name}' does not refer to a range.`);
      const parsed = parseAddress(`${match[1]}!${match[2]}`);
      const sheet = findSheet(this.context.host.state, parsed.sheet!);
      if (!sheet) throw new FakeOfficeError("InvalidReference", `The name '${this.item().name}' refers to a missing sheet.`);
      return { sheet, rect: parsed.rect };
    });
  }

  delete(): void {
    this.queue((batch) => {
      const item = this.item();
      for (const store of [batch.state.names, ...batch.state.sheets.map((sheet) => sheet.names)]) {
        for (const [key, value] of store) if (value === item) store.delete(key);
      }
    });
  }
}
