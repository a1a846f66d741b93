/**
 * preview.html: the task pane beside an in-browser workbook, for machines without Excel. The workbook is
 * the in-memory Excel fake; the pane runs the SAME services and Office.js adapter (src/excel) as in Excel,
 * with the fake's `run` in place of Excel.run. The grid redraws after every batch. A toolbar switches the
 * language and adds sample placement rows (with planted mistakes for validation to find).
 */
import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { webLightTheme } from "@fluentui/react-components";
import { createExcelFake } from "../../excel/fake";
import { uiLangFor, type UiLang } from "../../domain/i18n/ui";
import { App } from "../shell/App";
import { createExcelServices } from "../services/officeServices";
import { observableRun } from "./observableRun";
import { addSampleRows, editCell } from "./previewWrites";
import { WorkbookGrid } from "./WorkbookGrid";
import { sampleRowsError } from "./previewErrors";

const fake = createExcelFake({ sheetNames: ["Blad1"] });
const observed = observableRun(fake.run);
const servicesByLang = {
  sv: createExcelServices({ run: observed.run, isSetSupported: () => true, lang: "sv" }),
  en: createExcelServices({ run: observed.run, isSetSupported: () => true, lang: "en" }),
};
// For browser tests and the curious: the fake behind the preview.
(window as unknown as Record<string, unknown>).__syss = { fake, addSampleRows: () => addSampleRows(observed.run) };

function Preview({ initialLang }: { initialLang: UiLang }) {
  const [lang, setLang] = useState<UiLang>(initialLang);
  const [snapshot, setSnapshot] = useState(() => fake.snapshot());
  const [message, setMessage] = useState("");
  useEffect(() => observed.subscribe(() => setSnapshot(fake.snapshot())), []);
  const pane = useMemo(() => <App key={lang} services={servicesByLang[lang]} lang={lang} theme={webLightTheme} />, [lang]);

  const sample = async () => {
    try {
      const added = await addSampleRows(observed.run);
      setMessage(lang === "sv" ? `${added} exempelrader tillagda i Placeringar.` : `${added} sample rows added to Placeringar.`);
    } catch (error) {
      setMessage(sampleRowsError(error, lang));
    }
  };

  return (
    <div className="preview-layout">
      <aside className="preview-pane" aria-label={lang === "sv" ? "Åtgärdsfönster" : "Task pane"}>
        {pane}
      </aside>
      <div className="preview-side">
        <div className="preview-toolbar">
          <h1>{lang === "sv" ? "Arbetsbok (förhandsvisning utan Excel)" : "Workbook (preview without Excel)"}</h1>
          <label>
            {lang === "sv" ? "Språk" : "Language"}
            <select
              value={lang}
              onChange={(event) => {
                setLang(event.target.value as UiLang);
                setMessage("");
              }}
            >
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          </label>
          <button type="button" onClick={sample}>
            {lang === "sv" ? "Lägg in exempelrader" : "Add sample rows"}
          </button>
          <span role="status">{message}</span>
        </div>
        <WorkbookGrid snapshot={snapshot} onEdit={(sheet, address, text) => void editCell(observed.run, sheet, address, text)} />
      </div>
    </div>
  );
}

const container = document.getElementById("root");
if (container) {
  const lang = uiLangFor(new URLSearchParams(window.location.search).get("displayLanguage") ?? "sv-SE");
  createRoot(container).render(
    <StrictMode>
      <Preview initialLang={lang} />
    </StrictMode>,
  );
}
