/**
 * DOM globals for React component tests, from jsdom (global-jsdom is not installed). Import this module
 * FIRST in a test file, before React or Fluent UI, because react-dom decides at import time whether a DOM
 * exists. One window is shared by all component tests; Testing Library's cleanup empties it after each.
 */
import { JSDOM, VirtualConsole } from "jsdom";

// jsdom cannot navigate; a clicked download link would print "Not implemented: navigation" on every run.
const virtualConsole = new VirtualConsole();
virtualConsole.on("jsdomError", (error) => {
  if (!/Not implemented: navigation/.test(error.message)) console.error(error);
});

const dom = new JSDOM("<!doctype html><html lang=\"sv\"><head></head><body></body></html>", {
  url: "https://localhost/",
  pretendToBeVisual: true,
  virtualConsole,
});
const { window } = dom;

// Event constructors stay Node's own: chai dispatches its plugin events on Node's EventTarget, and
// Testing Library creates events through the window of the element it fires on.
const globals: Record<string, unknown> = {
  window,
  document: window.document,
  navigator: window.navigator,
  HTMLElement: window.HTMLElement,
  HTMLInputElement: window.HTMLInputElement,
  HTMLButtonElement: window.HTMLButtonElement,
  Element: window.Element,
  Node: window.Node,
  Text: window.Text,
  DocumentFragment: window.DocumentFragment,
  MutationObserver: window.MutationObserver,
  getComputedStyle: window.getComputedStyle.bind(window),
  requestAnimationFrame: (callback: FrameRequestCallback) => setTimeout(() => callback(Date.now()), 0),
  cancelAnimationFrame: (id: number) => clearTimeout(id),
  SVGElement: window.SVGElement,
  Blob: window.Blob,
  IS_REACT_ACT_ENVIRONMENT: true,
};

for (const [name, value] of Object.entries(globals)) {
  if (name === "navigator" && "navigator" in globalThis) {
    Object.defineProperty(globalThis, "navigator", { value, configurable: true, writable: true });
    continue;
  }
  (globalThis as Record<string, unknown>)[name] = value;
}

// Every other DOM interface jsdom has and Node lacks (NodeFilter, HTMLSelectElement, KeyboardEvent, …).
for (const name of Object.getOwnPropertyNames(window)) {
  if (name in globalThis || !/^[A-Z]/.test(name)) continue;
  (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
}

// Fluent UI measures and observes elements; jsdom has neither layout nor ResizeObserver.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as Record<string, unknown>).ResizeObserver ??= NoopResizeObserver;
(window as unknown as Record<string, unknown>).ResizeObserver ??= NoopResizeObserver;
window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};

export const testWindow = window;

// Lazily loaded views can take well over Testing Library's default 1 s on a loaded 2-core machine. The
// tests wait on the condition itself; this timeout is only the safety net before a genuine failure, kept
// below mocha's (.mocharc.json) so a real miss still reports the DOM. Required here, after the globals exist,
// because react-dom (which Testing Library imports) checks for a DOM when it is first loaded.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const testingLibrary = require("@testing-library/react") as typeof import("@testing-library/react");
testingLibrary.configure({ asyncUtilTimeout: 120_000 });
