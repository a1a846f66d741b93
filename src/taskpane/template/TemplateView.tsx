/**
 * Uppföljningsmall: the Avtal form → create or upgrade the follow-up workbook in Excel, and download a
 * supplier version (.xlsx without the procurer's sheet, the benefit-history columns and add-in formulas),
 * made only after the personal-data check: identity numbers stop it (an error MessageBar naming the
 * cells), other findings are shown in a warning MessageBar and must be confirmed.
 */
import { useEffect, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CONTRACT_FIELDS, type ContractField } from "../../domain/followup/contract";
import { DEFAULT_TARGET_GROUPS } from "../../domain/followup/lists";
import { NEWEST_YEAR, isParameterYear, type ParameterYear } from "../../domain/model";
import type { UiKey } from "../../domain/i18n/ui";
import { OperationStatus } from "../components/OperationStatus";
import { SupplierConfirmationNeeded } from "../shell/errors";
import { offerDownload, XLSX_MIME } from "../shell/download";
import { useTexts } from "../shell/i18n";
import type { PaneRequest } from "../shell/paneRequests";
import type { ApplySummary, TaskpaneServices, TemplateStatus } from "../services/types";
import { ContractChanges } from "./ContractChanges";
import { ContractFormError, contractFormFrom, contractFromForm, initialContractForm, type ContractFormState } from "./contractForm";
import { useOperation } from "../shell/useOperation";
import { TEMPLATE_PANE_TEXTS } from "../../domain/i18n/paneTemplate";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(TEMPLATE_PANE_TEXTS);

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 12px 12px",
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px" },
  actions: { display: "flex", flexDirection: "column", gap: "8px", marginTop: "12px" },
  status: { padding: "8px", backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
});

function statusText(status: TemplateStatus | null, t: ReturnType<typeof useTexts>["t"]): string {
  if (status === null) return t("app.loadingView");
  if (status.version === null) return t("template.status.none");
  if (status.version === status.currentVersion) return t("template.status.current", { version: status.version });
  return t("template.status.old", { version: status.version, current: status.currentVersion });
}

