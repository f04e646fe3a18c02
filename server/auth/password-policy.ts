import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "../errors.js";

/*
 * Password rules (ASVS 6.2): at least 12 characters, no composition rules, and not a common
 * password. The lists ship with the server (see common-passwords/README.md).
 */
export const PASSWORD_MIN_LENGTH = 12;

/** The lists live next to this file in the sources; the compiled server reads them there too. */
function listsDirectory(): string {
  const beside = path.resolve(import.meta.dirname, "common-passwords");
  if (existsSync(beside)) return beside;
  return path.resolve(import.meta.dirname, "../../../server/auth/common-passwords");
}

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  if (!common) {
    const dir = listsDirectory();
    common = new Set(
      ["en.txt", "fr.txt"].flatMap((file) =>
        readFileSync(path.join(dir, file), "utf8")
          .split("\n")
          .map((l) => l.trim())
          .filter((l) => l.length > 0),
      ),
    );
  }
  return common;
}

/** What is wrong with a new password, if anything. */
export function passwordProblem(password: string): "too_short" | "common_password" | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "too_short";
  const lower = password.normalize("NFC").toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const list = commonPasswords();
  if (list.has(lower) || (core.length > 0 && list.has(core))) return "common_password";
  return null;
}

/** Throws `password_too_weak` (pointing at `path`) for a password the rules refuse. */
export function checkNewPassword(password: string, at = "/password"): void {
  const problem = passwordProblem(password);
  if (problem) throw new AppError("password_too_weak", [{ path: at, problem }]);
}
