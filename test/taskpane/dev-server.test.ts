/**
 * Issue 14 (7): `npm start` prints the address only when the first build is ready, and stopping it stops the
 * server: a stop signal exits even when closing hangs, and the server exits when its parent (npm) is gone.
 * The helpers of dev-server.cjs run here in real child processes; conditions are waited on, never times.
 */
import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readyBanner } = require("../../dev-server.cjs") as {
  readyBanner(lines: string[], log: (text: string) => void): { listening(): void; compiled(stats: { hasErrors(): boolean }): void };
};

const HELPERS = JSON.stringify(join(__dirname, "../../dev-server.cjs"));
const ok = { hasErrors: () => false };
const failed = { hasErrors: () => true };

/** Running: it exists and, where /proc tells, is no zombie (an orphan's exit waits for init to reap it). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync(`/proc/${pid}/stat`)) return true;
  const state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
  return state !== "Z";
}

/** Waits for the condition; gives up when the test has timed out, so a failure never keeps mocha running. */
async function until(condition: () => boolean, test: Mocha.Context): Promise<void> {
  const started = Date.now();
  while (!condition() && Date.now() - started < (test.timeout() || 30_000)) await new Promise((resolve) => setTimeout(resolve, 50));
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));
}

describe("npm start (dev-server.cjs)", function () {

  it("prints the address only after the server listens and the first build succeeded", () => {
    const printed: string[] = [];
    const banner = readyBanner(["https://localhost:3000/"], (text) => printed.push(text));
    banner.listening();
    expect(printed).to.deep.equal([]);
    banner.compiled(failed);
    expect(printed.join("\n")).to.not.contain("https://localhost:3000/");
    banner.compiled(ok);
    banner.compiled(ok);
    expect(printed.filter((text) => text.includes("https://localhost:3000/"))).to.have.length(1);

    const other: string[] = [];
    const early = readyBanner(["https://localhost:3000/"], (text) => other.push(text));
    early.compiled(ok);
    expect(other).to.deep.equal([]);
    early.listening();
    expect(other).to.deep.equal(["https://localhost:3000/"]);
  });

  it("exits on SIGTERM and on Ctrl+C even when closing the server hangs", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const child = spawn(process.execPath, [
        "-e",
        `require(${HELPERS}).stopOnSignals(() => new Promise(() => {}), { graceMs: 200 }); setInterval(() => {}, 1000); console.log("ready");`,
      ]);
      await new Promise((resolve) => child.stdout.once("data", resolve));
      child.kill(signal);
      expect(await exited(child), signal).to.equal(0);
    }
  });

  it("exits when its parent is gone instead of serving on", async function () {
    // The parent starts the "server" and, once it runs, reports its pid; then the parent is killed outright
    // (no signal to forward), as when the terminal running npm start is closed.
    const parent = spawn(process.execPath, [
      "-e",
      `const c = require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(
        `require(${HELPERS}).exitWithParent({ intervalMs: 50 }); setInterval(() => {}, 1000); console.log("ready");`,
      )}], { stdio: ["ignore", "pipe", "ignore"] }); c.stdout.once("data", () => console.log(c.pid)); setInterval(() => {}, 1000);`,
    ]);
    const pid = Number(await new Promise<string>((resolve) => parent.stdout.once("data", (data: Buffer) => resolve(data.toString()))));
    expect(alive(pid)).to.equal(true);
    parent.kill("SIGKILL");
    await until(() => !alive(pid), this);
    if (alive(pid)) process.kill(pid, "SIGKILL");
    expect(alive(pid), "the orphaned server").to.equal(false);
  });
});
