/**
 * The few pieces of XML the workbook reader needs, by position rather than by regex or a DOM: attribute
 * values of a start tag, text with its character references decoded, and the `_xHHHH_` escapes of
 * SpreadsheetML strings (ECMA-376 ST_Xstring). Plain TypeScript, so the reader runs in the task pane too.
 */

/** The value of attribute `name` in a start tag (`<c r="A1" s="3">`), decoded; undefined when absent. */
export function attributeOf(tag: string, name: string): string | undefined {
  let at = tag.indexOf(` ${name}=`);
  while (at >= 0) {
    const quote = tag[at + name.length + 2];
    if (quote === '"' || quote === "'") {
      const start = at + name.length + 3;
      const end = tag.indexOf(quote, start);
      return end < 0 ? undefined : decodeXmlText(tag.slice(start, end));
    }
    at = tag.indexOf(` ${name}=`, at + 1);
  }
  return undefined;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text content or an attribute value with `&amp;`, `&#233;`, `&#xE9;` … decoded. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes("&")) return raw;
  let out = "";
  let from = 0;
  for (let at = raw.indexOf("&"); at >= 0; at = raw.indexOf("&", from)) {
    const end = raw.indexOf(";", at);
    if (end < 0) break;
    const entity = raw.slice(at + 1, end);
    let decoded = NAMED_ENTITIES[entity];
    if (decoded === undefined && entity.startsWith("#")) {
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
    }
    out += raw.slice(from, at) + (decoded ?? raw.slice(at, end + 1));
    from = end + 1;
  }
  return out + raw.slice(from);
}

function isHexDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "0" && ch <= "9") || (ch >= "a" && ch <= "f") || (ch >= "A" && ch <= "F"));
}

/** A cell string with Excel's `_xHHHH_` escapes (characters XML cannot carry, e.g. `_x000D_`) decoded. */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  let out = "";
  let from = 0;
  for (let at = text.indexOf("_x"); at >= 0; at = text.indexOf("_x", from)) {
    const digits = text.slice(at + 2, at + 6);
    if (text[at + 6] === "_" && [...digits].every(isHexDigit) && digits.length === 4) {
      out += text.slice(from, at) + String.fromCharCode(parseInt(digits, 16));
      from = at + 7;
    } else {
      out += text.slice(from, at + 2);
      from = at + 2;
    }
  }
  return out + text.slice(from);
}

/**
 * The text of every `<t>` in a string item (`<si>` or `<is>`): plain, or rich text runs joined. Phonetic
 * runs (`<rPh>`, the reading of East Asian text) are not part of the value and are skipped.
 */
export function stringItemText(xml: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const t = nextElement(xml, at, "t");
    if (t === null) return decodeExcelEscapes(out);
    const phonetic = xml.lastIndexOf("<rPh", t.start);
    const phoneticEnd = phonetic < 0 ? -1 : xml.indexOf("</rPh>", phonetic);
    if (phonetic < 0 || phoneticEnd < t.start) out += decodeXmlText(t.text);
    at = t.end;
  }
}

/**
 * The next element `<name …>text</name>` (or `<name …/>`) from `from`: its start tag, text and end; null
 * when there is none. `<name` must be the whole tag name (`<t` does not match `<tableColumn`).
 */
export function nextElement(xml: string, from: number, name: string): { start: number; tag: string; text: string; end: number } | null {
  for (let at = xml.indexOf(`<${name}`, from); at >= 0; at = xml.indexOf(`<${name}`, at + 1)) {
    const next = xml[at + name.length + 1];
    if (next !== " " && next !== ">" && next !== "/" && next !== "\n" && next !== "\t" && next !== "\r") continue;
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0) return null;
    const tag = xml.slice(at, tagEnd + 1);
    if (xml[tagEnd - 1] === "/") return { start: at, tag, text: "", end: tagEnd + 1 };
    const close = xml.indexOf(`</${name}>`, tagEnd);
    if (close < 0) return null;
    return { start: at, tag, text: xml.slice(tagEnd + 1, close), end: close + name.length + 3 };
  }
  return null;
}

/** Every element `name` in `xml`, in order. */
export function elements(xml: string, name: string): { tag: string; text: string }[] {
  const found: { tag: string; text: string }[] = [];
  for (let element = nextElement(xml, 0, name); element !== null; element = nextElement(xml, element.end, name)) found.push(element);
  return found;
}
