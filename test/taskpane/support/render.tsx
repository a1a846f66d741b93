/** Renders a task-pane view inside the providers it needs (theme + texts), in a chosen language. */
import "../../support/dom";
import { render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { UiLang } from "../../../src/domain/i18n/ui";
import { TextsProvider } from "../../../src/taskpane/shell/i18n";

export function renderView(element: ReactElement, lang: UiLang = "sv"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsProvider lang={lang}>{element}</TextsProvider>
    </FluentProvider>,
  );
}
