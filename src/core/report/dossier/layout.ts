// A deterministic layout for the dossier's cluster pictures: same cluster, same picture, no randomness.

export interface LayoutEdge {
  source: number;
  target: number;
  weight: number;
}

export interface Point {
  x: number;
  y: number;
}

const ITERATIONS = 300;

/**
 * Fruchterman–Reingold from a circle in the order given, a fixed number of steps with linear cooling,
 * then scaled into a `size` × `size` box with a margin. O(n²) a step: meant for the ≤150 nodes drawn.
 */
export function forceLayout(count: number, edges: readonly LayoutEdge[], size: number, margin: number): Point[] {
  if (count === 0) return [];
  if (count === 1) return [{ x: size / 2, y: size / 2 }];
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    // NOTE: a circle, slightly spiralled so two nodes never start on the same ray.
    const angle = (2 * Math.PI * i) / count;
    const radius = 1 + (i % 7) * 0.02;
    xs[i] = Math.cos(angle) * radius;
    ys[i] = Math.sin(angle) * radius;
  }
  const k = Math.sqrt(4 / count);
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  for (let step = 0; step < ITERATIONS; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        const ddx = (xs[i] ?? 0) - (xs[j] ?? 0);
        const ddy = (ys[i] ?? 0) - (ys[j] ?? 0);
        const dist2 = Math.max(ddx * ddx + ddy * ddy, 1e-9);
        const force = (k * k) / dist2;
        dx[i] = (dx[i] ?? 0) + ddx * force;
        dy[i] = (dy[i] ?? 0) + ddy * force;
        dx[j] = (dx[j] ?? 0) - ddx * force;
        dy[j] = (dy[j] ?? 0) - ddy * force;
      }
    }
    for (const edge of edges) {
      const ddx = (xs[edge.source] ?? 0) - (xs[edge.target] ?? 0);
      const ddy = (ys[edge.source] ?? 0) - (ys[edge.target] ?? 0);
      const dist = Math.sqrt(ddx * ddx + ddy * ddy);
      const force = (dist / k) * Math.min(edge.weight, 8) * 0.25;
      dx[edge.source] = (dx[edge.source] ?? 0) - ddx * force;
      dy[edge.source] = (dy[edge.source] ?? 0) - ddy * force;
      dx[edge.target] = (dx[edge.target] ?? 0) + ddx * force;
      dy[edge.target] = (dy[edge.target] ?? 0) + ddy * force;
    }
    const temperature = 0.1 * (1 - step / ITERATIONS) + 0.002;
    for (let i = 0; i < count; i++) {
      // Gravity keeps disconnected pieces on the page.
      const gx = (dx[i] ?? 0) - (xs[i] ?? 0) * 0.05;
      const gy = (dy[i] ?? 0) - (ys[i] ?? 0) * 0.05;
      const length = Math.sqrt(gx * gx + gy * gy);
      if (length === 0) continue;
      const move = Math.min(length, temperature);
      xs[i] = (xs[i] ?? 0) + (gx / length) * move;
      ys[i] = (ys[i] ?? 0) + (gy / length) * move;
    }
  }
  return fit(xs, ys, size, margin);
}

function fit(xs: Float64Array, ys: Float64Array, size: number, margin: number): Point[] {
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const scale = (size - 2 * margin) / span;
  const offsetX = (size - (maxX - minX) * scale) / 2;
  const offsetY = (size - (maxY - minY) * scale) / 2;
  return Array.from(xs, (x, i) => ({
    x: Math.round((offsetX + (x - minX) * scale) * 10) / 10,
    y: Math.round((offsetY + ((ys[i] ?? 0) - minY) * scale) * 10) / 10,
  }));
}
