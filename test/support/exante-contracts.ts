/** Contracts the clause tests (domain and CLI) share. */

export const COMPLETE_CONTRACT = {
  name: "Städtjänster 2026", contractId: "KS 2025/117", procurer: "Exempelby kommun", organisationType: "kommun",
  supplier: "Rent & Fint AB", supplierOrgNumber: "556677-8899", start: "2026-01-01", end: "2028-12-31",
  requirementType: "anställning", commitmentMonths: 36, startDeadlineMonths: 6, approvedShare: 0.75, reportingInterval: "kvartal",
  matchingOrganisation: "Arbetsmarknadsenheten", procurementCost: 40_000, bonusPerPlace: 15_000, maxBonusPlaces: 3,
  penaltyPerMissingMonth: 25_000, penaltyPerMissingReport: 5_000, parameterYear: 2026,
  targetGroups: [{ name: "Unga 18–24 år" }, { name: "Nyanlända" }, { name: "Långtidsarbetslösa" }],
};

/** What a buyer has before the details are settled: no parties, dates, N, sanctions or groups. */
export const INCOMPLETE_CONTRACT = { requirementType: "valfri", reportingInterval: "halvår", bonusPerPlace: 10_000 };
