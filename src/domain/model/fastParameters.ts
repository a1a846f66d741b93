/**
 * A parameter set as a plain class instance with one field per parameter, for the totals-only engine
 * (totals.ts). A ParameterValues record has ~55 dotted string keys and is built key by key, which V8 keeps
 * as a dictionary: every `P["tax.municipal"]` is a hash lookup. Here each value is an in-object field with
 * a fixed layout, and the band limits the tax rules compare against (factor × prisbasbelopp) are
 * multiplied once per set instead of once per evaluation; the products are the same floating-point
 * values the full engine forms, so both paths give the same numbers.
 *
 * Built once per parameter set (a WeakMap remembers it), i.e. once per year, or once per year and
 * override table.
 */
import type { ParameterValues } from "./parameters";

/** Tolerance for band limits computed as pbb × factor (the same as tax.ts). */
const LIMIT_EPSILON = 1e-6;

export class FastParameters {
  readonly pbb: number;
  readonly taxMunicipal: number;
  readonly taxRegional: number;
  /** taxMunicipal + taxRegional, the jobbskatteavdrag's rate. */
  readonly localTaxRate: number;
  readonly taxState: number;
  readonly taxStateThreshold: number;

  readonly feeStandard: number;
  readonly feeOlder: number;
  readonly feeOlderAge: number;
  /** True when the set has all four youth-fee parameters (2026). */
  readonly hasYouthFee: boolean;
  readonly feeYouth: number;
  readonly feeYouthMinAge: number;
  readonly feeYouthMaxAge: number;
  readonly feeYouthCap: number;

  readonly wageCap: number;
  readonly nsjBase: number;
  readonly nsjLong: number;
  readonly nsjVeryLong: number;
  readonly nsjNewArrival: number;
  readonly nsjMaxMonthsYoung: number;
  readonly nsjMaxMonths: number;
  readonly introRate: number;
  readonly introMaxMonths: number;
  readonly lbCap: number;

  /** Grundavdrag: levels and band limits in kr (factor × pbb), limits with LIMIT_EPSILON added. */
  readonly gdBaseAmount: number;
  readonly gdMaxAmount: number;
  readonly gdMinAmount: number;
  readonly gdLimit1Amount: number;
  readonly gdLimit3Amount: number;
  readonly gdLimit1Test: number;
  readonly gdLimit2Test: number;
  readonly gdLimit3Test: number;
  readonly gdLimit4Test: number;
  readonly gdRise: number;
  readonly gdFall: number;

  /** Jobbskatteavdrag bands in kr, limits with LIMIT_EPSILON added for the band tests. */
  readonly jsaLimit1Amount: number;
  readonly jsaLimit1Test: number;
  readonly jsaBandAAmount: number;
  readonly jsaBandATest: number;
  readonly jsaBandBTest: number;
  readonly jsaRate1: number;
  readonly jsaBase2Amount: number;
  readonly jsaRate2: number;
  readonly jsaMaxAmount: number;
  /** True when the set has the 2019 phase-out. */
  readonly hasPhaseOut: boolean;
  readonly jsaPhaseOutStartAmount: number;
  readonly jsaPhaseOutRate: number;

  /** Full-time monthly benefits: etableringsersättning, a-kassa floor, aktivitetsstöd, utvecklingsersättning. */
  readonly etableringMonthly: number;
  readonly akassaBasicMonthly: number;
  readonly akassaReplacement: number;
  readonly akassaCeiling: number;
  readonly aktivitetsstodMonthly: number;
  readonly utvecklingMonthly: number;

  readonly fsNorm: number;
  readonly fsHousingCost: number;
  readonly bbMonthly: number;
  readonly bbThreshold: number;
  readonly bbTaper: number;
  readonly indirectTaxRate: number;

