// Framing a drawing from its positions, before (or without) measuring its elements.
import type { Core } from './cytoscapeSetup.ts';

/**
 * Zoom and pan that show every position with `padding` pixels around, zoomed in at most to `maxZoom` (what `fit` does,
 * without measuring elements: a fit over thousands of labelled elements measured each of them, in one task).
 */
export function frameFromPositions(cy: Core, points: readonly { x: number; y: number }[], padding: number, maxZoom: number): void {
  if (points.length === 0) return;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const point of points) {
    minX = Math.min(minX, point.x);
    minY = Math.min(minY, point.y);
    maxX = Math.max(maxX, point.x);
    maxY = Math.max(maxY, point.y);
  }
  const width = Math.max(1, cy.width() - 2 * padding);
  const height = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(maxZoom, width / Math.max(1, maxX - minX), height / Math.max(1, maxY - minY));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (minX + maxX) / 2, y: cy.height() / 2 - zoom * (minY + maxY) / 2 } });
}
