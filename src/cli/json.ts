/**
 * JSON documents a user hands the CLI (stdin, --contract, --overrides): a UTF-8 byte-order mark is
 * allowed (Windows editors write one), nesting is capped so no later step can overflow the stack, and a
 * syntax error is described in the user's language without the engine's English text.
 */

/** Far deeper than any contract or input document; deeper is refused before anything walks it. */
export const MAX_JSON_DEPTH = 64;

export type JsonProblem =
  | { readonly kind: "syntax"; readonly position: number | undefined }
  | { readonly kind: "tooDeep" };

export class JsonInputError extends Error {
  constructor(readonly problem: JsonProblem) {
    super(problem.kind);
  }

  /** What went wrong, as a short phrase in the language asked for. */
  describe(lang: "sv" | "en"): string {
    if (this.problem.kind === "tooDeep") {
      return lang === "en" ? `nested more than ${MAX_JSON_DEPTH} levels deep` : `nästlad i fler än ${MAX_JSON_DEPTH} nivåer`;
    }
    const at = this.problem.position;
    if (at === undefined) return lang === "en" ? "not valid JSON" : "inte giltig JSON";
    return lang === "en" ? `not valid JSON (near character ${at + 1})` : `inte giltig JSON (nära tecken ${at + 1})`;
  }
}

/** Nesting depth of the text's arrays and objects, counted on the characters (strings skipped). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return deepest;
}

/** Parses a user's JSON document; throws JsonInputError. */
export function parseUserJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestingDepth(body) > MAX_JSON_DEPTH) throw new JsonInputError({ kind: "tooDeep" });
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    throw new JsonInputError({ kind: "syntax", position: position === undefined ? undefined : Number(position) });
  }
}
