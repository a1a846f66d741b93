// Lint: typescript-eslint's recommended rules, the Office add-in rules (load/sync discipline) from
// eslint-plugin-office-addins, and the layering of shared/architecture.md as import restrictions.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "error",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** Imports a layer may not make (imports point down only). */
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const ui = { group: ["react", "react-dom", "react-dom/*", "@fluentui/*"], message: "UI code belongs in src/taskpane." };
const node = { group: ["node:*", "fs", "path", "child_process", "os"], message: "Node APIs belong in src/cli or src/xlsx." };
const noTest = { group: ["**/test/**"], message: "Code under src/ never imports tests or their support." };
const exceljs = { group: ["exceljs"], message: "ExcelJS belongs in src/xlsx." };

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-artifacts/**", "**/*.cjs", "webpack.config.js"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-eval": "error",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      ...restrict([
        ui,
        node,
        exceljs,
        noTest,
        { group: ["**/taskpane/**", "**/functions/**", "**/cli/**", "**/excel/**", "**/xlsx/**"], message: "The domain imports nothing above it." },
      ]),
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/xlsx/**/*.ts"],
    rules: restrict([ui, noTest, { group: ["**/taskpane/**", "**/functions/**", "**/cli/**"], message: "Adapters import only the domain." }]),
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: restrict([ui, node, exceljs, noTest, { group: ["**/taskpane/**", "**/cli/**", "**/xlsx/**"], message: "Custom functions use the domain only." }]),
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    // The task pane may use src/xlsx for the supplier-version download; Excel itself only through src/excel.
    rules: restrict([node, exceljs, noTest, { group: ["**/cli/**"], message: "The CLI is not part of the task pane." }]),
  },
  {
    // Views and the shell reach the workbook only through taskpane/services (one interface, one place to fake).
    // Exceptions by design: index.tsx, the entry point, hands Office's host to the services; the preview builds
    // the in-memory Excel (src/excel/fake) the services run on.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/services/**", "src/taskpane/preview/**", "src/taskpane/index.tsx"],
    rules: restrict([node, exceljs, noTest, { group: ["**/cli/**"], message: "The CLI is not part of the task pane." }, { group: ["**/excel/**", "!**/domain/i18n/excel"], message: "Views use taskpane/services, never src/excel." }]),
  },
  {
    files: ["src/cli/**/*.ts", "src/xlsx/**/*.ts"],
    rules: restrict([noTest]),
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-unused-expressions": "off" },
  },
);
