/* eslint-env node */
/**
 * Two builds:
 *  - web:  the task pane and the custom functions, which share one runtime (taskpane.html loads both
 *          bundles), plus functions.json generated from the JSDoc in src/functions/functions.ts, the
 *          manifest and the icons;
 *  - node: the `syss` command line (dist/cli/syss.js).
 *
 * Production builds replace the development prefix https://localhost:3000/ in the manifest with
 * SYSS_PUBLIC_URL, so a production dist/ contains no localhost.
 */
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const { version } = require("./package.json");
const { readyBanner, stopOnSignals, exitWithParent } = require("./dev-server.cjs");

const DEV_URL = "https://localhost:3000/";

/**
 * functions.en-US.json: the generated (Swedish) functions.json with the English help texts of
 * src/functions/metadata.en-US.json; ids and names unchanged. The manifest's Override Locale="en-US" of
 * Functions.Metadata.Url selects it. A function or parameter without an English text fails the build.
 */
class EnglishFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EnglishFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EnglishFunctionsMetadataPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset("functions.json");
          if (!source) return;
          const texts = JSON.parse(fs.readFileSync(path.resolve(__dirname, "src/functions/metadata.en-US.json"), "utf8"));
          const metadata = JSON.parse(source.source.source().toString());
          for (const fn of metadata.functions) {
            const english = texts[fn.id];
            if (!english) throw new Error(`metadata.en-US.json has no texts for ${fn.id}`);
            fn.description = english.description;
            for (const parameter of fn.parameters ?? []) {
              const text = english.parameters?.[parameter.name];
              if (!text) throw new Error(`metadata.en-US.json has no text for ${fn.id}(${parameter.name})`);
              parameter.description = text;
            }
          }
          compilation.emitAsset("functions.en-US.json", new webpack.sources.RawSource(JSON.stringify(metadata, null, 4)));
        },
      );
    });
  }
}
const PORT = 3000;
/** Microsoft's CDN for office.js; Office requires the add-in to load office.js from there, and office.js loads its host-specific parts from the same folder. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * Content-Security-Policy of taskpane.html (a <meta http-equiv>, because the add-in is served as static files
 * from any host). Scripts only from the add-in's own origin and Microsoft's office.js CDN; nothing else
 * remote: no fetch/XHR/WebSocket, frame, font or image from elsewhere.
 *
 * style-src needs 'unsafe-inline': Fluent UI v9 styles with Griffel, which inserts <style> elements into
 * <head> at run time, and its positioning (Popover, Tooltip, Menu) writes style attributes. A nonce would need
 * a server that rewrites every response; the add-in is static files. Inline *scripts* stay forbidden.
 *
 * Development only (`npm start`): webpack's eval source maps need 'unsafe-eval' and its live reload a
 * WebSocket back to the dev server.
 */
function contentSecurityPolicy(dev) {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ` wss://localhost:${PORT}` : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
  return directives.join("; ");
}
/** Where builds go: dist/, unless SYSS_OUTPUT_DIR says otherwise (the tests build apart, so a running `npm start` and `npm test` never overwrite each other). */
const OUTPUT_DIR = path.resolve(__dirname, process.env.SYSS_OUTPUT_DIR || "dist");

/**
 * Where the add-in is deployed. A production build without SYSS_PUBLIC_URL fails: it would otherwise ship a
 * manifest whose SourceLocation and AppDomains point at a host nobody serves.
 */
function publicUrl(dev) {
  if (dev) return DEV_URL;
  const url = process.env.SYSS_PUBLIC_URL;
  if (!url) {
    throw new Error(
      "SYSS_PUBLIC_URL is not set. A production build needs the https address the add-in is served from, " +
        "e.g. SYSS_PUBLIC_URL=https://addin.example.se/syss/ npm run build (for local work use npm start or npm run build:dev).",
    );
  }
  if (!/^https:\/\/[^/]+\/(.+\/)?$/.test(url)) {
    throw new Error(`SYSS_PUBLIC_URL must be an https URL ending in '/', got '${url}'`);
  }
  if (url.includes("localhost")) throw new Error("SYSS_PUBLIC_URL must not point at localhost in a production build");
  return url;
}

