import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { build } from "../app.js";
import { type Config, loadConfig } from "../config.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

/** The configuration tests run with: defaults, silent logs, no web app. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "1000000" }),
    appDir: null,
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** The app's DATA_DIR (blobs live under it), removed on close. */
  dataDir: string;
  close(): Promise<void>;
}

/** The real application over a database and a data directory (blobs) of its own. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "diplomatie-test-"));
  // app.close() closes the database through its onClose hook; destroy() then drops it.
  const app = await build({ config: testConfig({ dataDir, ...overrides }), database });
  return {
    app,
    database,
    dataDir,
    close: async () => {
      await app.close();
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Sends a request as the holder of a session cookie (or anonymously with null). */
export function requestAs(
  app: FastifyInstance,
  cookie: string | null,
  options: InjectOptions,
): Promise<LightMyRequestResponse> {
  return app.inject({
    ...options,
    headers: { ...(options.headers ?? {}), ...(cookie ? { cookie } : {}) },
  });
}
