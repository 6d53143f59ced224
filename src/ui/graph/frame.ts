// Framing a drawing from its positions, before (or without) measuring its elements.
import type { Core } from './cytoscapeSetup.ts';

/** A position to frame, with how far what is drawn there reaches (model units): sideways, up and down (a label below). */
export interface FramedPoint {
  x: number;
  y: number;
  across?: number;
  above?: number;
  below?: number;
}

/**
 * Zoom and pan that show every position with `padding` pixels around, zoomed in at most to `maxZoom` (what `fit` does,
 * without measuring elements: a fit over thousands of labelled elements measured each of them, in one task).
 */
export function frameFromPositions(cy: Core, points: readonly FramedPoint[], padding: number, maxZoom: number): void {
  if (points.length === 0) return;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const point of points) {
    const across = point.across ?? 0;
    minX = Math.min(minX, point.x - across);
    minY = Math.min(minY, point.y - (point.above ?? 0));
    maxX = Math.max(maxX, point.x + across);
    maxY = Math.max(maxY, point.y + (point.below ?? 0));
  }
  const width = Math.max(1, cy.width() - 2 * padding);
  const height = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(maxZoom, width / Math.max(1, maxX - minX), height / Math.max(1, maxY - minY));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (minX + maxX) / 2, y: cy.height() / 2 - zoom * (minY + maxY) / 2 } });
}

/** A drawing kept framed while its container changes size; `framed()` after each framing the drawing does itself. */
export interface FrameKeeper {
  /** The drawing was just framed: a later resize frames it again until the reader pans or zooms. */
  framed(): void;
  dispose(): void;
}

/**
 * Frames the drawing again (`reframe`) when its container changes size, unless the reader has panned or zoomed since
 * it was last framed. NOTE: the panes below a drawing settle after it is framed (the activity chart appears once its
 * rows are counted): the canvas shrank under a framed drawing and cut off its lower circles.
 */
export function keepFramed(cy: Core, element: HTMLElement, reframe: () => void): FrameKeeper {
  let moved = false;
  const onMove = () => { moved = true; };
  cy.on('dragpan pinchzoom scrollzoom', onMove);
  let size = `${element.clientWidth}x${element.clientHeight}`;
  const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => {
    const now = `${element.clientWidth}x${element.clientHeight}`;
    if (now === size || cy.destroyed()) return;
    size = now;
    cy.resize();
    if (!moved && cy.nodes().length > 0) reframe();
  });
  observer?.observe(element);
  return {
    framed: () => { moved = false; },
    dispose: () => {
      observer?.disconnect();
      if (!cy.destroyed()) cy.off('dragpan pinchzoom scrollzoom', onMove);
    },
  };
}
