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

describe("OpenID Connect configuration", () => {
  const full = {
    OIDC_ISSUER: "https://auth.agentconnect.gouv.fr/api/v2",
    OIDC_CLIENT_ID: "client",
    OIDC_CLIENT_SECRET: "secret",
    OIDC_REDIRECT_URI: "https://diplomatie.example/api/auth/oidc/callback",
  };

  it("is off by default, and idle 30 min / absolute 12 h for sessions", () => {
    const config = loadConfig({});
    expect(config.oidc).toBeNull();
    expect(config.sessionAbsoluteSeconds).toBe(12 * 3600);
  });

  it("is on with the four settings, acr lists split on commas or spaces", () => {
    const config = loadConfig({
      ...full,
      OIDC_ACR_VALUES: "eidas1, eidas2 eidas3",
      OIDC_MFA_ACR_VALUES: "eidas2,eidas3",
    });
    expect(config.oidc).toMatchObject({
      issuer: full.OIDC_ISSUER,
      acrValues: ["eidas1", "eidas2", "eidas3"],
      mfaAcrValues: ["eidas2", "eidas3"],
    });
  });

  it("is all or nothing, and MFA acr values must be allowed ones", () => {
    const { OIDC_CLIENT_SECRET: _left, ...partial } = full;
    expect(() => loadConfig(partial)).toThrow(/OIDC_CLIENT_SECRET: required/);
    expect(() =>
      loadConfig({ ...full, OIDC_ACR_VALUES: "eidas1", OIDC_MFA_ACR_VALUES: "eidas2" }),
    ).toThrow(/OIDC_MFA_ACR_VALUES/);
    expect(() => loadConfig({ ...full, OIDC_ISSUER: "ftp://idp" })).toThrow(/OIDC_ISSUER:/);
  });
});

/* mail gateway — outbound */
describe("outgoing mail configuration", () => {
  it("leaves mail queued without SMTP_URL and sends from the mail domain by default", () => {
    const config = loadConfig({ MAIL_DOMAIN: "courrier.example.gouv.fr" });
    expect(config.smtpUrl).toBeNull();
    expect(config.mailFrom).toBe("Diplomatie <ne-pas-repondre@courrier.example.gouv.fr>");
  });

  it("takes an smtp:// or smtps:// relay and a From, and names a bad relay", () => {
    const config = loadConfig({
      SMTP_URL: "smtps://portail:secret@relais.interne:465",
      MAIL_FROM: "Portail <portail@example.gouv.fr>",
    });
    expect(config.smtpUrl).toBe("smtps://portail:secret@relais.interne:465");
    expect(config.mailFrom).toBe("Portail <portail@example.gouv.fr>");
    expect(() => loadConfig({ SMTP_URL: "http://relais" })).toThrow(/SMTP_URL:/);
  });
});
