import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";

/** The Big List of Naughty Strings, from the fixtures beside the repository (../shared/fixtures). */
export const NAUGHTY_STRINGS: string[] = JSON.parse(
  readFileSync(new URL("../../../shared/fixtures/hostile/blns.json", import.meta.url), "utf8"),
);

/** Sending ~500 strings with a write and a read-back each takes a while on PostgreSQL. */
export const NAUGHTY_TIMEOUT_MS = 120_000;

export interface NaughtyRun {
  accepted: number;
  refused: number;
  problems: string[];
}

/**
 * Sends every naughty string, one request each. An answer must be 2xx with the value read back
 * unchanged, or 400 invalid_input with nothing written (same fingerprint before and after).
 */
export async function throwNaughtyStrings(
  send: (value: string, index: number) => Promise<LightMyRequestResponse>,
  readBack: (response: LightMyRequestResponse) => Promise<unknown>,
  fingerprint: () => Promise<unknown>,
): Promise<NaughtyRun> {
  const run: NaughtyRun = { accepted: 0, refused: 0, problems: [] };
  for (const [index, value] of NAUGHTY_STRINGS.entries()) {
    const label = JSON.stringify(value);
    const before = await fingerprint();
    const response = await send(value, index);
    if (response.statusCode >= 200 && response.statusCode < 300) {
      run.accepted += 1;
      const stored = await readBack(response);
      if (stored !== value) run.problems.push(`${label} read back as ${JSON.stringify(stored)}`);
    } else if (response.statusCode === 400 && response.json().error.code === "invalid_input") {
      run.refused += 1;
      if (!isDeepStrictEqual(await fingerprint(), before)) {
        run.problems.push(`${label} was refused but something was written`);
      }
    } else {
      run.problems.push(`${label} answered ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
  }
  return run;
}

/** Every string was handled cleanly, and the run exercised both acceptance and refusal. */
export function expectCleanRun(run: NaughtyRun): void {
  expect(run.problems).toEqual([]);
  expect(run.accepted + run.refused).toBe(NAUGHTY_STRINGS.length);
  expect(run.accepted).toBeGreaterThan(0);
  expect(run.refused).toBeGreaterThan(0);
}
