/**
 * The "limit loop" beside the engine in the benchmark: the model's arithmetic for the benchmark workload,
 * hand-written in one function over inputs already typed into plain arrays and the 2025 parameters held in
 * local constants. No parsing, no validation, no defaults beyond the workload's, no objects: how fast this
 * machine can do the sums at all, so the bench shows the engine's headroom. Its six totals are checked
 * against the engine's in the bench (the largest difference is printed).
 */
import { defaultParameters } from "../../src/domain/model";

/** The workload's canonical inputs as columns of numbers (forms, subsidies as codes; booleans as 0/1). */
export interface TypedWorkload {
  readonly count: number;
  readonly form: Int8Array; // 0 anställning, 1 lärling, 2 praktik
  readonly subsidy: Int8Array; // 0 ingen, 1 nystartsjobb, 2 introduktionsjobb, 3 lönebidrag
  readonly months: Float64Array;
  readonly scope: Float64Array;
  readonly salary: Float64Array;
  readonly age: Float64Array;
  readonly unemployedMonths: Float64Array;
  readonly newArrival: Uint8Array;
  readonly aKassa: Uint8Array;
  readonly housingBenefit: Uint8Array;
  readonly supervisorSalary: Float64Array;
  readonly supervisionShare: Float64Array;
  readonly internValue: Float64Array;
}

const FORM_CODES: Readonly<Record<string, number>> = { anställning: 0, lärlingsanställning: 1, praktik: 2 };
const SUBSIDY_CODES: Readonly<Record<string, number>> = { ingen: 0, nystartsjobb: 1, introduktionsjobb: 2, lönebidrag: 3 };

export function typedWorkload(inputs: readonly Record<string, unknown>[]): TypedWorkload {
  const count = inputs.length;
  const typed = {
    count,
    form: new Int8Array(count), subsidy: new Int8Array(count), months: new Float64Array(count), scope: new Float64Array(count),
    salary: new Float64Array(count), age: new Float64Array(count), unemployedMonths: new Float64Array(count),
    newArrival: new Uint8Array(count), aKassa: new Uint8Array(count), housingBenefit: new Uint8Array(count),
    supervisorSalary: new Float64Array(count), supervisionShare: new Float64Array(count), internValue: new Float64Array(count),
  };
  inputs.forEach((input, index) => {
    typed.form[index] = FORM_CODES[String(input.form)] ?? 0;
    typed.subsidy[index] = SUBSIDY_CODES[String(input.subsidy)] ?? 0;
    typed.months[index] = Number(input.months);
    typed.scope[index] = Number(input.scope);
    typed.salary[index] = Number(input.salary);
    typed.age[index] = Number(input.age);
    typed.unemployedMonths[index] = Number(input.unemployedMonths);
    typed.newArrival[index] = input.newArrival === true ? 1 : 0;
    typed.aKassa[index] = input.aKassa === true ? 1 : 0;
    typed.housingBenefit[index] = input.housingBenefit === true ? 1 : 0;
    typed.supervisorSalary[index] = Number(input.supervisorSalary);
    typed.supervisionShare[index] = Number(input.supervisionShare);
    typed.internValue[index] = Number(input.internValue);
  });
  return typed;
}

