// The layout worker: positions for big drawings, so the page never freezes while a graph settles.

import { computeLayout, type LayoutInput, type Positions } from '../core/graph/layout.ts';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutResponse = { id: number; positions: Positions } | { id: number; error: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(message: LayoutResponse): void };

scope.onmessage = (event) => {
  try {
    scope.postMessage({ id: event.data.id, positions: computeLayout(event.data.input) });
  } catch (error) {
    scope.postMessage({ id: event.data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
