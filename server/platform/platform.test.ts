import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../app.js";
import { createTestApp, type TestApp, testConfig } from "../testing/test-app.js";
import { createTestDatabase } from "../testing/test-database.js";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // A route that fails the way a bug would, to see what a client is told.
  t.app.get(
    "/api/test/boom",
    { config: { access: "public" }, schema: { hide: true } },
    async () => {
      throw new Error("secret internal detail: password=hunter2 at /srv/db");
    },
  );
});
afterAll(() => t.close());

describe("operations", () => {
  it("reports process and database health", async () => {
    const response = await t.app.inject({ url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "ok",
      database: "ok",
      dialect: t.database.dialect,
    });
  });

  it("exposes Prometheus metrics with request durations by route pattern", async () => {
    await t.app.inject({ url: "/health" });
    const response = await t.app.inject({ url: "/metrics" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/plain");
    expect(response.body).toContain("# TYPE diplomatie_http_request_duration_seconds histogram");
    expect(response.body).toMatch(
      /diplomatie_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} \d+/,
    );
    expect(response.body).toContain("diplomatie_process_resident_memory_bytes");
  });

  it("publishes an OpenAPI 3 document where every operation has an operationId", async () => {
    const response = await t.app.inject({ url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const doc = response.json() as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    const ids = operations.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "login",
        "logout",
        "getMe",
        "searchPeople",
        "getUnit",
        "createUser",
        "grantClearance",
        "listJournal",
        "getHealth",
      ]),
    );
  });
});

describe("bad requests", () => {
  it("answers an unknown API path with a JSON 404", async () => {
    const response = await t.app.inject({ url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it("answers malformed JSON with 400 malformed_request", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"email": "a@b.fr", "password": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("malformed_request");
  });

  it("answers an oversized body with 413 before reading it all", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@b.fr", password: "x".repeat(300 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("answers an unsupported content type with 415", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "text/plain" },
      payload: "email=a@b.fr",
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe("unsupported_media_type");
  });

  it("hides internal details of an unexpected failure", async () => {
    const response = await t.app.inject({ url: "/api/test/boom" });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: "internal_error",
        message: "Une erreur interne est survenue. Elle a été enregistrée.",
      },
    });
    expect(response.body).not.toContain("hunter2");
  });

  it("sends security headers", async () => {
    const response = await t.app.inject({ url: "/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBeDefined();
  });
});

describe("rate limiting", () => {
  it("answers 429 too_many_requests past the per-address budget", async () => {
    const limited = await build({
      config: testConfig({ rateLimitPerMinute: 10 }),
      database: await createTestDatabase(),
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        statuses.push(
          (await limited.inject({ url: "/health", remoteAddress: "192.0.2.55" })).statusCode,
        );
      }
      expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
      const refused = await limited.inject({ url: "/health", remoteAddress: "192.0.2.55" });
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe("too_many_requests");
      const other = await limited.inject({ url: "/health", remoteAddress: "192.0.2.56" });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("the web app", () => {
  let dir: string;
  let app: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "webapp-"));
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Diplomatie</title>");
    fs.writeFileSync(path.join(dir, "assets", "index-abc123.js"), "console.log(1)");
    app = await build({
      config: testConfig({ appDir: dir }),
      database: await createTestDatabase(),
    });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("serves hashed assets as immutable and index.html as always revalidated", async () => {
    const asset = await app.inject({ url: "/assets/index-abc123.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const index = await app.inject({ url: "/index.html" });
    expect(index.headers["cache-control"]).toBe("no-cache");
  });

  it("answers client-side routes with the app, and unknown API paths with JSON", async () => {
    const page = await app.inject({ url: "/annuaire/personnes", headers: { accept: "text/html" } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<title>Diplomatie</title>");
    const api = await app.inject({ url: "/api/unknown" });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe("not_found");
  });
});
