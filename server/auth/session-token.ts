import { createHash } from "node:crypto";

/** The stored id of a session: SHA-256 of its cookie token. */
export const sessionIdOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The handle a user sees for one of their sessions (to revoke it): derived from the stored id,
 * so neither the token nor the stored id leaves the server.
 */
export const sessionHandleOf = (sessionId: string) =>
  createHash("sha256").update(`handle:${sessionId}`).digest("hex").slice(0, 32);
