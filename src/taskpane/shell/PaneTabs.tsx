/**
 * The pane's tabs on one line at Excel's 350 px (spec ux.md, Navigation): a Fluent TabList whose tabs that
 * do not fit move into a "Mer ▾" menu after it. The open tab never moves there, so the current tool is always
 * visible; the tools used least go first (PRIORITY). When the pane is wide enough, every tab shows and there
 * is no menu. Measuring is Fluent's Overflow (a ResizeObserver after layout, so the first render forces no
 * layout of its own); the menu's popup is its own chunk (MoreTabsMenu.tsx), loaded on the first click.
 */
import { lazy, Suspense, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { Button, Overflow, OverflowItem, Tab, TabList, makeStyles, useOverflowMenu } from "@fluentui/react-components";
import { useTexts } from "./i18n";
import { TAB_TITLE, VIEW_ORDER, type ViewKey } from "./tabs";

const MoreTabsMenu = lazy(() => import(/* webpackChunkName: "tabs-menu" */ "./MoreTabsMenu").then((m) => ({ default: m.MoreTabsMenu })));

const useStyles = makeStyles({
  // One line: what does not fit goes into the menu instead of onto a second line.
  line: { display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  // As narrow as its text, so one more tab fits beside it at 350 px.
  more: { flexShrink: 0, whiteSpace: "nowrap", minWidth: 0, paddingLeft: "6px", paddingRight: "6px" },
  // A flex button drops the space between its word and the arrow.
  arrow: { marginLeft: "4px" },
});

/** "Mer ▾": opens the menu of the tabs that do not fit; absent while every tab fits. */
function MoreTabs({ onOpen }: { onOpen: (view: ViewKey) => void }) {
  const { t } = useTexts();
  const styles = useStyles();
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  const [open, setOpen] = useState(false);
  // The popup's code loads with the first opening and then stays.
  const [wanted, setWanted] = useState(false);
  const show = (next: boolean) => {
    setWanted(true);
    setOpen(next);
  };
  // Whether the menu was open when the pointer went down on the button: a click there closes the menu through
  // the menu's own outside-click handling before the button's click, which must then not open it again.
  const openAtPress = useRef(false);
  const toggle = (event: MouseEvent) => show(event.detail === 0 ? !open : !openAtPress.current);
  const close = () => {
    setOpen(false);
    ref.current?.focus();
  };
  const openFromKeyboard = (event: KeyboardEvent) => {
    if (event.key !== "ArrowDown") return;
    event.preventDefault();
    show(true);
  };
  if (!isOverflowing) return null;
  return (
    <>
      {/* Named by its visible word alone (WCAG 2.5.3); the arrow is decoration. */}
      <Button
        ref={ref}
        appearance="transparent"
        size="small"
        className={styles.more}
        aria-haspopup="menu"
        aria-expanded={open}
        onMouseDown={() => (openAtPress.current = open)}
        onClick={toggle}
        onKeyDown={openFromKeyboard}
      >
        {t("app.moreTabs")} <span aria-hidden="true" className={styles.arrow}>▾</span>
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <MoreTabsMenu
            open={open}
            target={ref.current}
            onClose={close}
            onOpen={(view) => {
              close();
              onOpen(view);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

/**
 * Which tabs stay on the line when not all fit (higher stays longer): the guide (the current step), then the
 * tools used all through a contract (Validera every reporting period, the follow-up workbook, the calculator,
 * Matchning), then those used once or rarely. The open tab outranks them all, so it never moves to the menu.
 */
const PRIORITY: Readonly<Record<ViewKey, number>> = {
  guide: 8,
  validate: 7,
  template: 6,
  calculator: 5,
  matching: 4,
  exante: 3,
  portfolio: 2,
  parameters: 1,
};

function priorityOf(view: ViewKey, active: ViewKey): number {
  return view === active ? VIEW_ORDER.length + 1 : PRIORITY[view];
}

export function PaneTabs({ active, onOpen }: { active: ViewKey; onOpen: (view: ViewKey) => void }) {
  const { t } = useTexts();
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1}>
      {/* The menu button sits beside the tab list, not in it: a tablist may only hold tabs (ARIA). */}
      <div className={styles.line}>
        <TabList selectedValue={active} onTabSelect={(_, data) => onOpen(data.value as ViewKey)} size="small" className={styles.tabs}>
          {VIEW_ORDER.map((view) => (
            <OverflowItem key={view} id={view} priority={priorityOf(view, active)}>
              <Tab value={view} id={`tab-${view}`} aria-controls={`panel-${view}`}>
                {t(TAB_TITLE[view])}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreTabs onOpen={onOpen} />
      </div>
    </Overflow>
  );
}
