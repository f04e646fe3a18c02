import type { FastifyInstance } from "fastify";
import type { Database } from "../db/database.js";
import { AppError } from "../errors.js";
import { emit } from "../events/events.js";
import { actorOf } from "./authenticate.js";

/** Methods that change state: the ones a forged cross-site request would aim at. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Whether an Origin header names the request's own origin (default ports normalised). */
function isSameOrigin(origin: string, own: string): boolean {
  try {
    return origin !== "null" && new URL(origin).origin === new URL(own).origin;
  } catch {
    return false;
  }
}

/**
 * CSRF defence in depth for cookie-authenticated writes. The session cookie is SameSite=Strict
 * and the API parses JSON only (multipart on the two upload routes), so a cross-site form
 * cannot carry the session; on top, an API write whose Origin names another host than the
 * request's own is refused (403 forbidden) before anything else runs. Requests without an
 * Origin (same-origin GETs, non-browser clients) are left to the other two defences.
 */
export function installOriginCheck(app: FastifyInstance) {
  app.addHook("onRequest", async (request) => {
    if (!WRITES.has(request.method) || !request.url.startsWith("/api/")) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (!isSameOrigin(origin, `${request.protocol}://${request.host}`)) {
      throw new AppError("forbidden");
    }
  });
}

/** Denials worth an investigator's attention: an entitled reader without two factors, a 403. */
const JOURNALED_DENIALS = new Set(["step_up_required", "forbidden"]);

/**
 * Journals refused accesses as security events (`security.access_denied`: who, from where,
 * which operation, which code). A 404 is not journaled: it is indistinguishable from a
 * mistyped address, by design. A journal failure never changes the answer.
 */
export function installDenialJournal(app: FastifyInstance, database: Database) {
  app.addHook("onError", async (request, _reply, error) => {
    if (!(error instanceof AppError) || !JOURNALED_DENIALS.has(error.code)) return;
    try {
      await database.db.transaction().execute((trx) =>
        emit(trx, actorOf(request), {
          type: "security.access_denied",
          details: {
            code: error.code,
            method: request.method,
            route: request.routeOptions.url ?? null,
            operation: request.routeOptions.schema?.operationId ?? null,
          },
        }),
      );
    } catch (failure) {
      request.log.error({ err: failure }, "could not journal a refused access");
    }
  });
}