/** The six totals of row `i` (2025 parameters; organisation kommun, 1 position, no one-off costs) into `out`. */
export function makeLimitLoop(): (w: TypedWorkload, i: number, out: Float64Array) => void {
  const P = defaultParameters(2025);
  const pbb = P.pbb, mun = P["tax.municipal"], reg = P["tax.regional"], st = P["tax.state"], stTh = P["tax.stateThreshold"];
  const feeStd = P["fee.standard"], feeOld = P["fee.older"], feeOldAge = P["fee.olderAge"];
  const gdBase = P["gd.base"] * pbb, gdMax = P["gd.max"] * pbb, gdMin = P["gd.min"] * pbb, gdL1 = P["gd.limit1"] * pbb, gdL3 = P["gd.limit3"] * pbb;
  const gdT1 = gdL1 + 1e-6, gdT2 = P["gd.limit2"] * pbb + 1e-6, gdT3 = gdL3 + 1e-6, gdT4 = P["gd.limit4"] * pbb + 1e-6, rise = P["gd.rise"], fall = P["gd.fall"];
  const jL1 = P["jsa.limit1"] * pbb, jA = P["jsa.bandA"] * pbb, jR1 = P["jsa.rate1"], jB2 = P["jsa.base2"] * pbb, jR2 = P["jsa.rate2"], jMax = P["jsa.max"] * pbb;
  const jT1 = jL1 + 1e-6, jTA = jA + 1e-6, jTB = P["jsa.bandB"] * pbb + 1e-6, localRate = mun + reg;
  const days = P["benefit.daysPerMonth"], etab = P["benefit.etablering.daily"] * days, akBasic = P["benefit.akassa.basicDaily"] * days;
  const akRep = P["benefit.akassa.replacement"], akCeil = P["benefit.akassa.ceiling"], akt = P["benefit.aktivitetsstod.daily"] * days, utv = P["benefit.utveckling.daily"] * days;
  const norm = P["fs.norm"], housingCost = P["fs.housingCost"], bb = P["bb.monthly"], bbTh = P["bb.threshold"], bbTaper = P["bb.taper"], ind = P["indirectTax.rate"];
  const cap = P["subsidy.wageCap"], lbCap = P["subsidy.lb.cap"], intro = P["subsidy.intro.rate"], introMax = P["subsidy.intro.maxMonths"];
  const nsjMaxYoung = P["subsidy.nsj.maxMonthsYoung"], nsjMax = P["subsidy.nsj.maxMonths"];
  const nsjBase = P["subsidy.nsj.base"], nsjLong = P["subsidy.nsj.long"], nsjVeryLong = P["subsidy.nsj.veryLong"], nsjNew = P["subsidy.nsj.newArrival"];

  return (w, i, out) => {
    const isJob = w.form[i] !== 2, scope = w.scope[i]!, salary = w.salary[i]!, age = w.age[i]!, m = w.months[i]!;
    const newArrival = w.newArrival[i] === 1;
    let B = 0, taxable = false;
    if (newArrival) B = etab;
    else if (w.aKassa[i] === 1) { B = Math.max(akBasic, akRep * Math.min(salary, akCeil)); taxable = true; }
    else if (age < 25) B = utv;
    else { B = akt; taxable = true; }
    let tax0 = 0, mun0 = 0, reg0 = 0, st0 = 0, jsa0 = 0, fs0 = 0, d0 = 0, tax1 = 0, mun1 = 0, reg1 = 0, st1 = 0, jsa1 = 0, fs1 = 0, d1 = 0;
    const housing0 = w.housingBenefit[i] === 1 ? bb : 0;
    const work1 = isJob ? salary : 0, B1 = isJob ? B * (1 - scope) : B, tb1 = taxable ? B1 : 0;
    const housing1 = housing0 > 0 ? Math.max(0, housing0 - (bbTaper * Math.max(0, 12 * (work1 + tb1) - bbTh)) / 12) : 0;
    for (let s = 0; s < 2; s++) {
      const work = s === 0 ? 0 : work1, ben = s === 0 ? B : B1, tb = s === 0 ? (taxable ? B : 0) : tb1, hb = s === 0 ? housing0 : housing1;
      const ffi = 12 * (work + tb);
      let ga = 0;
      if (ffi > 0) {
        const a = ffi <= gdT1 ? gdBase : ffi <= gdT2 ? gdBase + rise * (ffi - gdL1) : ffi <= gdT3 ? gdMax : ffi <= gdT4 ? gdMax - fall * (ffi - gdL3) : gdMin;
        ga = Math.min(Math.ceil(a / 100 - 1e-9) * 100, ffi);
      }
      const ti = Math.max(0, ffi - ga), mt = mun * ti, rt = reg * ti, stx = st * Math.max(0, ti - stTh);
      const ai = Math.floor((12 * work) / 100 + 1e-9) * 100;
      let credit = 0;
      if (ai > 0) {
        const base = ai <= jT1 ? ai : ai <= jTA ? jL1 + jR1 * (ai - jL1) : ai <= jTB ? jB2 + jR2 * (ai - jA) : jMax;
        credit = Math.min(Math.max(0, base - ga) * localRate, mt + rt);
      }
      const tax = (mt + rt + stx - credit) / 12, net = work + ben - tax + hb, fs = Math.max(0, norm + housingCost - net);
      if (s === 0) { tax0 = tax; mun0 = mt / 12; reg0 = rt / 12; st0 = stx / 12; jsa0 = credit / 12; fs0 = fs; d0 = net + fs; }
      else { tax1 = tax; mun1 = mt / 12; reg1 = rt / 12; st1 = stx / 12; jsa1 = credit / 12; fs1 = fs; d1 = net + fs; }
    }
    const fees = isJob && salary > 0 ? (age >= feeOldAge ? feeOld : feeStd) * salary : 0;
    const wage = isJob ? salary + fees : 0;
    let sub = 0;
    const kind = isJob ? w.subsidy[i] : 0;
    if (kind !== 0) {
      const cw = Math.min(salary, (kind === 3 ? lbCap : cap) * scope);
      const cwFee = cw > 0 ? (age >= feeOldAge ? feeOld : feeStd) * cw : 0;
      if (kind === 1) {
        const um = w.unemployedMonths[i]!;
        const k = newArrival ? nsjNew : um >= 36 ? nsjVeryLong : um >= 24 ? nsjLong : nsjBase;
        sub = (cwFee + (k - 1) * feeStd * cw) * Math.min(m, age < 25 ? nsjMaxYoung : nsjMax);
      } else if (kind === 2) sub = intro * (cw + cwFee) * Math.min(m, introMax);
      else sub = 0.5 * (cw + cwFee) * m;
    }
    const dD = d1 - d0, indirect = ind * m * dD, dFs = fs1 - fs0, dB = B1 - B, dHb = housing1 - housing0;
    const production = isJob ? (w.form[i] === 1 ? 0.5 : 0.8) * wage : w.internValue[i]! * scope;
    const supervision = w.supervisorSalary[i]! * w.supervisionShare[i]! * (1 + feeStd);
    out[0] = m * work1 + m * dB + m * dFs + m * dHb - m * (tax1 - tax0) - indirect;
    out[1] = m * (mun1 - mun0) - m * dFs;
    out[2] = m * (reg1 - reg0);
    out[3] = m * fees + m * (st1 - st0) - m * (jsa1 - jsa0) - m * dB - m * dHb - sub + indirect;
    out[4] = m * production - m * wage - m * supervision + sub;
    out[5] = out[0] + out[1] + out[2] + out[3] + out[4];
  };
}
