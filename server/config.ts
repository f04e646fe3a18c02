import path from "node:path";
import { z } from "zod";

const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Every setting the server reads from the environment, with its default. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("localhost"),
  DATA_DIR: z.string().min(1).default("./data"),
  SQLITE_READERS: z.coerce.number().int().min(0).max(8).default(0),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: "must start with postgres:// or postgresql://" })
    .optional(),
  DEMO_PASSWORD: z
    .string()
    .min(12, { message: "must be at least 12 characters" })
    .default("Diplomatie-Demo-2026!"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  COOKIE_SECURE: booleanFlag.default(false),
  TRUST_PROXY: booleanFlag.default(false),
  SEED_DEMO: booleanFlag.default(true),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(1200),
  APP_DIR: z.string().min(1).default("./dist/app"),
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(1024).default(25),
  NOTIFICATION_STREAM_TICK_MS: z.coerce.number().int().min(20).max(60_000).default(250),
  NOTIFICATION_STREAM_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  NOTIFICATION_STREAM_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  DEADLINE_ALERT_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(6),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
  MAIL_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, {
      message: "must be a lower-case domain name",
    })
    .default("correspondance.diplomatie.fr"),
  // mail gateway — inbound
  SMTP_INBOUND_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SMTP_INBOUND_HOST: z.string().min(1).default("localhost"),
  SMTP_INBOUND_TLS_KEY_FILE: z.string().min(1).optional(),
  SMTP_INBOUND_TLS_CERT_FILE: z.string().min(1).optional(),
  SMTP_INBOUND_MAX_MB: z.coerce.number().int().min(1).max(1024).default(25),
  SMTP_INBOUND_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { message: "must start with smtp:// or smtps://" })
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).optional(),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_ACR_VALUES: z.string().min(1).optional(),
  OIDC_MFA_ACR_VALUES: z.string().optional(),
  OIDC_POST_LOGOUT_REDIRECT_URI: z.url({ protocol: /^https?$/ }).optional(),
});

const OIDC_REQUIRED = [
  "OIDC_ISSUER",
  "OIDC_CLIENT_ID",
  "OIDC_CLIENT_SECRET",
  "OIDC_REDIRECT_URI",
] as const;
const listOf = (value: string | undefined) =>
  (value ?? "")
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL connection string; SQLite under dataDir when absent. */
  databaseUrl: string | null;
  /** SQLite: read-only connections in worker threads beside the writer (db/sqlite-readers.ts). */
  sqliteReaders: number;
  demoPassword: string;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  /** Largest attachment accepted, in bytes. */
  attachmentMaxBytes: number;
  /** Requests per minute per client address (behind a proxy, set TRUST_PROXY). */
  rateLimitPerMinute: number;
  /** Where the built web app lives (dist/app); null serves no front end. */
  appDir: string | null;
  /** How often the live stream reads new notifications, in milliseconds. */
  notificationStreamTickMs: number;
  notificationStreamHeartbeatSeconds: number;
  /** A stream is closed after this long, so the reconnection authenticates again. */
  notificationStreamMaxSeconds: number;
  /** How often passed action deadlines are looked for. */
  deadlineAlertIntervalSeconds: number;
  /** The hour (UTC) digests are queued: daily ones every day, weekly ones on Mondays. */
  digestHourUtc: number;
  /** The portal's address as users reach it (links in mails, feeds and public pages), no trailing slash. */
  publicUrl: string;
  /** The domain of the portal's functional mail addresses (dae@…, washington@…). */
  mailDomain: string;
  /** The relay outgoing mail goes through (smtp:// or smtps://); null: mail stays queued. */
  smtpUrl: string | null;
  /** The From of the portal's mail, e.g. "Diplomatie <ne-pas-repondre@correspondance.diplomatie.fr>". */
  mailFrom: string;
  /** OpenID Connect sign-in (ProConnect); null when not configured. */
  oidc: OidcConfig | null;
  /** The built-in SMTP receiver (mail gateway, inbound); null when SMTP_INBOUND_PORT is unset. */
  smtpInbound: SmtpInboundConfig | null;
}

