/**
 * The proxy-object machinery shared by every fake Excel object, mirroring Office.js semantics:
 * - `load()` only queues; values become readable after the next `context.sync()`;
 * - reading a property that was neither loaded+synced nor set locally throws `PropertyNotLoaded`;
 * - setting a property queues the write (the document changes at sync) but is readable locally at once;
 * - `*OrNullObject` proxies learn `isNullObject` at sync.
 */
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import type { Batch } from "./host";
import type { FakeRequestContext } from "./context";

/** `"items/name, items/worksheet/name"` becomes a tree: items → {name, worksheet → {name}}. */
export type LoadTree = Map<string, LoadTree>;

export function parseLoadSpec(spec?: string | string[]): LoadTree {
  const tree: LoadTree = new Map();
  const paths = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(",");
  for (const raw of paths) {
    const path = raw.trim();
    if (path === "") continue;
    let node = tree;
    for (const part of path.split("/").map((p) => p.trim())) {
      let child = node.get(part);
      if (!child) {
        child = new Map();
        node.set(part, child);
      }
      node = child;
    }
  }
  return tree;
}

/** Loaded values are copies, like JSON coming back over the wire: later document changes don't show through. */
export function cloneData<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * A deeply frozen JSON copy: the fake stores one such copy of a validation rule, alert or prompt and lets every
 * cell of the range, and every snapshot, share it. Frozen, nothing can edit one cell's copy through another.
 */
export function frozenData<T>(value: T): T {
  const freeze = (item: unknown): void => {
    if (item === null || typeof item !== "object") return;
    Object.values(item).forEach(freeze);
    Object.freeze(item);
  };
  const copy = cloneData(value);
  freeze(copy);
  return copy;
}

export type ActionKind = "read" | "write" | "setting";

export interface Action {
  kind: ActionKind;
  run(batch: Batch): void;
}

export abstract class FakeClientObject {
  readonly context: FakeRequestContext;
  private readonly loadedValues = new Map<string, unknown>();
  /** undefined until a sync tells whether an `*OrNullObject` exists. */
  private nullState: boolean | undefined;
  protected readonly nullable: boolean;

  protected abstract readonly typeName: string;
  protected abstract readonly scalarNames: readonly string[];

  constructor(context: FakeRequestContext, nullable = false) {
    this.context = context;
    this.nullable = nullable;
    this.nullState = nullable ? undefined : false;
    if (nullable) {
      context.enqueue({
        kind: "read",
        run: (batch) => {
          const missing = !this.exists();
          batch.onSuccess(() => {
            this.nullState = missing;
          });
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  /** At sync time: does the object this proxy points at exist? */
  protected abstract exists(): boolean;
  /** At sync time: the current value of a scalar property. */
  protected abstract readScalar(name: string): unknown;
  /** Child objects reachable by a load path such as `format/font/bold`. */
  protected navigation(name: string): FakeClientObject | undefined {
    void name;
    return undefined;
  }

  load(spec?: string | string[]): this {
    const tree = parseLoadSpec(spec);
    this.context.enqueue({ kind: "read", run: (batch) => this.performLoad(tree, batch) });
    return this;
  }

  /** Runs at sync: reads the requested properties from the document into this proxy (committed on success). */
  performLoad(tree: LoadTree, batch: Batch): void {
    const missing = this.nullable && !this.exists();
    const names = tree.size === 0 ? this.scalarNames : [...tree.keys()];
    for (const name of names) {
      const sub = tree.get(name);
      if (this.scalarNames.includes(name) && (sub === undefined || sub.size === 0)) {
        const value = missing ? null : cloneData(this.readScalar(name));
        batch.onSuccess(() => this.loadedValues.set(name, value));
        continue;
      }
      const child = this.navigation(name);
      if (!child) throw new FakeOfficeError("InvalidArgument", `${this.typeName} has no property '${name}' to load.`);
      if (!missing) child.performLoad(sub ?? new Map(), batch);
    }
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loadedValues.get(name) as T;
  }

  /** A property write: visible on this proxy at once, applied to the document at sync. */
  protected queueSet(name: string, value: unknown, apply: (batch: Batch) => void, kind: ActionKind = "write"): void {
    this.loadedValues.set(name, value);
    this.context.enqueue({ kind, run: apply });
  }

  protected queue(apply: (batch: Batch) => void, kind: ActionKind = "write"): void {
    this.context.enqueue({ kind, run: apply });
  }
}

/** A collection proxy: `items` is readable after `load()` + sync. */
export abstract class FakeCollection<TItem extends FakeClientObject> extends FakeClientObject {
  private loadedItems: TItem[] | undefined;

  /** At sync time: proxies for the current members, each bound to its document object. */
  protected abstract listItems(): TItem[];

  get items(): TItem[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  protected exists(): boolean {
    return true;
  }

  override performLoad(tree: LoadTree, batch: Batch): void {
    const ownScalars = new Map<string, LoadTree>();
    let itemTree: LoadTree = new Map();
    for (const [name, sub] of tree) {
      if (name === "items") itemTree = new Map([...itemTree, ...sub]);
      else if (this.scalarNames.includes(name)) ownScalars.set(name, sub);
      else itemTree.set(name, sub); // Office.js reads `collection.load("name")` as `items/name`
    }
    if (ownScalars.size > 0) super.performLoad(ownScalars, batch);
    if (ownScalars.size > 0 && itemTree.size === 0 && !tree.has("items")) return;
    const items = this.listItems();
    for (const item of items) item.performLoad(itemTree, batch);
    batch.onSuccess(() => {
      this.loadedItems = items;
    });
  }
}
