/**
 * The task pane's shell: Fluent provider (Office's theme), the header, a TabList of the five views and
 * the active view. Views other than the guide load lazily (separate chunks), and once opened stay
 * mounted (hidden) so a half-filled form survives switching tabs.
 */
import { lazy, Suspense, useState, type ComponentType } from "react";
import { Button, FluentProvider, Spinner, Tab, TabList, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { UiKey, UiLang } from "../domain/i18n/ui";
import { emptyDecisionRecord, type DecisionRecord } from "./decisions/questions";
import { TextsProvider, useTexts } from "./i18n";
import type { TaskpaneServices } from "./taskpaneServices";
import { GuideView, type GuideTarget } from "./views/GuideView";

export type ViewKey = "guide" | GuideTarget | "parameters";
export const VIEW_ORDER: readonly ViewKey[] = ["guide", "exante", "template", "validate", "calculator", "parameters"];
export const TAB_TITLE: Readonly<Record<ViewKey, UiKey>> = {
  guide: "tab.guide",
  template: "tab.template",
  validate: "tab.validate",
  calculator: "tab.calculator",
  parameters: "tab.parameters",
  exante: "tab.exante",
};

/** Views get the services; the decision record is shared by the guide and "Före upphandling" (the chosen N). */
type ServiceView = ComponentType<{ services: TaskpaneServices; record?: DecisionRecord; onRecordChange?: (record: DecisionRecord) => void }>;
/** "Om SYSS" (diagnostics for support): its own chunk, loaded when first opened. */
const AboutSection = lazy(() => import(/* webpackChunkName: "about" */ "./about/AboutSection").then((m) => ({ default: m.AboutSection })));
const LAZY_VIEWS: Readonly<Record<Exclude<ViewKey, "guide">, ServiceView>> = {
  template: lazy(() => import(/* webpackChunkName: "view-template" */ "./views/TemplateView").then((m) => ({ default: m.TemplateView }))),
  validate: lazy(() => import(/* webpackChunkName: "view-validate" */ "./views/ValidateView").then((m) => ({ default: m.ValidateView }))),
  calculator: lazy(() => import(/* webpackChunkName: "view-calculator" */ "./views/CalculatorView").then((m) => ({ default: m.CalculatorView }))),
  parameters: lazy(() => import(/* webpackChunkName: "view-parameters" */ "./views/ParametersView").then((m) => ({ default: m.ParametersView }))),
  exante: lazy(() => import(/* webpackChunkName: "view-exante" */ "./views/ExanteView").then((m) => ({ default: m.ExanteView }))),
};

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: "12px 12px 0" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, lineHeight: tokens.lineHeightBase500 },
  subtitle: { margin: "2px 0 4px", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  about: { paddingBottom: "8px", "& h2": { fontSize: tokens.fontSizeBase400, margin: "8px 0 4px" } },
  nav: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // A task pane is narrow: the tabs wrap onto a second line rather than scroll out of sight.
  tabs: { flexWrap: "wrap" },
  main: { padding: "0 12px 24px", flexGrow: 1, "& h2": { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" } },
});

function Shell({ services, initialView }: { services: TaskpaneServices; initialView: ViewKey }) {
  const { t } = useTexts();
  const styles = useStyles();
  const [active, setActive] = useState<ViewKey>(initialView);
  const [visited, setVisited] = useState<ReadonlySet<ViewKey>>(() => new Set([initialView]));
  const [decisions, setDecisions] = useState<DecisionRecord>(emptyDecisionRecord);
  const [aboutOpen, setAboutOpen] = useState(false);

  const open = (view: ViewKey) => {
    setActive(view);
    setVisited((previous) => (previous.has(view) ? previous : new Set([...previous, view])));
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("app.title")}</h1>
        <p className={styles.subtitle}>{t("app.subtitle")}</p>
        <Button appearance="subtle" size="small" aria-expanded={aboutOpen} aria-controls="about-syss" onClick={() => setAboutOpen(!aboutOpen)}>
          {t("about.open")}
        </Button>
        {aboutOpen && (
          <section id="about-syss" aria-labelledby="about-syss-heading" className={styles.about}>
            <h2 id="about-syss-heading">{t("about.heading")}</h2>
            <Suspense fallback={<Spinner size="tiny" label={t("about.loading")} />}>
              <AboutSection services={services} />
            </Suspense>
          </section>
        )}
      </header>
      <nav aria-label={t("app.navLabel")} className={styles.nav}>
        <TabList selectedValue={active} onTabSelect={(_, data) => open(data.value as ViewKey)} size="small" className={styles.tabs}>
          {VIEW_ORDER.map((view) => (
            <Tab key={view} value={view} id={`tab-${view}`} aria-controls={`panel-${view}`}>
              {t(TAB_TITLE[view])}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>
        {VIEW_ORDER.filter((view) => visited.has(view)).map((view) => {
          const LazyView = view === "guide" ? null : LAZY_VIEWS[view];
          return (
            <div key={view} role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} hidden={view !== active}>
              {LazyView === null ? (
                <GuideView services={services} record={decisions} onRecordChange={setDecisions} onNavigate={open} />
              ) : (
                <Suspense fallback={<Spinner size="small" label={t("app.loadingView")} />}>
                  <LazyView services={services} record={decisions} onRecordChange={setDecisions} />
                </Suspense>
              )}
            </div>
          );
        })}
      </main>
    </div>
  );
}

export function App({ services, lang, theme, initialView = "guide" }: { services: TaskpaneServices; lang: UiLang; theme: Theme; initialView?: ViewKey }) {
  return (
    <FluentProvider theme={theme} lang={lang === "sv" ? "sv-SE" : "en"}>
      <TextsProvider lang={lang}>
        <Shell services={services} initialView={initialView} />
      </TextsProvider>
    </FluentProvider>
  );
}
