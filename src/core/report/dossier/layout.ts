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

// NOTE: 150 steps, not 300: the dossier draws up to 150 nodes per cluster for hundreds of clusters, and the
// pictures settle well before the old 300 (the cooling starts from the same temperature, twice as fast).
const ITERATIONS = 150;

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
  const k2 = 4 / count;
  const k = Math.sqrt(k2);
  const dx = new Float64Array(count);
  const dy = new Float64Array(count);
  const sources = Int32Array.from(edges, (edge) => edge.source);
  const targets = Int32Array.from(edges, (edge) => edge.target);
  // NOTE: the attraction's constant factors, once per edge rather than per edge and step.
  const pulls = Float64Array.from(edges, (edge) => (Math.min(edge.weight, 8) * 0.25) / k);
  for (let step = 0; step < ITERATIONS; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < count; i++) {
      const xi = xs[i] as number;
      const yi = ys[i] as number;
      let fx = 0;
      let fy = 0;
      for (let j = i + 1; j < count; j++) {
        const ddx = xi - (xs[j] as number);
        const ddy = yi - (ys[j] as number);
        const force = k2 / Math.max(ddx * ddx + ddy * ddy, 1e-9);
        fx += ddx * force;
        fy += ddy * force;
        dx[j] = (dx[j] as number) - ddx * force;
        dy[j] = (dy[j] as number) - ddy * force;
      }
      dx[i] = (dx[i] as number) + fx;
      dy[i] = (dy[i] as number) + fy;
    }
    for (let e = 0; e < sources.length; e++) {
      const s = sources[e] as number;
      const t = targets[e] as number;
      const ddx = (xs[s] as number) - (xs[t] as number);
      const ddy = (ys[s] as number) - (ys[t] as number);
      const force = Math.sqrt(ddx * ddx + ddy * ddy) * (pulls[e] as number);
      dx[s] = (dx[s] as number) - ddx * force;
      dy[s] = (dy[s] as number) - ddy * force;
      dx[t] = (dx[t] as number) + ddx * force;
      dy[t] = (dy[t] as number) + ddy * force;
    }
    const temperature = 0.1 * (1 - step / ITERATIONS) + 0.002;
    for (let i = 0; i < count; i++) {
      // Gravity keeps disconnected pieces on the page.
      const gx = (dx[i] as number) - (xs[i] as number) * 0.05;
      const gy = (dy[i] as number) - (ys[i] as number) * 0.05;
      const length = Math.sqrt(gx * gx + gy * gy);
      if (length === 0) continue;
      const move = Math.min(length, temperature);
      xs[i] = (xs[i] as number) + (gx / length) * move;
      ys[i] = (ys[i] as number) + (gy / length) * move;
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
