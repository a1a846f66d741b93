/**
 * "Om SYSS": the SYSS and template versions, the Office host, build, requirement sets and display language,
 * what SYSS recognises in the workbook and the last errors the add-in caught — and a "Kopiera" button that
 * copies the same facts as text for a support e-mail. Loaded in its own chunk when first opened.
 */
import { useEffect, useState } from "react";
import { Button, MessageBar, MessageBarBody, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useTexts } from "../shell/i18n";
import type { AboutInfo, TaskpaneServices } from "../services/types";
import { aboutFacts, aboutText } from "./aboutFacts";
import { copyToClipboard } from "./clipboard";
import { ABOUT_PANE_TEXTS } from "../../domain/i18n/paneAbout";
import { registerPaneTexts } from "../../domain/i18n/ui";

// This tab's texts, added as its code loads (the first-load table has only the shell's and the guide's).
registerPaneTexts(ABOUT_PANE_TEXTS);

const useStyles = makeStyles({
  facts: { margin: "8px 0", "& dt": { fontWeight: tokens.fontWeightSemibold, marginTop: "6px" }, "& dd": { margin: "0 0 0 8px", overflowWrap: "anywhere" } },
  text: { width: "100%", marginTop: "8px" },
});

export function AboutSection({ services, copy = copyToClipboard }: { services: TaskpaneServices; copy?: (text: string) => Promise<boolean> }) {
  const { t } = useTexts();
  const styles = useStyles();
  const [info, setInfo] = useState<AboutInfo | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  useEffect(() => {
    let current = true;
    void services.about().then((about) => {
      if (current) setInfo(about);
    });
    return () => {
      current = false;
    };
  }, [services]);

  if (info === null) return <Spinner size="tiny" label={t("about.loading")} />;
  const text = aboutText(info, t);
  return (
    <div>
      <p>{t("about.intro")}</p>
      <dl className={styles.facts}>
        {aboutFacts(info, t).map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            {fact.lines.map((line, index) => (
              <dd key={index}>{line}</dd>
            ))}
          </div>
        ))}
      </dl>
      <Button appearance="primary" onClick={() => void copy(text).then(setCopied)}>
        {t("about.copy")}
      </Button>
      <div aria-live="polite">
        {copied === true && (
          <MessageBar intent="success">
            <MessageBarBody>{t("about.copied")}</MessageBarBody>
          </MessageBar>
        )}
        {copied === false && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("about.copyFailed")}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {copied === false && <Textarea className={styles.text} aria-label={t("about.textLabel")} readOnly value={text} rows={12} />}
    </div>
  );
}