function ContractInput({ field, value, error, onChange }: { field: ContractField; value: string; error?: string; onChange: (text: string) => void }) {
  const { t, lang } = useTexts();
  const label = lang === "en" ? field.labelEn : field.label;
  const hint = t(`template.help.${field.key}` as UiKey);
  if (field.options) {
    return (
      <Field label={label} hint={hint} validationMessage={error}>
        <Select value={value} onChange={(_, data) => onChange(data.value)}>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {/^\d+$/.test(option) ? option : t(`choice.${option}` as UiKey)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  const type = field.type === "date" ? "date" : "text";
  const after = field.type === "share" ? "%" : field.type === "amount" ? "kr" : undefined;
  return (
    <Field label={label} hint={hint} validationMessage={error}>
      <Input
        type={type}
        value={value}
        inputMode={field.type === "text" || field.type === "date" ? undefined : "decimal"}
        contentAfter={after ? <span aria-hidden="true">{after}</span> : undefined}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}

export function TemplateView({ services, request }: { services: TaskpaneServices; request?: PaneRequest | null }) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const [form, setForm] = useState<ContractFormState>(initialContractForm);
  const [status, setStatus] = useState<TemplateStatus | null>(null);
  const apply = useOperation();
  const download = useOperation();
  // The last apply's summary: contract changes waiting for the user's choice, rows kept from before.
  const [applied, setApplied] = useState<ApplySummary | null>(null);

  useEffect(() => {
    let live = true;
    services.templateStatus().then(
      (found) => live && setStatus(found),
      () => live && setStatus({ version: null, currentVersion: "" }),
    );
    // A workbook that already has the template: show its contract, so an upgrade starts from what is there.
    services.workbookContract().then(
      (contract) => live && contract !== null && setForm(contractFormFrom(contract)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [services]);

  const yearOf = (): ParameterYear => {
    const year = Number(form.values.parameterYear);
    return isParameterYear(year) ? year : NEWEST_YEAR;
  };

  const create = () =>
    apply.run(async (work) => {
      const contract = contractFromForm(form);
      setApplied(null);
      const summary = await services.applyTemplate(contract, yearOf(), [], work);
      setApplied(summary);
      setStatus(await services.templateStatus());
      return t("template.created", { sheets: summary.sheetsCreated, upgraded: summary.sheetsUpdated });
    });

  const acceptChanges = (ids: readonly string[]) =>
    apply.run(async (work) => {
      const summary = await services.applyTemplate(contractFromForm(form), yearOf(), ids, work);
      setApplied(summary);
      return t("template.changesApplied", { count: summary.appliedChanges });
    });

  const supplier = (confirmed: boolean) =>
    download.run(async () => {
      const contract = contractFromForm(form);
      const file = await services.supplierVersion(contract, yearOf(), confirmed);
      // A new Excel window where the host can (Office on Mac has no downloads in add-ins); else a download.
      if ((await services.openWorkbook(file)) === "opened") return t("template.opened");
      offerDownload(file.fileName, file.bytes, XLSX_MIME);
      return t("template.downloaded", { file: file.fileName });
    });
  // Possible personal data found before the supplier version: shown with the cells, confirmed by the user.
  const confirmation = download.error instanceof SupplierConfirmationNeeded ? download.error : null;
  const downloadStatus = confirmation ? { ...download, error: null } : download;

  // The ribbon's supplier-version button: the same as the button here, once per click (the request id).
  const requestId = request?.action === "supplierVersion" ? request.id : null;
  useEffect(() => {
    if (requestId !== null) supplier(false); // unconfirmed: possible personal data is shown first, as for the button
  }, [requestId]);

  const invalidField = (apply.error instanceof ContractFormError ? apply.error : download.error instanceof ContractFormError ? download.error : null)?.field;
  const invalidMessage = (apply.error ?? download.error) as ContractFormError | null;

  return (
    <section aria-labelledby="template-heading">
      <h2 id="template-heading">{t("template.heading")}</h2>
      <p>{t("template.intro")}</p>
      <p className={styles.status} aria-live="polite">
        {statusText(status, t)}
      </p>
      <form onSubmit={(event) => event.preventDefault()} aria-labelledby="template-form-legend">
        <fieldset className={styles.form}>
          <legend id="template-form-legend" className={styles.legend}>
            {t("template.form")}
          </legend>
          {CONTRACT_FIELDS.map((field) => (
            <ContractInput
              key={field.key}
              field={field}
              value={form.values[field.key]}
              error={invalidField === field.key && invalidMessage?.detail ? invalidMessage.detail[lang] : undefined}
              onChange={(text) => setForm((previous) => ({ ...previous, values: { ...previous.values, [field.key]: text } }))}
            />
          ))}
          <Field label={t("template.targetGroups")} hint={t("template.targetGroupsHelp", { groups: DEFAULT_TARGET_GROUPS.map((group) => group.name).join(", ") })}>
            <Textarea
              value={form.targetGroups}
              resize="vertical"
              onChange={(_, data) => setForm((previous) => ({ ...previous, targetGroups: data.value }))}
            />
          </Field>
        </fieldset>
      </form>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={create} disabled={apply.busy}>
          {status?.version ? t("template.upgrade") : t("template.create")}
        </Button>
        <OperationStatus operation={apply} busyLabel={t("template.creating")} />
        {applied && <ContractChanges key={applied.contractChanges.map((c) => c.id).join("\n")} summary={applied} busy={apply.busy} onApply={acceptChanges} />}
        <Button onClick={() => supplier(false)} disabled={download.busy}>
          {t("template.download")}
        </Button>
        <span>{t("template.downloadHelp")}</span>
        {confirmation && !download.busy && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("template.confirmTitle")}</MessageBarTitle>
              <br />
              {confirmation.cells[lang] !== "" && t("template.confirmText", { detail: `${confirmation.cells[lang]}.` })}
              {confirmation.leftOutCount > 0 && (
                <>
                  {" "}
                  {t("template.confirmLeftOut", { count: confirmation.leftOutCount })}
                </>
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => supplier(true)}>{t("template.confirmAnyway")}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <OperationStatus operation={downloadStatus} busyLabel={t("template.downloading")} />
      </div>
    </section>
  );
}
