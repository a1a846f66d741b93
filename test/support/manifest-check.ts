/**
 * Offline checks of the add-in manifest (the validator Microsoft ships needs the internet).
 * `checkManifest` returns a list of problems; an empty list means the manifest passed.
 * What it checks is what breaks sideloading or the shared runtime in practice: element order, ids,
 * resids, the custom-functions namespace, the runtime wiring, URL consistency and localisation.
 */
import { JSDOM } from "jsdom";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Child order of a TaskPaneApp's OfficeApp element, as in the schema's sequence (optional ones included). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
];

/** Which resource list a resid must be defined in, by the element (or parent element) that uses it. */
const RESOURCE_KIND_BY_USER: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Namespace: "ShortStrings",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** True when the element has an <Override Locale="en-US"> child (in either the app or the bt namespace). */
function hasEnglishOverride(element: Element | undefined): boolean {
  return Array.from(element?.children ?? []).some((child) => child.localName === "Override" && child.getAttribute("Locale") === "en-US");
}

export interface ManifestExpectations {
  namespace: string;
  /** The URL prefix every add-in URL must start with, e.g. https://localhost:3000/ */
  baseUrl: string;
  version: string;
  /** Names the runtime associates with `Office.actions.associate` (RIBBON_COMMANDS); when given, every ExecuteFunction must name one and every one must have a button. */
  associatedFunctions?: readonly string[];
  /** Whether a file the manifest points at (path relative to baseUrl) is shipped; when given, every image must be. */
  fileExists?: (relativePath: string) => boolean;
}

/** Child order of a Button control and of a Group, as in the schema's sequences. */
const BUTTON_ORDER = ["Label", "Supertip", "Icon", "Action"];
const GROUP_ORDER = ["Label", "Icon", "Control"];
/** The TaskpaneId Office opens by itself when the document carries the Office.AutoShowTaskpaneWithDocument setting. */
const AUTO_SHOW_TASKPANE_ID = "Office.AutoShowTaskpaneWithDocument";
/** Documented maximum lengths of bt:ShortStrings and bt:LongStrings values (overrides included). */
const STRING_LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };

/** Problems with the order of `element`'s children against `order` (a child name may repeat, e.g. Control). */
function orderProblems(element: Element, order: readonly string[], where: string): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const child of Array.from(element.children)) {
    const position = order.indexOf(child.localName);
    if (position < 0) problems.push(`unexpected element <${child.localName}> in ${where}`);
    else if (position < last) problems.push(`<${child.localName}> is out of order in ${where}`);
    else last = position;
  }
  return problems;
}

/** Ribbon checks: control order and ids, ExecuteFunction names the runtime associates, the auto-open pane. */
function commandProblems(root: Element, expected: ManifestExpectations): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const element of Array.from(root.getElementsByTagNameNS(NS.ov, "Group")).concat(Array.from(root.getElementsByTagNameNS(NS.ov, "Control")))) {
    const id = element.getAttribute("id") ?? "";
    if (!id) problems.push(`<${element.localName}> has no id`);
    else if (ids.has(id)) problems.push(`control id ${id} is used twice`);
    ids.add(id);
  }
  for (const group of Array.from(root.getElementsByTagNameNS(NS.ov, "Group"))) problems.push(...orderProblems(group, GROUP_ORDER, `Group ${group.getAttribute("id")}`));
  const used = new Set<string>();
  for (const control of Array.from(root.getElementsByTagNameNS(NS.ov, "Control"))) {
    const id = control.getAttribute("id") ?? "";
    if (control.getAttributeNS(NS.xsi, "type") === "Button") problems.push(...orderProblems(control, BUTTON_ORDER, `Control ${id}`));
    const action = Array.from(control.children).find((child) => child.localName === "Action");
    if (!action) {
      problems.push(`Control ${id} has no Action`);
      continue;
    }
    const type = action.getAttributeNS(NS.xsi, "type");
    if (type === "ExecuteFunction") {
      const name = action.getElementsByTagNameNS(NS.ov, "FunctionName")[0]?.textContent?.trim() ?? "";
      if (!name) problems.push(`Control ${id} runs ExecuteFunction without a FunctionName`);
      else if (expected.associatedFunctions && !expected.associatedFunctions.includes(name)) problems.push(`Control ${id} runs ${name}, which the runtime does not associate`);
      used.add(name);
    } else if (type === "ShowTaskpane") {
      const paneId = action.getElementsByTagNameNS(NS.ov, "TaskpaneId")[0]?.textContent?.trim();
      if (paneId !== AUTO_SHOW_TASKPANE_ID) problems.push(`Control ${id} shows a task pane whose TaskpaneId is not ${AUTO_SHOW_TASKPANE_ID} (the pane would not open with the workbook)`);
    } else {
      problems.push(`Control ${id} has an unexpected Action type ${type}`);
    }
  }
  for (const name of expected.associatedFunctions ?? []) if (!used.has(name)) problems.push(`the runtime associates ${name} but no button runs it`);
  return problems;
}

