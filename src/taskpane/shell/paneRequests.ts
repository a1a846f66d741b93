/**
 * Requests for the task pane from outside React: a ribbon button (run in the shared runtime, the same
 * window as the pane) asks for a tab and possibly an action, the pane's shell shows that tab and the view
 * runs the action. The latest request is kept, so a click before the pane has rendered is not lost.
 */
import type { ViewKey } from "./tabs";

/** What a view can be asked to start on its own: the buttons it has, nothing more. */
export type PaneAction = "validate" | "supplierVersion";

export interface PaneRequest {
  readonly view: ViewKey;
  readonly action: PaneAction | null;
  /** Increases with every request, so the same button clicked twice runs twice. */
  readonly id: number;
}

export interface PaneRequests {
  request(view: ViewKey, action: PaneAction | null): PaneRequest;
  latest(): PaneRequest | null;
  /** Calls `listener` on every later request; returns the unsubscribe function. */
  subscribe(listener: (request: PaneRequest) => void): () => void;
}

export function createPaneRequests(): PaneRequests {
  let latest: PaneRequest | null = null;
  const listeners = new Set<(request: PaneRequest) => void>();
  return {
    request(view, action) {
      latest = { view, action, id: (latest?.id ?? 0) + 1 };
      const current = latest;
      for (const listener of listeners) listener(current);
      return current;
    },
    latest: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
