import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/** Starts the real entry point and collects what it says when it refuses to start. */
async function start(env: Record<string, string>) {
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: { ...process.env, LOG_LEVEL: "silent", PORT: "0", ...env },
      timeout: 15_000,
    });
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

// Each case starts the server in a child process: slow on a loaded machine.
describe("start-up refuses to run on a bad environment, and says why", { timeout: 30_000 }, () => {
  it("names a malformed variable", async () => {
    const result = await start({ PORT: "http" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Invalid configuration");
    expect(result.stderr).toContain("PORT");
  });

  it("explains a SQLite database that cannot be opened", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "blocked-")), "not-a-dir");
    fs.writeFileSync(file, "a file where the data directory should be");
    const result = await start({ DATA_DIR: file });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Cannot open the SQLite database");
    expect(result.stderr).not.toContain("    at ");
  });

  it("explains a PostgreSQL server that cannot be reached", async () => {
    const result = await start({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Cannot connect to PostgreSQL at 127.0.0.1:1/none");
  });
});
