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
  close(): Promise<void>;
}

/** The real application over a database of its own. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // app.close() closes the database through its onClose hook; destroy() then drops it.
  const app = await build({ config: testConfig(overrides), database });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.destroy();
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
