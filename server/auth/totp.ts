import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/*
 * TOTP (RFC 6238) as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. A code is
 * accepted one step either side of now (clock drift) and only for a step later than the last one
 * used, so a code cannot be replayed.
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_WINDOW = 1;
const ISSUER = "Diplomatie";

function totpOf(secretBase32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret, base32 (what authenticator apps take). */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The time step a Unix instant (ms) falls in. */
export const stepAt = (timestampMs: number) => Math.floor(timestampMs / 1000 / TOTP_PERIOD_SECONDS);

/** The code of the step containing `timestampMs`. */
export function totpCode(secretBase32: string, timestampMs: number = Date.now()): string {
  return totpOf(secretBase32).generate({ timestamp: timestampMs });
}

/**
 * The step a code matches within the window, if it is later than `lastUsedStep`; null otherwise.
 * The caller stores the returned step as the new last used one.
 */
export function matchTotp(
  secretBase32: string,
  code: string,
  lastUsedStep: number | null,
  timestampMs: number = Date.now(),
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secretBase32).validate({
    token: code,
    timestamp: timestampMs,
    window: TOTP_WINDOW,
  });
  if (delta === null) return null;
  const step = stepAt(timestampMs) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (secretBase32: string, account: string) =>
  totpOf(secretBase32, account).toString();

/** The QR code of the URI, as an SVG document (the library loads on first enrolment only). */
export async function totpQrSvg(uri: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/* ---------- recovery codes ---------- */

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/**
 * A recovery code: 16 characters from a 31-letter alphabet without look-alikes (about 79 bits),
 * shown in groups of four. Such entropy makes a plain SHA-256 a sound way to store it.
 */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

/** Case and separators do not matter when typing a recovery code back. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");

export const hashRecoveryCode = (code: string) =>
  createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}