/** Uses the Office dev certificate when office-addin-dev-certs is installed (machines with Excel), else a self-signed one. */
async function httpsServerOptions() {
  try {
    // Not a dependency on purpose (it does not install on a bare Linux machine): `npx office-addin-dev-certs install` first.
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch {
    console.log(
      "\n[syss] office-addin-dev-certs not found: serving with a self-signed certificate.\n" +
        "       For sideloading into Excel run once: npx office-addin-dev-certs install\n" +
        "       (or open https://localhost:3000/ in your browser and accept the certificate).\n",
    );
    return undefined; // webpack-dev-server generates a self-signed certificate
  }
}

/**
 * Production builds minify with terser (webpack's default: the smallest first load). SYSS_MINIFIER=esbuild
 * minifies with esbuild instead – about 7 % larger gzipped, in a second instead of half a minute – for the
 * test suite's throwaway builds (test/support/build.ts), which would otherwise spend a quarter of `npm test`
 * in terser.
 */
function minimization(dev) {
  if (dev || process.env.SYSS_MINIFIER !== "esbuild") return { minimize: !dev };
  return {
    minimize: true,
    minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify, minimizerOptions: { legalComments: "inline" } })],
  };
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } } },
};

/**
 * Preview without Excel: the task pane beside the in-memory Excel fake (preview.html), and the same fake as
 * an office.js stand-in (office-fake.js) that browser tests serve in place of Microsoft's CDN copy. Built for
 * `npm start` and for the tests (SYSS_PREVIEW=1); a production build for deployment leaves the fake out.
 */
function previewParts(withPreview) {
  if (!withPreview) return { entry: {}, pages: [] };
  return {
    entry: { preview: "./src/taskpane/preview/preview.tsx", "office-fake": "./src/taskpane/preview/officeStub.ts" },
    // No functions.js here: CustomFunctions exists only inside Excel.
    pages: [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/taskpane/preview/preview.html", chunks: ["preview"], scriptLoading: "defer" })],
  };
}

function webConfig(dev) {
  const url = publicUrl(dev);
  const preview = previewParts(dev || process.env.SYSS_PREVIEW === "1");
  return {
    name: "web",
    target: "web",
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      ...preview.entry,
    },
    output: { path: OUTPUT_DIR, filename: "[name].js", clean: { keep: /^cli\// } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    optimization: minimization(dev),
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __SYSS_VERSION__: JSON.stringify(version) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new EnglishFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        scriptLoading: "defer",
        // Written by the template as the first element of <head>, so it covers office.js too.
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy(dev) },
      }),
      ...preview.pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().replaceAll(DEV_URL, url).replaceAll(DEV_URL.slice(0, -1), url.slice(0, -1)),
          },
        ],
      }),
    ],
  };
}

function cliConfig(dev) {
  return {
    name: "cli",
    target: "node20",
    devtool: false,
    entry: { syss: "./src/cli/syss.ts" },
    output: { path: path.join(OUTPUT_DIR, "cli"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule] },
    // npm packages stay in node_modules (installed with the add-in's dependencies).
    externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request) ? callback(null, `commonjs ${request}`) : callback())],
    optimization: minimization(dev),
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __SYSS_VERSION__: JSON.stringify(version) }),
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      {
        apply: (compiler) =>
          compiler.hooks.afterEmit.tap("MakeCliExecutable", () => {
            const file = path.join(OUTPUT_DIR, "cli/syss.js");
            if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
          }),
      },
    ],
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  let web;
  try {
    web = webConfig(dev);
  } catch (error) {
    // A configuration mistake, not a webpack failure: one line, no stack trace.
    console.error(`\n[syss] ${error.message}\n`);
    process.exit(1);
  }
  if (env.WEBPACK_SERVE) {
    // The addresses only once the first build is served (dev-server.cjs), and `npm start` stopping stops webpack.
    const banner = readyBanner([
      "",
      "[syss] Ready: serving dist/ on https://localhost:3000/",
      "[syss] Preview without Excel: https://localhost:3000/preview.html (stop with Ctrl+C)",
      "[syss] Sideload into Excel desktop (Windows/Mac): npx office-addin-debugging start manifest.xml desktop",
      "       or Excel > Insert > Add-ins > My Add-ins > Upload My Add-in > choose manifest.xml",
      "[syss] Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins >",
      "       Upload My Add-in > choose manifest.xml (this folder), with this server running.",
      "",
    ]);
    web.plugins.push({ apply: (compiler) => compiler.hooks.done.tap("SyssReadyBanner", (stats) => banner.compiled(stats)) });
    console.log("[syss] Building … the address follows when the first build is ready (this can take a while).");
    exitWithParent();
    web.devServer = {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsServerOptions() },
      static: false,
      devMiddleware: { writeToDisk: true },
      client: { overlay: { warnings: false, errors: true } },
      // Our own handling: webpack-dev-server's waits for open browser connections to close and can linger.
      setupExitSignals: false,
      onListening: (devServer) => {
        stopOnSignals(() => devServer.stop());
        banner.listening();
      },
    };
  }
  return [web, cliConfig(dev)];
};
