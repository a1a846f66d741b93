/** The contract the service tests over the Excel fake create their workbook from. */
import { parseContract } from "../../../src/domain/followup/contract";

export const CLEANING_CONTRACT = parseContract({
  name: "Lokalvård 2026",
  contractId: "UH-2026-17",
  supplier: "Städ AB",
  supplierOrgNumber: "556036-0793",
  start: "2026-01-01",
  end: "2027-12-31",
  commitmentMonths: 24,
});
