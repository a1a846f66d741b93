/**
 * While `active` (a result is shown), listens for user edits in Excel through one of the services' edit
 * watchers and calls `onEdit`, so a view can say what it shows is out of date. Stops listening when inactive
 * or unmounted. Without the watcher, or when subscribing fails, nothing is marked: the view's "read at" time
 * still says when its result was made.
 */
import { useEffect, useRef } from "react";
import type { TaskpaneServices } from "../services/types";

type Watcher = "watchEdits" | "watchMatchingEdits";

export function useEditWatch(services: TaskpaneServices, watcher: Watcher, active: boolean, onEdit: () => void): void {
  const latestOnEdit = useRef(onEdit);
  latestOnEdit.current = onEdit;
  useEffect(() => {
    if (!active || !services[watcher]) return;
    let stop: (() => Promise<void>) | null = null;
    let unmounted = false;
    services[watcher](() => latestOnEdit.current()).then(
      (stopper) => {
        if (unmounted) void stopper();
        else stop = stopper;
      },
      () => undefined,
    );
    return () => {
      unmounted = true;
      if (stop) void stop();
    };
  }, [active, services, watcher]);
}
