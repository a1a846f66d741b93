/**
 * Processguide: the six steps of the national model (what the procurer and the matchningsansvarig do,
 * and what the add-in offers), the four go/no-go questions of step 1 and the seven suitability
 * questions of step 3 answered here, with recommendations and a reminder about labour-law conditions,
 * saved to the Beslutsunderlag sheet.
 */
import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { UiKey } from "../../domain/i18n/ui";
import { OperationStatus } from "../components/OperationStatus";
import {
  FIT_QUESTIONS,
  FIT_REMINDER,
  GO_QUESTIONS,
  adviceFor,
  fitRecommendation,
  goRecommendation,
  type Answer,
  type DecisionRecord,
  type QuestionAnswer,
  type Recommendation,
} from "./questions";
import { DECISION_SHEET_NAME } from "./decisionSheet";
import { useTexts } from "../shell/i18n";
import type { TaskpaneServices } from "../services/types";
import { useOperation } from "../shell/useOperation";
import { MATCHING_SHEETS } from "../../domain/matching/sheetNames";
import { TaskpaneError } from "../shell/errors";

export type GuideTarget = "template" | "calculator" | "validate" | "exante" | "matching" | "portfolio";

const useStyles = makeStyles({
  phase: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textTransform: "uppercase", letterSpacing: "0.04em" },
  role: { margin: "4px 0 8px" },
  roleName: { fontWeight: tokens.fontWeightSemibold },
  action: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    padding: "4px 8px",
    margin: "8px 0",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  questions: { display: "flex", flexDirection: "column", gap: "12px", margin: "8px 0" },
  question: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: "8px" },
  save: { display: "flex", flexDirection: "column", gap: "8px", marginTop: "12px" },
  record: { marginTop: "8px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

interface StepSpec {
  readonly n: number;
  readonly phase: UiKey;
  readonly goto?: { readonly target: GuideTarget; readonly label: UiKey };
  /** Steps 3 and 4 also lead into sizing, the ex-ante estimate and the clause. */
  readonly exante?: true;
  readonly questions?: "go" | "fit";
  /** Steps 2, 5 and 6: the matching sheets the step fills (a button each), what to record there, and the Matchning tab. */
  readonly sheets?: readonly string[];
  readonly matchingTab?: true;
}

/** The parts of the "Personuppgifter" section (steps 1, 5 and 6), each a heading and a text. */
const PRIVACY_SECTIONS = ["roles", "dpia", "info", "suppliers", "retention"] as const;

const STEPS: readonly StepSpec[] = [
  { n: 1, phase: "guide.phase.prepare", questions: "go" },
  { n: 2, phase: "guide.phase.prepare", goto: { target: "template", label: "guide.goto.template" }, sheets: [MATCHING_SHEETS.mapping] },
  { n: 3, phase: "guide.phase.prepare", questions: "fit", goto: { target: "calculator", label: "guide.goto.calculator" }, exante: true },
  { n: 4, phase: "guide.phase.procure", goto: { target: "template", label: "guide.goto.template" }, exante: true },
  {
    n: 5, phase: "guide.phase.realise", goto: { target: "template", label: "guide.goto.template" }, matchingTab: true,
    sheets: [MATCHING_SHEETS.positions, MATCHING_SHEETS.efforts, MATCHING_SHEETS.startup],
  },
  { n: 6, phase: "guide.phase.realise", goto: { target: "portfolio", label: "guide.goto.portfolio" }, sheets: [MATCHING_SHEETS.lessons] },
];

function stepKey(n: number, part: "title" | "procurer" | "matching" | "action" | "record"): UiKey {
  return `guide.step${n}.${part}` as UiKey;
}

function QuestionRow({
  id,
  number,
  question,
  value,
  onChange,
}: {
  id: string;
  number: number;
  question: UiKey;
  value: QuestionAnswer;
  onChange: (next: QuestionAnswer) => void;
}) {
  const { t } = useTexts();
  const styles = useStyles();
  const text = t(question);
  return (
    <div className={styles.question}>
      <Field label={`${number}. ${text}`}>
        <RadioGroup
          layout="horizontal"
          value={value.answer ?? ""}
          onChange={(_, data) => onChange({ ...value, answer: data.value as Answer })}
          name={id}
        >
          <Radio value="yes" label={t("common.yes")} />
          <Radio value="no" label={t("common.no")} />
        </RadioGroup>
      </Field>
      <Field label={t("common.note")} size="small">
        <Input size="small" value={value.note} onChange={(_, data) => onChange({ ...value, note: data.value })} aria-description={text} />
      </Field>
    </div>
  );
}

function RecommendationBar({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTexts();
  return (
    <MessageBar intent={recommendation.tone}>
      <MessageBarBody>{t(recommendation.key, recommendation.params)}</MessageBarBody>
    </MessageBar>
  );
}

function QuestionList({
  kind,
  answers,
  onChange,
}: {
  kind: "go" | "fit";
  answers: readonly QuestionAnswer[];
  onChange: (index: number, next: QuestionAnswer) => void;
}) {
  const { t } = useTexts();
  const styles = useStyles();
  const questions = kind === "go" ? GO_QUESTIONS : FIT_QUESTIONS;
  const recommendation = kind === "go" ? goRecommendation(answers) : fitRecommendation(answers);
  const advice = adviceFor(kind, answers);
  const headingId = `guide-${kind}-heading`;
  return (
    <div role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{t(kind === "go" ? "guide.go.heading" : "guide.fit.heading")}</h4>
      <div className={styles.questions}>
        {questions.map((question, index) => (
          <QuestionRow
            key={question}
            id={`${kind}-${index}`}
            number={index + 1}
            question={question}
            value={answers[index]}
            onChange={(next) => onChange(index, next)}
          />
        ))}
      </div>
      <div aria-live="polite">
        <RecommendationBar recommendation={recommendation} />
        {advice.length > 0 && (
          <ul data-testid={`guide-${kind}-advice`}>
            {advice.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        )}
      </div>
      {kind === "fit" && <p data-testid="guide-fit-reminder">{t(FIT_REMINDER)}</p>}
    </div>
  );
}

export function GuideView({
  services,
  record,
  onRecordChange,
  onNavigate,
}: {
  services: TaskpaneServices;
  record: DecisionRecord;
  onRecordChange: (record: DecisionRecord) => void;
  onNavigate: (target: GuideTarget) => void;
}) {
  const { t, lang } = useTexts();
  const styles = useStyles();
  const operation = useOperation();
  const [openItems, setOpenItems] = useState<unknown[]>([1]);
  // "Gå till bladet …": selects A1 of a matching sheet; a missing sheet means the full template is not there yet.
  const goto = useOperation();
  const [gotoStep, setGotoStep] = useState<number | null>(null);
  const gotoSheet = (step: number, sheet: string) => {
    setGotoStep(step);
    return goto.run(async () => {
      try {
        await services.selectCell(sheet, "A1");
      } catch (error) {
        if (error instanceof TaskpaneError) throw error;
        throw new TaskpaneError("error.sheetMissing", { sv: sheet, en: sheet }, { cause: error });
      }
      return null;
    });
  };

  const update = (kind: "goNoGo" | "suitability", index: number, next: QuestionAnswer) => {
    const list = record[kind].map((answer, i) => (i === index ? next : answer));
    onRecordChange({ ...record, [kind]: list });
  };

  // Saved answers that this save would blank: asked about first (null: nothing to ask).
  const [blanksToConfirm, setBlanksToConfirm] = useState<number | null>(null);
  const save = (confirmed = false) =>
    operation.run(async () => {
      setBlanksToConfirm(null);
      const outcome = await services.saveDecisions(record, lang, confirmed);
      if (outcome.kind === "confirmBlanks") {
        setBlanksToConfirm(outcome.blanked);
        return null;
      }
      return outcome.sheet === DECISION_SHEET_NAME ? t("guide.saved") : t("guide.savedElsewhere", { sheet: outcome.sheet });
    });

  return (
    <section aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t("guide.heading")}</h2>
      <p>{t("guide.intro")}</p>
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, data) => setOpenItems(data.openItems)}>
        {STEPS.map((step) => (
          <AccordionItem key={step.n} value={step.n}>
            <AccordionHeader as="h3">{t("guide.stepLabel", { n: step.n, title: t(stepKey(step.n, "title")) })}</AccordionHeader>
            <AccordionPanel>
              <div className={styles.phase}>{t(step.phase)}</div>
              <p className={styles.role}>
                <span className={styles.roleName}>{t("guide.procurer")}: </span>
                {t(stepKey(step.n, "procurer"))}
              </p>
              <p className={styles.role}>
                <span className={styles.roleName}>{t("guide.matching")}: </span>
                {t(stepKey(step.n, "matching"))}
              </p>
              <div className={styles.action}>
                <span className={styles.roleName}>{t("guide.inWorkbook")}: </span>
                {t(stepKey(step.n, "action"))}
              </div>
              {step.questions === "go" && (
                <QuestionList kind="go" answers={record.goNoGo} onChange={(index, next) => update("goNoGo", index, next)} />
              )}
              {step.questions === "fit" && (
                <QuestionList kind="fit" answers={record.suitability} onChange={(index, next) => update("suitability", index, next)} />
              )}
              {step.goto && (
                <Button appearance="secondary" onClick={() => onNavigate(step.goto!.target)} style={{ marginTop: 8 }}>
                  {t(step.goto.label)}
                </Button>
              )}
              {step.sheets && (
                <div className={styles.record}>
                  <h4>{t("guide.record.heading")}</h4>
                  <p>{t(stepKey(step.n, "record"))}</p>
                  <div className={styles.buttons}>
                    {step.matchingTab && (
                      <Button appearance="secondary" onClick={() => onNavigate("matching")}>
                        {t("guide.goto.matching")}
                      </Button>
                    )}
                    {step.sheets.map((sheet) => (
                      <Button key={sheet} appearance="secondary" onClick={() => void gotoSheet(step.n, sheet)}>
                        {t("guide.goto.sheet", { sheet })}
                      </Button>
                    ))}
                  </div>
                  {gotoStep === step.n && <OperationStatus operation={goto} busyLabel={t("common.working")} />}
                </div>
              )}
              {step.exante && (
                <Button appearance="secondary" onClick={() => onNavigate("exante")} style={{ marginTop: 8, marginLeft: 8 }}>
                  {t("guide.goto.exante")}
                </Button>
              )}
            </AccordionPanel>
          </AccordionItem>
        ))}
        <AccordionItem value="privacy">
          <AccordionHeader as="h3">{t("guide.privacy.heading")}</AccordionHeader>
          <AccordionPanel>
            <p>{t("guide.privacy.intro")}</p>
            {PRIVACY_SECTIONS.map((section) => (
              <div key={section}>
                <h4>{t(`guide.privacy.${section}.heading` as UiKey)}</h4>
                {section === "info" ? (
                  // A text to copy into the organisation's own information to participants.
                  <Textarea readOnly resize="vertical" value={t("guide.privacy.info")} aria-label={t("guide.privacy.info.heading")} style={{ width: "100%", minHeight: 160 }} />
                ) : (
                  <p>{t(`guide.privacy.${section}` as UiKey)}</p>
                )}
              </div>
            ))}
            <p>{t("guide.privacy.sources")}</p>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.save}>
        <Button appearance="primary" onClick={() => void save()} disabled={operation.busy}>
          {t("guide.save")}
        </Button>
        {blanksToConfirm !== null && (
          <MessageBar intent="warning" data-testid="guide-confirm-blanks">
            <MessageBarBody>
              {t("guide.confirmBlanks", { n: blanksToConfirm })}{" "}
              <Button size="small" onClick={() => void save(true)}>
                {t("guide.saveAnyway")}
              </Button>{" "}
              <Button size="small" appearance="subtle" onClick={() => setBlanksToConfirm(null)}>
                {t("guide.keepSaved")}
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
        <OperationStatus operation={operation} busyLabel={t("common.working")} />
      </div>
    </section>
  );
}
