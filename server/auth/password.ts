import { hash, verify } from "@node-rs/argon2";

/*
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). A dummy hash is
 * verified for unknown accounts so that timing does not reveal which e-mails exist.
 */
/** `Algorithm.Argon2id`, a const enum the compiler cannot inline across modules here. */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and fails. */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("dummy password for timing equalisation");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
