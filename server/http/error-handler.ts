import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorCode } from "../../shared/error-codes.js";
import { translate } from "../../shared/i18n/index.js";
import { AppError } from "../errors.js";
import { requestLocale } from "./locale.js";

/** Fastify's own error codes that are the client's fault, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "malformed_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "malformed_request",
  FST_ERR_CTP_INVALID_JSON_BODY: "malformed_request",
  FST_ERR_VALIDATION: "invalid_input",
  FST_ERR_RATE_LIMITED: "too_many_requests",
  FST_ERR_BAD_URL: "malformed_request",
  FST_ERR_ASYNC_CONSTRAINT: "malformed_request",
};

const STATUS_CODES: Record<number, ErrorCode> = {
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
};

/** Sends the one error shape every client relies on. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  status: number,
  details?: unknown,
) {
  const message = translate(requestLocale(request), `errors.${code}`);
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send({ error: details === undefined ? { code, message } : { code, message, details } });
}

function validationDetails(error: unknown) {
  if (!hasZodFastifySchemaValidationErrors(error)) return undefined;
  return error.validation.map((v) => ({
    path: v.instancePath || "/",
    problem: v.message ?? v.keyword,
  }));
}

/**
 * The one error handler: our coded errors and client mistakes keep their code; anything else
 * is logged with its stack and answered as a bare 500 that reveals nothing internal.
 */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === "too_many_login_attempts") reply.header("retry-after", "900");
      return sendError(request, reply, error.code, error.status, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendError(request, reply, "invalid_input", 400, validationDetails(error));
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendError(request, reply, mapped, error.statusCode ?? 400);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ err: error }, "client error");
      return sendError(request, reply, STATUS_CODES[status] ?? "malformed_request", status);
    }
    request.log.error({ err: error }, "unhandled error");
    return sendError(request, reply, "internal_error", 500);
  });
}
