/**
 * Compile-time proof that the real Office.js objects satisfy the subset interfaces in `api.ts`.
 * Nothing here runs; `tsc` fails if Office.js and our subset drift apart.
 */
import type { ExcelRequestContext, ExcelRun } from "./api";

export const realContextFitsSubset = (context: Excel.RequestContext): ExcelRequestContext => context;

export const realRunFitsSubset: ExcelRun = (batch) => Excel.run(batch);