export function checkManifest(xml: string, expected: ManifestExpectations): string[] {
  const problems: string[] = [];
  const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
  if (doc.getElementsByTagName("parsererror").length > 0) return ["not well-formed XML"];
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) problems.push("root element is not OfficeApp");
  if (root.getAttributeNS(NS.xsi, "type") !== "TaskPaneApp") problems.push("OfficeApp xsi:type is not TaskPaneApp");

  const children = Array.from(root.children).map((element) => element.localName);
  const positions = children.map((name) => OFFICE_APP_ORDER.indexOf(name));
  children.forEach((name, index) => {
    if (positions[index] < 0) problems.push(`unexpected element <${name}> in OfficeApp`);
    else if (index > 0 && positions[index] < positions[index - 1]) problems.push(`<${name}> is out of order in OfficeApp`);
  });

  const text = (name: string) => doc.getElementsByTagNameNS(NS.app, name)[0]?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) problems.push("Id is not a GUID");
  if (text("Version") !== `${expected.version}.0`) problems.push(`Version ${text("Version")} does not match package.json ${expected.version}`);
  if (text("DefaultLocale") !== "sv-SE") problems.push("DefaultLocale is not sv-SE");
  if (text("Permissions") !== "ReadWriteDocument") problems.push("Permissions is not ReadWriteDocument");
  for (const name of ["DisplayName", "Description"]) {
    const element = doc.getElementsByTagNameNS(NS.app, name)[0];
    if (!element?.getAttribute("DefaultValue")) problems.push(`${name} has no DefaultValue`);
    if (!hasEnglishOverride(element)) problems.push(`${name} has no en-US override`);
  }

  const sets = new Map(
    Array.from(root.getElementsByTagNameNS(NS.app, "Set")).map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]),
  );
  if (sets.get("SharedRuntime") !== "1.1") problems.push("requirement SharedRuntime 1.1 missing");
  if (sets.get("ExcelApi") !== "1.8") problems.push("requirement ExcelApi 1.8 missing");

  // Resources by kind: id -> DefaultValue
  const resources = new Map<string, Map<string, string>>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const list = doc.getElementsByTagNameNS(NS.bt, kind)[0];
    const entries = new Map<string, string>();
    for (const item of Array.from(list?.children ?? [])) {
      const id = item.getAttribute("id") ?? "";
      if (entries.has(id)) problems.push(`resource id ${id} is defined twice`);
      entries.set(id, item.getAttribute("DefaultValue") ?? "");
      if ((kind === "ShortStrings" || kind === "LongStrings") && id !== "Functions.Namespace" && !hasEnglishOverride(item)) {
        problems.push(`string ${id} has no en-US override`);
      }
      const limit = STRING_LIMITS[kind];
      const texts = [item.getAttribute("DefaultValue") ?? "", ...Array.from(item.children).map((child) => child.getAttribute("Value") ?? "")];
      if (limit !== undefined && texts.some((value) => value.length > limit)) problems.push(`string ${id} is longer than ${limit} characters`);
    }
    resources.set(kind, entries);
  }

  const used = new Set<string>();
  for (const element of Array.from(root.querySelectorAll("[resid]"))) {
    const resid = element.getAttribute("resid") ?? "";
    used.add(resid);
    const kind = RESOURCE_KIND_BY_USER[element.localName];
    if (!kind) {
      problems.push(`resid on unexpected element <${element.localName}>`);
    } else if (!resources.get(kind)?.has(resid)) {
      problems.push(`resid ${resid} used by <${element.localName}> is not defined in bt:${kind}`);
    }
    if (resid.length > 32) problems.push(`resid ${resid} is longer than 32 characters`);
  }
  for (const [kind, entries] of resources) {
    for (const id of entries.keys()) if (!used.has(id)) problems.push(`resource ${id} in bt:${kind} is never used`);
  }

  const namespaceResid = root.querySelector("ExtensionPoint Namespace")?.getAttribute("resid") ?? "";
  if (resources.get("ShortStrings")?.get(namespaceResid) !== expected.namespace) {
    problems.push(`custom-functions namespace is not ${expected.namespace}`);
  }

  // Shared runtime: one long-lived runtime whose resid is the task pane's and the functions' page.
  const runtimes = Array.from(root.getElementsByTagNameNS(NS.ov, "Runtime"));
  if (runtimes.length !== 1) problems.push(`expected exactly one Runtime, found ${runtimes.length}`);
  const runtimeResid = runtimes[0]?.getAttribute("resid") ?? "";
  if (runtimes[0]?.getAttribute("lifetime") !== "long") problems.push('Runtime lifetime is not "long"');
  const pageResid = root.querySelector("ExtensionPoint Page SourceLocation")?.getAttribute("resid");
  const functionFileResid = root.getElementsByTagNameNS(NS.ov, "FunctionFile")[0]?.getAttribute("resid");
  const showTaskpaneResid = root.querySelector("Action SourceLocation")?.getAttribute("resid");
  if (pageResid !== runtimeResid) problems.push("custom-functions Page does not use the runtime's resid");
  if (functionFileResid !== runtimeResid) problems.push("FunctionFile does not use the runtime's resid");
  if (showTaskpaneResid !== runtimeResid) problems.push("ShowTaskpane does not use the runtime's resid");
  const runtimeUrl = resources.get("Urls")?.get(runtimeResid) ?? "";
  const defaultSource = doc.getElementsByTagNameNS(NS.app, "SourceLocation")[0]?.getAttribute("DefaultValue");
  if (defaultSource !== runtimeUrl) problems.push("DefaultSettings SourceLocation differs from the runtime URL");

  // Localised function help: the metadata URL has an en-US override pointing at another file (names stay the same).
  const metadataResid = root.querySelector("ExtensionPoint Metadata SourceLocation")?.getAttribute("resid") ?? "";
  const metadataUrl = Array.from(doc.getElementsByTagNameNS(NS.bt, "Url")).find((item) => item.getAttribute("id") === metadataResid);
  const englishMetadata = Array.from(metadataUrl?.children ?? []).find((child) => child.localName === "Override" && child.getAttribute("Locale") === "en-US");
  if (!englishMetadata) problems.push("the custom-functions metadata URL has no en-US override");
  else if (englishMetadata.getAttribute("Value") === metadataUrl?.getAttribute("DefaultValue")) problems.push("the en-US functions metadata is the same file as the default");

  // Every URL (overrides included) is https under the expected base; icons use the expected sizes.
  const urls = [
    ...Array.from(root.querySelectorAll("[DefaultValue^='http']")).map((element) => element.getAttribute("DefaultValue") ?? ""),
    ...Array.from(root.querySelectorAll("[Value^='http']")).map((element) => element.getAttribute("Value") ?? ""),
    ...Array.from(doc.getElementsByTagNameNS(NS.app, "AppDomain")).map((element) => `${element.textContent?.trim()}/`),
  ];
  for (const url of urls) if (!url.startsWith(expected.baseUrl)) problems.push(`URL ${url} is not under ${expected.baseUrl}`);
  for (const image of Array.from(root.querySelectorAll("Icon > Image"))) {
    const size = image.getAttribute("size");
    const url = resources.get("Images")?.get(image.getAttribute("resid") ?? "") ?? "";
    if (!url.endsWith(`icon-${size}.png`)) problems.push(`icon of size ${size} points at ${url}`);
  }
  if (expected.fileExists) {
    for (const url of resources.get("Images")?.values() ?? []) {
      if (url.startsWith(expected.baseUrl) && !expected.fileExists(url.slice(expected.baseUrl.length))) problems.push(`image ${url} is not shipped`);
    }
  }
  problems.push(...commandProblems(root, expected));
  return problems;
}

/** Every add-in file the manifest points at, relative to the base URL (for checking dist/ has them). */
export function manifestFiles(xml: string, baseUrl: string): string[] {
  const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
  return Array.from(doc.querySelectorAll("[DefaultValue^='http'], [Value^='http']"))
    .map((element) => element.getAttribute("DefaultValue") ?? element.getAttribute("Value") ?? "")
    .filter((url) => url.startsWith(baseUrl))
    .map((url) => url.slice(baseUrl.length));
}
