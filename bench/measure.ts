/*
 * How every benchmark measures: a few warm-up calls, then BENCH_RUNS timed calls, printed as
 * p50 and p95; samples can be pooled under a name and printed together at the end of a section.
 */

export const RUNS = Number(process.env.BENCH_RUNS ?? 50);

export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const pooled = new Map<string, number[]>();

const line = (label: string, p50: number, p95: number, suffix = "") =>
  `${label.padEnd(64)} p50 ${p50.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms${suffix}`;

/** Runs `run` a few times to warm up, then RUNS times; prints and returns p50 and p95. */
export async function measure(
  label: string,
  run: (i: number) => Promise<unknown>,
  pool?: string,
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i += 1) await run(i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  if (pool) pooled.set(pool, [...(pooled.get(pool) ?? []), ...times]);
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  console.log(line(label, p50, p95));
  return { p50, p95 };
}

/** Prints the samples pooled under `pool`; returns their p50 and p95. */
export function printPool(label: string, pool: string): { p50: number; p95: number } {
  const times = [...(pooled.get(pool) ?? [])].sort((a, b) => a - b);
  const p50 = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  console.log(line(label, p50, p95, `   (${times.length} calls)`));
  return { p50, p95 };
}
