import { ERROR_STATUS, type ErrorCode } from "../shared/error-codes.js";

/**
 * The one error type use cases throw. The HTTP layer turns it into
 * `{ error: { code, message, details? } }` with the status bound to the code.
 */
export class AppError extends Error {
  override name = "AppError";
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}

/** Not found, or not visible to this user: the two must be indistinguishable. */
export const notFound = () => new AppError("not_found");
