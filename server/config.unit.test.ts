import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(path.resolve("./data"));
    expect(config.databaseUrl).toBeNull();
    expect(config.demoPassword).toBe("Diplomatie-Demo-2026!");
    expect(config.sessionIdleSeconds).toBe(30 * 60);
  });

  it("reads PostgreSQL from DATABASE_URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@h:5432/d" }).databaseUrl).toBe(
      "postgres://u@h:5432/d",
    );
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://localhost/db"],
    ["DEMO_PASSWORD", "short"],
    ["LOG_LEVEL", "loud"],
    ["COOKIE_SECURE", "yes please"],
  ])("stops on a bad %s with a message naming it", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
