// Mocha's spec reporter plus the closing line CI reads: "N passed, N failed".
// Plain CommonJS because mocha loads reporters with require() before tsx is in play.
"use strict";
const Mocha = require("mocha");
const { EVENT_RUN_END, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    let pending = 0;
    runner.on(EVENT_TEST_PASS, () => passed++);
    runner.on(EVENT_TEST_FAIL, () => failed++);
    runner.on(EVENT_TEST_PENDING, () => pending++);
    runner.once(EVENT_RUN_END, () => {
      // A pending (skipped) test is a defect in this project: count it as a failure.
      if (pending > 0) {
        process.stdout.write(`${pending} pending test(s) counted as failed: skipped tests are not allowed\n`);
      }
      process.stdout.write(`${passed} passed, ${failed + pending} failed\n`);
    });
  }
}

module.exports = SummaryReporter;
