/** Fluent's dark web theme, in a chunk of its own (shell/theme.ts loads it only when Office is dark). */
export { webDarkTheme } from "@fluentui/react-components";
