/** Renders a task-pane view inside the providers it needs (theme + texts), in a chosen language. */
import "../../support/dom";
import { render, type RenderResult } from "@testing-library/react";
import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme, type GriffelRenderer } from "@fluentui/react-components";
import type { ReactElement, ReactNode } from "react";
import type { UiLang } from "../../../src/domain/i18n/ui";
import { TextsProvider } from "../../../src/taskpane/shell/i18n";

/**
 * Fluent's style engine (Griffel) inserts each CSS rule once per renderer and never removes it, and jsdom's
 * getComputedStyle tests an element against every rule in the document; Testing Library's role queries call
 * it for each element and its ancestors. With one renderer for a whole test worker the document collected
 * ~1 000 rules and every getComputedStyle was ~17 times slower than in a fresh document (measured: 200 calls
 * 3.5 s against 0.2 s), which made the component suites the slowest part of `npm test`.
 * So a render into an empty document (the previous test cleaned up) starts a new renderer and drops the old
 * one's style elements: each test sees exactly the rules of what it renders, as a freshly opened pane does.
 */
let renderer: GriffelRenderer | undefined;
function stylesRenderer(): GriffelRenderer {
  if (renderer === undefined || document.body.childElementCount === 0) {
    document.head.querySelectorAll("style[data-make-styles-bucket]").forEach((element) => element.remove());
    renderer = createDOMRenderer(document);
  }
  return renderer;
}

/** Testing Library's render with a style renderer of this test's own (see stylesRenderer). */
export function renderInPane(element: ReactElement): RenderResult {
  const styles = stylesRenderer();
  // As a wrapper, so a rerender keeps it.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <RendererProvider renderer={styles} targetDocument={document}>
      {children}
    </RendererProvider>
  );
  return render(element, { wrapper });
}

export function renderView(element: ReactElement, lang: UiLang = "sv"): RenderResult {
  return renderInPane(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider lang={lang}>{element}</TextsProvider>
    </FluentProvider>,
  );
}
