// Paths read left to right: each path on its own row, steps in columns, so a chain of links is a chain on screen.

import type { Positions } from '../graph/layout.ts';

/** Positions for up to a few shortest paths between the same two entities; shared steps keep their first place. */
export function pathPositions(paths: readonly (readonly string[])[], step = 170, row = 100): Positions {
  const positions: Positions = {};
  const offset = (paths.length - 1) / 2;
  paths.forEach((path, pathIndex) => {
    path.forEach((id, index) => {
      positions[id] ??= { x: index * step, y: (pathIndex - offset) * row };
    });
  });
  return positions;
}
