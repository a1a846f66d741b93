/* eslint-env node */
/**
 * `npm start` (webpack serve) behaviour that webpack-dev-server leaves to us, kept here so tests can run it
 * without a build:
 *  - readyBanner: the addresses are printed once the server listens AND the first build has finished without
 *    errors (the first build takes a while; an address printed earlier leads to a blank page);
 *  - stopOnSignals: Ctrl+C (SIGINT), SIGTERM or SIGHUP stop the server, and the process exits even when
 *    closing hangs on a browser's open connection (after graceMs);
 *  - exitWithParent: when the parent (npm) is gone, the server goes too, instead of serving on unseen.
 *    (npm forwards Ctrl+C, but a killed or closed npm leaves its child running otherwise.)
 */

/** Prints `lines` once, when both `listening()` and a `compiled(stats)` without errors have happened. */
function readyBanner(lines, log = console.log) {
  let listening = false;
  let built = false;
  let printed = false;
  let failedOnce = false;
  const maybePrint = () => {
    if (printed || !listening || !built) return;
    printed = true;
    log(lines.join("\n"));
  };
  return {
    listening() {
      listening = true;
      maybePrint();
    },
    compiled(stats) {
      if (stats.hasErrors()) {
        if (!printed && !failedOnce) log("[syss] The build has errors (see above); the address is printed once it builds.");
        failedOnce = true;
        return;
      }
      built = true;
      maybePrint();
    },
    get printed() {
      return printed;
    },
  };
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];

/** On a stop signal: `stop()` (the server's close), then exit; after graceMs exit anyway. */
function stopOnSignals(stop, { graceMs = 1500, exit = (code) => process.exit(code), on = (signal, handler) => process.once(signal, handler) } = {}) {
  let stopping = false;
  for (const signal of SIGNALS) {
    on(signal, () => {
      if (stopping) return exit(0);
      stopping = true;
      const timer = setTimeout(() => exit(0), graceMs);
      if (timer.unref) timer.unref();
      Promise.resolve()
        .then(stop)
        .then(
          () => exit(0),
          () => exit(0),
        );
    });
  }
}

/** Whether a process exists (signal 0 only checks; EPERM means it exists but is not ours). */
function processExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Exits when the parent process is gone. (Node caches process.ppid, so the parent's pid is asked directly.) */
function exitWithParent({ parentPid = process.ppid, exists = processExists, exit = (code) => process.exit(code), intervalMs = 1000 } = {}) {
  const timer = setInterval(() => {
    if (!exists(parentPid)) exit(0);
  }, intervalMs);
  if (timer.unref) timer.unref();
  return () => clearInterval(timer);
}

module.exports = { readyBanner, stopOnSignals, exitWithParent };
