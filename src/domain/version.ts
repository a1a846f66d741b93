/**
 * The add-in version, injected by webpack's DefinePlugin from package.json at build time.
 * Tests run the sources directly (tsx), where the fallback reads the same number.
 */
declare const __SYSS_VERSION__: string | undefined;

export const ADDIN_VERSION: string = typeof __SYSS_VERSION__ === "string" ? __SYSS_VERSION__ : "0.1.0";
