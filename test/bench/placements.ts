/** The placements the .xlsx benches write: `count` clean rows as `syss template --contract` takes them. */
export function benchPlacements(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    caseId: `P-${String(i + 1).padStart(6, "0")}`,
    gender: i % 2 === 0 ? "Kvinna" : "Man",
    form: "anställning",
    startDate: "2026-03-01",
    plannedEndDate: "2027-02-28",
    scope: 1,
    salary: 24_000,
  }));
}
