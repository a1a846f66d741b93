/**
 * The SYSS template marker (custom document property, or the defined name older versions wrote): queued with
 * whatever else a round trip loads, so asking "is this a follow-up workbook?" costs no round trip of its own.
 */
import { MARKER_NAME } from "../../domain/followup/templateVersion";
import type { ExcelRequestContext } from "../host/api";

/** Queues the marker's loads; the function it returns reads the version after the caller's sync (null: no marker). */
export function queueTemplateMarker(context: ExcelRequestContext): () => string | null {
  const property = context.workbook.properties.custom.getItemOrNullObject(MARKER_NAME).load("value");
  const name = context.workbook.names.getItemOrNullObject(MARKER_NAME).load("formula");
  return () => {
    if (!property.isNullObject) return String(property.value);
    if (name.isNullObject) return null;
    return /^="(.*)"$/.exec(name.formula)?.[1] ?? null;
  };
}
