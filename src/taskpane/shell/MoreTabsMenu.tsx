/**
 * The "Mer ▾" menu's popup: the tabs that did not fit on the line. Its own chunk, loaded on the first click:
 * Fluent's Menu and its positioning are a tenth of the pane's first-load JavaScript, and most sessions never
 * open the menu. The button stays in PaneTabs.tsx (Overflow measures it); this places the menu under it.
 */
import { useEffect, useRef } from "react";
import { Menu, MenuItem, MenuList, MenuPopover, useIsOverflowItemVisible } from "@fluentui/react-components";
import { useTexts } from "./i18n";
import { TAB_TITLE, VIEW_ORDER, type ViewKey } from "./tabs";

/** A tab that did not fit, as an item of the menu; nothing while the tab itself is on the line. */
function OverflowTabItem({ view, onOpen }: { view: ViewKey; onOpen: (view: ViewKey) => void }) {
  const { t } = useTexts();
  const visible = useIsOverflowItemVisible(view);
  if (visible) return null;
  return <MenuItem onClick={() => onOpen(view)}>{t(TAB_TITLE[view])}</MenuItem>;
}

export interface MoreTabsMenuProps {
  readonly open: boolean;
  /** The "Mer ▾" button: the menu opens under it. */
  readonly target: HTMLElement | null;
  readonly onOpen: (view: ViewKey) => void;
  /** The menu closed (Escape, a click outside it, or an item chosen). */
  readonly onClose: () => void;
}

export function MoreTabsMenu({ open, target, onOpen, onClose }: MoreTabsMenuProps) {
  const list = useRef<HTMLDivElement>(null);
  // Opened from a button that is not a MenuTrigger: the first item takes the focus, as a menu's would.
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => list.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
  return (
    <Menu open={open} onOpenChange={(_, data) => !data.open && onClose()} positioning={{ target, position: "below", align: "end" }}>
      <MenuPopover>
        <MenuList ref={list}>
          {VIEW_ORDER.map((view) => (
            <OverflowTabItem key={view} view={view} onOpen={onOpen} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
