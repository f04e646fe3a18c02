import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import axe from "axe-core";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { type Browser, chromium, type Page } from "playwright-core";
import { build } from "../server/app.js";
import { stepAt, TOTP_PERIOD_SECONDS, totpCode } from "../server/auth/totp.js";
import { type Config, loadConfig } from "../server/config.js";
import type { DB } from "../server/db/schema.js";
import { DEMO_TOTP_SECRET, seedDemo } from "../server/seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../server/testing/test-database.js";

/*
 * What browser journeys need: the built web app, a portal serving it over a fresh demo
 * database, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const APP_DIR = path.join(ROOT, "dist", "app");
export const DEMO_PASSWORD = "Diplomatie-Demo-2026!";
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether Chromium is installed; in CI its absence fails the run instead of skipping. */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === "true") {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  }
  console.warn(`Browser tests skipped: install Chromium (apt-get install -y chromium).`);
  return false;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.parentPath.includes(`${path.sep}public${path.sep}dsfr`)) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the web app unless dist/app is newer than every source it comes from. */
export function ensureWebAppBuilt(): void {
  const index = path.join(APP_DIR, "index.html");
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(
    newestMtime(path.join(ROOT, "app")),
    newestMtime(path.join(ROOT, "shared")),
  );
  if (builtAt > sourcesAt) return;
  execFileSync("npm", ["run", "build:app"], { cwd: ROOT, stdio: "inherit" });
}

export interface Portal {
  url: string;
  /** The portal's database and data directory, for tests that start a companion (SMTP receiver). */
  database: TestDatabase;
  dataDir: string;
  /** The portal's database, for journeys that prepare state no screen makes (records filed). */
  db: Kysely<DB>;
  stop(): Promise<void>;
}

/**
 * Serves the built app over a fresh demo database on a free local port: SQLite, or a freshly
 * created PostgreSQL database when the test runs in the "e2e-postgres" project.
 */
export async function startPortal(
  /** Settings to add, given the portal's address (known before it starts). */
  overrides: (url: string) => Partial<Config> | Promise<Partial<Config>> = () => ({}),
): Promise<Portal> {
  ensureWebAppBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "diplomatie-e2e-"));
  const database = await createTestDatabase({
    sqliteFile: path.join(dataDir, "diplomatie.sqlite"),
  });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = {
    ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "warn", RATE_LIMIT_PER_MINUTE: "100000" }),
    appDir: APP_DIR,
    ...(await overrides(url)),
  };
  await seedDemo(database.db, DEMO_PASSWORD);
  const app: FastifyInstance = await build({ config, database });
  await app.listen({ port, host: "127.0.0.1" });
  return {
    url,
    database,
    dataDir,
    db: database.db,
    stop: async () => {
      await app.close();
      await database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A port free on loopback right now (the portal's address must be known before it starts). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Debian's Chromium, headless, with the flags a closed network and a root user need. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the current page and returns the serious and
 * critical violations. The script is evaluated through the DevTools protocol, so the page's
 * own Content-Security-Policy stays on.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The last time step whose code each persona used: a TOTP code is accepted once. */
const lastStepUsed = new Map<string, number>();

/**
 * A fresh code of the demo authenticator for this persona. The server accepts one step either
 * side of now, each once; the current step and the next one are used, never the previous one,
 * whose code a loaded machine can carry past the window before the server reads it. When both
 * are spent, the next step is waited for.
 */
export async function nextDemoTotpCode(email: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const last = lastStepUsed.get(email) ?? -1;
    const step = [0, 1].map((d) => stepAt(now) + d).find((s) => s > last);
    if (step !== undefined) {
      lastStepUsed.set(email, step);
      return totpCode(DEMO_TOTP_SECRET, step * TOTP_PERIOD_SECONDS * 1000);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Signs a demo persona in for the first time: the conditions of use are accepted once. DR
 * holders (enrolled with the demo authenticator) then confirm the session with a code, as DR
 * content needs, unless `factors: 1` is asked.
 */
export async function signInFirstTime(
  page: Page,
  portal: Portal,
  email: string,
  options: { factors?: 1 | 2 } = {},
): Promise<void> {
  await page.goto(portal.url);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("button", { name: "J'accepte la charte" }).click();
  await page.getByRole("heading", { level: 1, name: /^Bienvenue/ }).waitFor();
  if (options.factors === 1) return;
  const me = await page.evaluate(async () => (await fetch("/api/me")).json());
  if (!me.session.totpEnrolled) return;
  await page.goto(`${portal.url}/profil/securite`);
  await page.getByRole("heading", { level: 1, name: "Sécurité du compte" }).waitFor();
  await page.getByLabel("Code à six chiffres").fill(await nextDemoTotpCode(email));
  await page.getByRole("button", { name: "Valider", exact: true }).click();
  await page.getByText("Session renforcée").waitFor();
  await page.goto(portal.url);
  await page.getByRole("heading", { level: 1, name: /^Bienvenue/ }).waitFor();
}

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Calls the JSON API from a signed-in page (same origin, its session cookie). */
export function callApi(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, url, body },
  );
}