export interface SmtpInboundConfig {
  port: number;
  host: string;
  /** PEM files: STARTTLS is offered when both are set. */
  tlsKeyFile: string | null;
  tlsCertFile: string | null;
  /** Largest message accepted, in bytes. */
  maxBytes: number;
  /** Messages per sender address per minute before a temporary refusal. */
  perSenderPerMinute: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Requested as `acr_values`; an ID token whose `acr` is not one of them is refused. */
  acrValues: string[];
  /** Those of `acrValues` that assert multi-factor authentication (DR without a TOTP step-up). */
  mfaAcrValues: string[];
  /** Where the provider sends the browser back after logout. */
  postLogoutRedirectUri: string | null;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment; a bad value throws an error naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const oidcSet = OIDC_REQUIRED.filter((name) => e[name] !== undefined);
  if (oidcSet.length > 0 && oidcSet.length < OIDC_REQUIRED.length) {
    const missing = OIDC_REQUIRED.filter((name) => e[name] === undefined);
    throw new ConfigError(
      `Invalid configuration:\n  ${missing.join(", ")}: required with ${oidcSet.join(", ")} (OpenID Connect is all or nothing)`,
    );
  }
  const acrValues = listOf(e.OIDC_ACR_VALUES);
  const mfaAcrValues = listOf(e.OIDC_MFA_ACR_VALUES);
  const stray = mfaAcrValues.filter((v) => !acrValues.includes(v));
  if (stray.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  OIDC_MFA_ACR_VALUES: ${stray.join(", ")} not in OIDC_ACR_VALUES`,
    );
  }
  const oidc: OidcConfig | null =
    e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET && e.OIDC_REDIRECT_URI
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID,
          clientSecret: e.OIDC_CLIENT_SECRET,
          redirectUri: e.OIDC_REDIRECT_URI,
          acrValues: acrValues.length > 0 ? acrValues : ["eidas1"],
          mfaAcrValues,
          postLogoutRedirectUri: e.OIDC_POST_LOGOUT_REDIRECT_URI ?? null,
        }
      : null;
  if (
    (e.SMTP_INBOUND_TLS_KEY_FILE === undefined) !==
    (e.SMTP_INBOUND_TLS_CERT_FILE === undefined)
  ) {
    throw new ConfigError(
      "Invalid configuration:\n  SMTP_INBOUND_TLS_KEY_FILE, SMTP_INBOUND_TLS_CERT_FILE: set both or neither",
    );
  }
  const smtpInbound: SmtpInboundConfig | null =
    e.SMTP_INBOUND_PORT === undefined
      ? null
      : {
          port: e.SMTP_INBOUND_PORT,
          host: e.SMTP_INBOUND_HOST,
          tlsKeyFile: e.SMTP_INBOUND_TLS_KEY_FILE ?? null,
          tlsCertFile: e.SMTP_INBOUND_TLS_CERT_FILE ?? null,
          maxBytes: e.SMTP_INBOUND_MAX_MB * 1024 * 1024,
          perSenderPerMinute: e.SMTP_INBOUND_RATE_PER_MINUTE,
        };
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    sqliteReaders: e.SQLITE_READERS,
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
    sessionAbsoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    attachmentMaxBytes: e.ATTACHMENT_MAX_MB * 1024 * 1024,
    appDir: path.resolve(e.APP_DIR),
    notificationStreamTickMs: e.NOTIFICATION_STREAM_TICK_MS,
    notificationStreamHeartbeatSeconds: e.NOTIFICATION_STREAM_HEARTBEAT_SECONDS,
    notificationStreamMaxSeconds: e.NOTIFICATION_STREAM_MAX_SECONDS,
    deadlineAlertIntervalSeconds: e.DEADLINE_ALERT_INTERVAL_SECONDS,
    digestHourUtc: e.DIGEST_HOUR_UTC,
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ""),
    mailDomain: e.MAIL_DOMAIN,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM ?? `Diplomatie <ne-pas-repondre@${e.MAIL_DOMAIN}>`,
    oidc,
    smtpInbound,
  };
}
