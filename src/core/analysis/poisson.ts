// Poisson tail probabilities, for asking whether a tie is stronger than chance would make it.

/**
 * P(X ≥ observed) for X ~ Poisson(expected), extended to real `observed` through the regularised
 * lower incomplete gamma function: P(X ≥ k) = P(k, λ) for whole k (Abramowitz & Stegun 6.5.2, 26.4.21).
 * Returns 1 when nothing was observed, 0 when something was observed against an expectation of 0.
 *
 * NOTE: written here because no installed library has it (graphology-metrics has no statistics);
 * series and continued fraction as in Numerical Recipes §6.2, accurate to ~1e-12.
 */
export function poissonUpperTail(observed: number, expected: number): number {
  if (!(observed > 0)) return 1;
  if (!(expected > 0)) return 0;
  return regularizedLowerGamma(observed, expected);
}

function regularizedLowerGamma(a: number, x: number): number {
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    // Series: γ(a, x) = e^{-x} x^a Σ x^n / (a (a+1) … (a+n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-14) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Continued fraction for Γ(a, x) (modified Lentz), then P = 1 − Q.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-14) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

/** ln Γ(z) for z > 0 (Lanczos, g = 7, n = 9). */
function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  const w = z - 1;
  let sum = c[0] as number;
  for (let i = 1; i < 9; i++) sum += (c[i] as number) / (w + i);
  const t = w + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (w + 0.5) * Math.log(t) - t + Math.log(sum);
}
