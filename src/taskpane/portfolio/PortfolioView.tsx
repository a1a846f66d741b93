/**
 * The Portfölj tab (spec/portfolio.md): "Importera leverantörens fil" (pick the file, see the whole change
 * as a dry run, then import; conflicts are listed and never written) and the portfolio over contract files
 * picked in the browser, with a line per file as it is read; the portfolio's sheets (Årsrapport, Portfölj, Ej
 * inlästa) are added to the open workbook or downloaded as a workbook of their own.
 */
import { useState, type ChangeEvent } from "react";
import { Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { paneText, type PaneTextKey } from "../../domain/i18n/portfolio";
import { OperationStatus } from "../components/OperationStatus";
import { offerDownload, XLSX_MIME } from "../shell/download";
import { formatNumber, useTexts } from "../shell/i18n";
import { useOperation } from "../shell/useOperation";
import type { FileProgress, ImportPreview, PortfolioResult } from "../services/portfolioTypes";
import type { SupplierFile, TaskpaneServices } from "../services/types";

/** The picked files' bytes, read in the browser (nothing is uploaded). */
async function readPicked(event: ChangeEvent<HTMLInputElement>): Promise<SupplierFile[]> {
  const files = [...(event.target.files ?? [])];
  return Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

const ISSUE_KINDS: Readonly<Record<string, PaneTextKey>> = {
  missingKey: "missingKey",
  duplicateInSupplier: "duplicateInSupplier",
  duplicateInFull: "duplicateInFull",
};

function ImportSection({ services }: { services: TaskpaneServices }) {
  const { lang } = useTexts();
  const text = (key: PaneTextKey, values?: Readonly<Record<string, string | number>>) => paneText(lang, key, values);
  const operation = useOperation();
  const [file, setFile] = useState<SupplierFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const [picked] = await readPicked(event);
    setPreview(null);
    if (picked === undefined) return;
    setFile(picked);
    await operation.run(async () => {
      setPreview(await services.previewSupplierImport(picked));
      return null;
    });
  };

  const apply = () =>
    operation.run(async () => {
      if (file === null) return null;
      const result = await services.applySupplierImport(file);
      setPreview(null);
      const skipped = result.skipped > 0 ? text("skipped", { skipped: result.skipped }) : "";
      return text("imported", { added: result.added, updated: result.updated, conflicts: result.conflicts }) + skipped;
    });

  const nothingNew = preview !== null && preview.added.length === 0 && preview.updated.length === 0;
  return (
    <section aria-labelledby="portfolio-import-heading">
      <h2 id="portfolio-import-heading">{text("importHeading")}</h2>
      <p>{text("importIntro")}</p>
      <label>
        {text("chooseFile")}
        <input type="file" accept=".xlsx" onChange={(event) => void pick(event)} data-testid="import-file" />
      </label>
      <OperationStatus operation={operation} busyLabel={text("reading")} />
      {preview !== null && (
        <div data-testid="import-preview">
          <MessageBar intent={preview.conflicts.length > 0 ? "warning" : "info"}>
            <MessageBarBody>{text("counts", { ...preview.counts })}</MessageBarBody>
          </MessageBar>
          {preview.conflicts.length > 0 && (
            <>
              <h3>{text("conflictsHeading")}</h3>
              <ul>
                {preview.conflicts.map((item) => (
                  <li key={`${item.table}-${item.key}-${item.column}`}>{text("conflictLine", { key: item.key, column: item.column, full: item.full, supplier: item.supplier })}</li>
                ))}
              </ul>
            </>
          )}
          {preview.added.length > 0 && (
            <>
              <h3>{text("addedHeading")}</h3>
              <Caption1>{preview.added.map((row) => row.key).join(", ")}</Caption1>
            </>
          )}
          {preview.issues.length > 0 && (
            <>
              <h3>{text("issuesHeading")}</h3>
              <ul>
                {preview.issues.map((issue) => (
                  <li key={`${issue.table}-${issue.kind}-${issue.rows.join(",")}`}>
                    {text("issueLine", { table: issue.table, rows: issue.rows.join(", "), kind: text(ISSUE_KINDS[issue.kind] ?? "missingKey") })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {nothingNew ? (
            <p>{text("nothingToImport")}</p>
          ) : (
            <Button appearance="primary" onClick={() => void apply()} disabled={operation.busy}>
              {text("apply")}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

function PortfolioSection({ services }: { services: TaskpaneServices }) {
  const { lang } = useTexts();
  const text = (key: PaneTextKey, values?: Readonly<Record<string, string | number>>) => paneText(lang, key, values);
  const operation = useOperation();
  const writing = useOperation();
  const [progress, setProgress] = useState<readonly FileProgress[]>([]);
  const [result, setResult] = useState<PortfolioResult | null>(null);

  const writeSheets = (built: PortfolioResult) =>
    writing.run(async () => {
      const names = await services.writePortfolioSheets(built.sheets);
      return text("sheetsWritten", { ...names });
    });

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = await readPicked(event);
    if (files.length === 0) return;
    setResult(null);
    setProgress([]);
    await operation.run(async (work) => {
      const built = await services.buildPortfolio(
        files,
        (item) => {
          if (item.state === "reading") work.onReport?.({ step: "file", index: item.index, total: item.total, name: item.file, cancellable: true });
          setProgress((previous) => [...previous.filter((entry) => entry.index !== item.index), item].sort((a, b) => a.index - b.index));
        },
        work.signal,
      );
      setResult(built);
      return text("summary", { contracts: built.contracts.length, unreadable: built.unreadable.length });
    });
  };

  return (
    <section aria-labelledby="portfolio-heading">
      <h2 id="portfolio-heading">{text("portfolioHeading")}</h2>
      <p>{text("portfolioIntro")}</p>
      <label>
        {text("chooseFiles")}
        <input type="file" accept=".xlsx" multiple onChange={(event) => void pick(event)} data-testid="portfolio-files" />
      </label>
      <ol aria-label={text("portfolioHeading")} data-testid="portfolio-progress">
        {progress.map((item) => (
          <li key={item.index}>
            {text("progress", { index: item.index, total: item.total, file: item.file })}
            {item.state === "done" && `: ${text("done")}`}
            {item.state === "failed" && `: ${text("failed")}. ${item.message?.[lang] ?? ""}`}
          </li>
        ))}
      </ol>
      <OperationStatus operation={operation} busyLabel={text("reading")} />
      {result !== null && (
        <>
          <ul data-testid="portfolio-contracts">
            {result.contracts.map((row) => (
              <li key={row.file}>
                {text("contractLine", {
                  id: row.contractId,
                  name: row.name,
                  status: row.status ?? text("noStatus"),
                  served: formatNumber(row.servedMonths, lang),
                  commitment: row.commitment === null ? "–" : formatNumber(row.commitment, lang),
                  errors: row.errors,
                  warnings: row.warnings,
                })}
              </li>
            ))}
          </ul>
          <Button appearance="primary" onClick={() => void writeSheets(result)} disabled={writing.busy}>
            {text("writeSheets")}
          </Button>
          <Button onClick={() => offerDownload(result.workbook.fileName, result.workbook.bytes, XLSX_MIME)}>{text("download")}</Button>
          <OperationStatus operation={writing} busyLabel={text("writingSheets")} />
        </>
      )}
    </section>
  );
}

export function PortfolioView({ services }: { services: TaskpaneServices }) {
  return (
    <>
      <ImportSection services={services} />
      <PortfolioSection services={services} />
    </>
  );
}
