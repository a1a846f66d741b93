/**
 * Compile-time proof that the real Office.js objects satisfy the subset interfaces in `host/api.ts`
 * (host/officeHost.ts proves the same for `Excel.run`). Nothing here runs; `tsc` fails if Office.js and the
 * subset drift apart.
 */
import type { ExcelRequestContext } from "./api";

export const realContextFitsSubset = (context: Excel.RequestContext): ExcelRequestContext => context;
