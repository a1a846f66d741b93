/**
 * The task pane's shell: Fluent provider (Office's theme), the header, the tabs of the views (PaneTabs.tsx) and
 * the active view. Views other than the guide load lazily (separate chunks), and once opened stay
 * mounted (hidden) so a half-filled form survives switching tabs.
 */
import { lazy, Suspense, useEffect, useState, type ComponentType } from "react";
import { Button, FluentProvider, Spinner, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { UiLang } from "../../domain/i18n/ui";
import { blankedAnswers, emptyDecisionRecord, type DecisionRecord } from "../guide/questions";
import { TextsProvider, useTexts } from "./i18n";
import type { PaneRequest, PaneRequests } from "./paneRequests";
import type { TaskpaneServices } from "../services/types";
import { GuideView, type GuideTarget } from "../guide/GuideView";
import { VIEW_ORDER, type ViewKey } from "./tabs";
import { PaneTabs } from "./PaneTabs";

// Every guide target must be a tab the shell can open.
const GUIDE_TARGETS_ARE_TABS: GuideTarget extends ViewKey ? true : never = true;
void GUIDE_TARGETS_ARE_TABS;

/**
 * Views get the services; the decision record is shared by the guide and "Före upphandling" (the chosen N).
 * `request`: the latest ribbon request for this view that carries an action (the view runs it once per id).
 */
type ServiceView = ComponentType<{ services: TaskpaneServices; record?: DecisionRecord; onRecordChange?: (record: DecisionRecord) => void; request?: PaneRequest | null }>;
/** "Om SYSS" (diagnostics for support): its own chunk, loaded when first opened. */
const AboutSection = lazy(() => import(/* webpackChunkName: "about" */ "../about/AboutSection").then((m) => ({ default: m.AboutSection })));
const LAZY_VIEWS: Readonly<Record<Exclude<ViewKey, "guide">, ServiceView>> = {
  template: lazy(() => import(/* webpackChunkName: "view-template" */ "../template/TemplateView").then((m) => ({ default: m.TemplateView }))),
  validate: lazy(() => import(/* webpackChunkName: "view-validate" */ "../validate/ValidateView").then((m) => ({ default: m.ValidateView }))),
  calculator: lazy(() => import(/* webpackChunkName: "view-calculator" */ "../calculator/CalculatorView").then((m) => ({ default: m.CalculatorView }))),
  parameters: lazy(() => import(/* webpackChunkName: "view-parameters" */ "../parameters/ParametersView").then((m) => ({ default: m.ParametersView }))),
  exante: lazy(() => import(/* webpackChunkName: "view-exante" */ "../exante/ExanteView").then((m) => ({ default: m.ExanteView }))),
  matching: lazy(() => import(/* webpackChunkName: "view-matching" */ "../matching/MatchingView").then((m) => ({ default: m.MatchingView }))),
  portfolio: lazy(() => import(/* webpackChunkName: "view-portfolio" */ "../portfolio/PortfolioView").then((m) => ({ default: m.PortfolioView }))),
};

const useStyles = makeStyles({
  root: { minHeight: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground1 },
  header: { padding: "12px 12px 0" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, lineHeight: tokens.lineHeightBase500 },
  subtitle: { margin: "2px 0 4px", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  about: { paddingBottom: "8px", "& h2": { fontSize: tokens.fontSizeBase400, margin: "8px 0 4px" } },
  nav: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { padding: "0 12px 24px", flexGrow: 1, "& h2": { fontSize: tokens.fontSizeBase400, margin: "12px 0 4px" } },
});

function Shell({ services, initialView, requests }: { services: TaskpaneServices; initialView: ViewKey; requests?: PaneRequests }) {
  const { t } = useTexts();
  const styles = useStyles();
  // A ribbon click that came before the pane rendered decides the first tab.
  const first = requests?.latest()?.view ?? initialView;
  const [active, setActive] = useState<ViewKey>(first);
  const [visited, setVisited] = useState<ReadonlySet<ViewKey>>(() => new Set([first]));
  const [decisions, setDecisions] = useState<DecisionRecord>(emptyDecisionRecord);
  const [request, setRequest] = useState<PaneRequest | null>(() => requests?.latest() ?? null);
  // The answers saved on Beslutsunderlag, once, unless the user has already started answering.
  useEffect(() => {
    let current = true;
    services.loadDecisions().then(
      (saved) => {
        if (current && saved) setDecisions((record) => (blankedAnswers(record, emptyDecisionRecord()) === 0 ? saved : record));
      },
      () => {
        // No sheet to read (no workbook, an edit in progress): the guide starts blank, and "Spara" still asks
        // before it would blank anything saved, as it reads the sheet again.
      },
    );
    return () => {
      current = false;
    };
  }, [services]);
  const [aboutOpen, setAboutOpen] = useState(false);

  const open = (view: ViewKey) => {
    setActive(view);
    setVisited((previous) => (previous.has(view) ? previous : new Set([...previous, view])));
  };

  useEffect(
    () =>
      requests?.subscribe((next) => {
        open(next.view);
        setRequest(next);
      }),
    [requests],
  );

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
        <PaneTabs active={active} onOpen={open} />
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
                  <LazyView
                    services={services}
                    record={decisions}
                    onRecordChange={setDecisions}
                    request={request?.view === view && request.action !== null ? request : null}
                  />
                </Suspense>
              )}
            </div>
          );
        })}
      </main>
    </div>
  );
}

export function App({
  services,
  lang,
  theme,
  initialView = "guide",
  requests,
}: {
  services: TaskpaneServices;
  lang: UiLang;
  theme: Theme;
  initialView?: ViewKey;
  /** Ribbon requests (open a tab, run an action); see shell/paneRequests.ts. */
  requests?: PaneRequests;
}) {
  return (
    <FluentProvider theme={theme} lang={lang === "sv" ? "sv-SE" : "en"}>
      <TextsProvider lang={lang}>
        <Shell services={services} initialView={initialView} requests={requests} />
      </TextsProvider>
    </FluentProvider>
  );
}
