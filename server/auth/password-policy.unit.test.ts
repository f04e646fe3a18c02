import { describe, expect, it } from "vitest";
import { checkNewPassword, passwordProblem } from "./password-policy.js";

describe("new passwords", () => {
  it("need 12 characters, counted as characters, not bytes", () => {
    expect(passwordProblem("Kx9#mPq2!vL")).toBe("too_short");
    expect(passwordProblem("éééééééééééé")).toBeNull();
  });

  it("refuse the most common English and French passwords, whatever the case", () => {
    for (const p of ["123456789012", "AZERTYUIOP123", "Password1234"]) {
      expect(passwordProblem(p), p).not.toBe(null);
    }
    expect(passwordProblem("MotDePasse123")).toBe("common_password");
    expect(passwordProblem("qwertyuiop123")).toBe("common_password");
  });

  it("refuse one common word dressed up with digits and symbols", () => {
    expect(passwordProblem("Soleil2026!!!!")).toBe("common_password");
    expect(passwordProblem("!!Football1234")).toBe("common_password");
    expect(passwordProblem("Bonjour-2026-!")).toBe("common_password");
  });

  it("accept long passphrases without composition rules", () => {
    expect(passwordProblem("cheval agrafe batterie correcte")).toBeNull();
    expect(passwordProblem("la mer est calme ce matin")).toBeNull();
    expect(passwordProblem("Diplomatie-Demo-2026!")).toBeNull();
  });

  it("answers a stable error code naming the field", () => {
    expect(() => checkNewPassword("azertyuiop123")).toThrowError(
      expect.objectContaining({ code: "password_too_weak" }),
    );
  });
});