  constructor(P: ParameterValues) {
    const pbb = P.pbb;
    this.pbb = pbb;
    this.taxMunicipal = P["tax.municipal"];
    this.taxRegional = P["tax.regional"];
    this.localTaxRate = P["tax.municipal"] + P["tax.regional"];
    this.taxState = P["tax.state"];
    this.taxStateThreshold = P["tax.stateThreshold"];

    this.feeStandard = P["fee.standard"];
    this.feeOlder = P["fee.older"];
    this.feeOlderAge = P["fee.olderAge"];
    const { "fee.youth": youth, "fee.youthMinAge": youthMin, "fee.youthMaxAge": youthMax, "fee.youthCap": youthCap } = P;
    this.hasYouthFee = youth !== undefined && youthMin !== undefined && youthMax !== undefined && youthCap !== undefined;
    this.feeYouth = youth ?? 0;
    this.feeYouthMinAge = youthMin ?? 0;
    this.feeYouthMaxAge = youthMax ?? 0;
    this.feeYouthCap = youthCap ?? 0;

    this.wageCap = P["subsidy.wageCap"];
    this.nsjBase = P["subsidy.nsj.base"];
    this.nsjLong = P["subsidy.nsj.long"];
    this.nsjVeryLong = P["subsidy.nsj.veryLong"];
    this.nsjNewArrival = P["subsidy.nsj.newArrival"];
    this.nsjMaxMonthsYoung = P["subsidy.nsj.maxMonthsYoung"];
    this.nsjMaxMonths = P["subsidy.nsj.maxMonths"];
    this.introRate = P["subsidy.intro.rate"];
    this.introMaxMonths = P["subsidy.intro.maxMonths"];
    this.lbCap = P["subsidy.lb.cap"];

    this.gdBaseAmount = P["gd.base"] * pbb;
    this.gdMaxAmount = P["gd.max"] * pbb;
    this.gdMinAmount = P["gd.min"] * pbb;
    this.gdLimit1Amount = P["gd.limit1"] * pbb;
    this.gdLimit3Amount = P["gd.limit3"] * pbb;
    this.gdLimit1Test = P["gd.limit1"] * pbb + LIMIT_EPSILON;
    this.gdLimit2Test = P["gd.limit2"] * pbb + LIMIT_EPSILON;
    this.gdLimit3Test = P["gd.limit3"] * pbb + LIMIT_EPSILON;
    this.gdLimit4Test = P["gd.limit4"] * pbb + LIMIT_EPSILON;
    this.gdRise = P["gd.rise"];
    this.gdFall = P["gd.fall"];

    this.jsaLimit1Amount = P["jsa.limit1"] * pbb;
    this.jsaLimit1Test = P["jsa.limit1"] * pbb + LIMIT_EPSILON;
    this.jsaBandAAmount = P["jsa.bandA"] * pbb;
    this.jsaBandATest = P["jsa.bandA"] * pbb + LIMIT_EPSILON;
    this.jsaBandBTest = P["jsa.bandB"] * pbb + LIMIT_EPSILON;
    this.jsaRate1 = P["jsa.rate1"];
    this.jsaBase2Amount = P["jsa.base2"] * pbb;
    this.jsaRate2 = P["jsa.rate2"];
    this.jsaMaxAmount = P["jsa.max"] * pbb;
    const phaseOutStart = P["jsa.phaseOutStart"];
    const phaseOutRate = P["jsa.phaseOutRate"];
    this.hasPhaseOut = phaseOutStart !== undefined && phaseOutRate !== undefined;
    this.jsaPhaseOutStartAmount = phaseOutStart === undefined ? 0 : phaseOutStart * pbb;
    this.jsaPhaseOutRate = phaseOutRate ?? 0;

    const days = P["benefit.daysPerMonth"];
    this.etableringMonthly = P["benefit.etablering.daily"] * days;
    this.akassaBasicMonthly = P["benefit.akassa.basicDaily"] * days;
    this.akassaReplacement = P["benefit.akassa.replacement"];
    this.akassaCeiling = P["benefit.akassa.ceiling"];
    this.aktivitetsstodMonthly = P["benefit.aktivitetsstod.daily"] * days;
    this.utvecklingMonthly = P["benefit.utveckling.daily"] * days;

    this.fsNorm = P["fs.norm"];
    this.fsHousingCost = P["fs.housingCost"];
    this.bbMonthly = P["bb.monthly"];
    this.bbThreshold = P["bb.threshold"];
    this.bbTaper = P["bb.taper"];
    this.indirectTaxRate = P["indirectTax.rate"];
  }
}

const BUILT = new WeakMap<ParameterValues, FastParameters>();

/** The fast form of a parameter set, built on first use and then shared (sets are frozen). */
export function fastParameters(P: ParameterValues): FastParameters {
  let fast = BUILT.get(P);
  if (fast === undefined) {
    fast = new FastParameters(P);
    BUILT.set(P, fast);
  }
  return fast;
}
