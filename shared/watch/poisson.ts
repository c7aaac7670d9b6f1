// The Poisson upper tail P(X ≥ k) for X ~ Poisson(λ), computed exactly (to double precision) and stably.
//
// Method: for k > λ the terms p(j) = e^−λ λ^j / j! fall from j = k on, so the tail is p(k) · Σ r_j with
// r_k = 1 and r_{j+1} = r_j · λ / (j + 1): the sum is of numbers ≤ 1 and converges geometrically, and p(k)
// is kept as a logarithm (−λ + k ln λ − ln Γ(k + 1), Lanczos ln Γ), so a tail of 1e−376 (λ = 1, k = 200) is
// returned as its logarithm instead of underflowing to 0. For k ≤ λ the tail is not small (≥ ~0.3), and it is
// 1 − P(X ≤ k − 1), whose terms fall from j = k − 1 down to 0 and are summed the same way. No factorial or
// power is ever formed, so nothing overflows for large k or λ.

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x ≥ 0.5 (relative error ~1e−15). */
export function logGamma(x: number): number {
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln p(j) = ln P(X = j). */
function logTerm(lambda: number, j: number): number {
  return -lambda + j * Math.log(lambda) - logGamma(j + 1);
}

const RELATIVE_EPSILON = 1e-17;

/** ln P(X ≥ k | λ): defined for λ > 0 and whole k ≥ 0. */
export function poissonLogUpperTail(k: number, lambda: number): number {
  if (!(lambda > 0) || !Number.isFinite(lambda) || !Number.isInteger(k) || k < 0)
    throw new RangeError(`poisson tail needs λ > 0 and whole k ≥ 0: λ=${lambda}, k=${k}`);
  if (k === 0) return 0;
  if (k > lambda) {
    let ratio = 1;
    let sum = 1;
    for (let j = k + 1; ratio > sum * RELATIVE_EPSILON; j += 1) {
      ratio *= lambda / j;
      sum += ratio;
    }
    return logTerm(lambda, k) + Math.log(sum);
  }
  let ratio = 1;
  let sum = 1;
  for (let j = k - 1; j > 0 && ratio > sum * RELATIVE_EPSILON; j -= 1) {
    ratio *= j / lambda;
    sum += ratio;
  }
  const lower = Math.exp(logTerm(lambda, k - 1) + Math.log(sum));
  return Math.log1p(-Math.min(lower, 1));
}

/** P(X ≥ k | λ); 0 where the tail is below the smallest double (use the logarithm to compare those). */
export function poissonUpperTail(k: number, lambda: number): number {
  return Math.exp(poissonLogUpperTail(k, lambda));
}
