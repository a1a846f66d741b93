/**
 * Task-pane entry: waits for Office, then renders the app. The views arrive with the task-pane issue;
 * until then this shows the add-in's name and version so the wiring can be checked end to end.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";
import { ADDIN_VERSION } from "../domain/version";

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title3 as="h1">SYSS – Sysselsättningskrav</Title3>
        <Body1 as="p">Version {ADDIN_VERSION}</Body1>
      </main>
    </FluentProvider>
  );
}

function render() {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(render);
} else {
  render();
}
