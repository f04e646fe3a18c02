import { readFileSync } from "node:fs";
import path from "node:path";
import { HOTP, Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import {
  hashRecoveryCode,
  matchTotp,
  newRecoveryCode,
  newTotpSecret,
  stepAt,
  totpCode,
  totpQrSvg,
  totpUri,
} from "./totp.js";

const VECTORS = path.resolve(
  import.meta.dirname,
  "../../../shared/fixtures/standards/rfc6238-appendix-b-totp-vectors.tsv",
);

const rows = readFileSync(VECTORS, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [time = "", stepHex = "", algorithm = "", seed = "", code = ""] = line.split("\t");
    return { time: Number(time), stepHex, algorithm, seed, code };
  });

describe("RFC 6238 appendix B", () => {
  it("reads every vector of the file (18: six instants by three algorithms)", () => {
    expect(rows).toHaveLength(18);
    expect(new Set(rows.map((r) => r.algorithm))).toEqual(new Set(["SHA1", "SHA256", "SHA512"]));
  });

  it.each(rows)("$algorithm at $time s gives $code", ({ time, stepHex, algorithm, seed, code }) => {
    const totp = new TOTP({
      algorithm,
      digits: 8,
      period: 30,
      secret: Secret.fromLatin1(seed),
    });
    expect(totp.generate({ timestamp: time * 1000 })).toBe(code);
    // The step the file lists is the counter HOTP runs on.
    expect(stepAt(time * 1000)).toBe(Number.parseInt(stepHex, 16));
    const hotp = new HOTP({ algorithm, digits: 8, secret: Secret.fromLatin1(seed) });
    expect(hotp.generate({ counter: Number.parseInt(stepHex, 16) })).toBe(code);
  });
});

describe("our TOTP", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 28, 12, 0, 15);

  it("accepts the current code and one step either side, not two", () => {
    expect(matchTotp(secret, totpCode(secret, now), null, now)).toBe(stepAt(now));
    expect(matchTotp(secret, totpCode(secret, now - 30_000), null, now)).toBe(stepAt(now) - 1);
    expect(matchTotp(secret, totpCode(secret, now + 30_000), null, now)).toBe(stepAt(now) + 1);
    expect(matchTotp(secret, totpCode(secret, now - 60_000), null, now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now + 60_000), null, now)).toBeNull();
  });

  it("refuses a code of a step already used, or earlier", () => {
    const code = totpCode(secret, now);
    expect(matchTotp(secret, code, stepAt(now), now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now - 30_000), stepAt(now), now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now + 30_000), stepAt(now), now)).toBe(
      stepAt(now) + 1,
    );
  });

  it("refuses what is not six digits", () => {
    for (const bad of ["", "12345", "1234567", "12a456", " 123456", "１２３４５６"]) {
      expect(matchTotp(secret, bad, null, now)).toBeNull();
    }
  });

  it("makes 160-bit base32 secrets and an otpauth URI with a QR code", async () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = totpUri(secret, "agent@diplomatie.gouv.fr");
    expect(uri).toContain("otpauth://totp/Diplomatie:agent%40diplomatie.gouv.fr");
    expect(uri).toContain(`secret=${secret}`);
    const svg = await totpQrSvg(uri);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it("makes distinct high-entropy recovery codes whose hash ignores case and dashes", () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    expect(new Set(codes).size).toBe(50);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const code = codes[0] ?? "";
    expect(hashRecoveryCode(code.toUpperCase().replaceAll("-", " "))).toBe(hashRecoveryCode(code));
  });
});
