/**
 * The production build refuses to run without SYSS_PUBLIC_URL (it would ship a manifest whose SourceLocation and
 * AppDomains point at a host nobody serves), while development (`npm start`, `npm run build:dev`) and the
 * test builds, which set it, keep working. The failing case runs the real webpack CLI: it stops while
 * loading the configuration, before compiling anything, so it is quick.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, RUN_DIR, TEST_PUBLIC_URL } from "../support/build";

type WebpackConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{ name: string; plugins?: unknown[] }[]>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(REPO_ROOT, "webpack.config.js")) as WebpackConfigFactory;

function withPublicUrl<T>(value: string | undefined, run: () => Promise<T>): Promise<T> {
  const saved = process.env.SYSS_PUBLIC_URL;
  if (value === undefined) delete process.env.SYSS_PUBLIC_URL;
  else process.env.SYSS_PUBLIC_URL = value;
  return run().finally(() => {
    if (saved === undefined) delete process.env.SYSS_PUBLIC_URL;
    else process.env.SYSS_PUBLIC_URL = saved;
  });
}

describe("SYSS_PUBLIC_URL and the production build", () => {
  it("`npm run build` without SYSS_PUBLIC_URL fails with one clear line and writes nothing", function () {
    const outputDir = path.join(RUN_DIR, "syss-no-public-url");
    const env: NodeJS.ProcessEnv = { ...process.env, SYSS_OUTPUT_DIR: outputDir };
    delete env.SYSS_PUBLIC_URL;
    const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: REPO_ROOT,
      env,
      encoding: "utf8",
    });
    expect(result.status).to.not.equal(0);
    expect(result.stderr).to.match(/\[syss\] SYSS_PUBLIC_URL is not set\. A production build needs the https address/);
    expect(result.stderr, "no stack trace").to.not.match(/^\s+at /m);
    expect(existsSync(outputDir)).to.equal(false);
  });

  it("an empty SYSS_PUBLIC_URL counts as unset", function () {
    const result = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: REPO_ROOT,
      env: { ...process.env, SYSS_PUBLIC_URL: "", SYSS_OUTPUT_DIR: path.join(RUN_DIR, "syss-no-public-url") },
      encoding: "utf8",
    });
    expect(result.status).to.not.equal(0);
    expect(result.stderr).to.include("SYSS_PUBLIC_URL is not set");
  });

  it("development (`npm start`, `npm run build:dev`, the preview) needs no SYSS_PUBLIC_URL", async () => {
    const configs = await withPublicUrl(undefined, () => webpackConfig({}, { mode: "development" }));
    expect(configs.map((config) => config.name)).to.deep.equal(["web", "cli"]);
  });

  it("a production build with SYSS_PUBLIC_URL set (as the test builds do) is configured", async () => {
    const configs = await withPublicUrl(TEST_PUBLIC_URL, () => webpackConfig({}, { mode: "production" }));
    expect(configs.map((config) => config.name)).to.deep.equal(["web", "cli"]);
  });
});

describe("the minifier of a production build", () => {
  type Optimization = { minimize?: boolean; minimizer?: unknown[] };
  async function optimizations(minifier: string | undefined): Promise<Optimization[]> {
    const saved = process.env.SYSS_MINIFIER;
    if (minifier === undefined) delete process.env.SYSS_MINIFIER;
    else process.env.SYSS_MINIFIER = minifier;
    try {
      const configs = await withPublicUrl(TEST_PUBLIC_URL, () => webpackConfig({}, { mode: "production" }));
      return configs.map((config) => (config as { optimization?: Optimization }).optimization ?? {});
    } finally {
      if (saved === undefined) delete process.env.SYSS_MINIFIER;
      else process.env.SYSS_MINIFIER = saved;
    }
  }

  it("`npm run build` minifies with webpack's default (terser), the smallest first load", async () => {
    for (const optimization of await optimizations(undefined)) {
      expect(optimization.minimize).to.equal(true);
      expect(optimization.minimizer, "webpack's default minimizer").to.equal(undefined);
    }
  });

  it("SYSS_MINIFIER=esbuild (the test builds) swaps in esbuild for both bundles", async () => {
    for (const optimization of await optimizations("esbuild")) {
      expect(optimization.minimize).to.equal(true);
      expect(optimization.minimizer).to.have.length(1);
    }
  });
});
