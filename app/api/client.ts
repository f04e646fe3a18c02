import type { ErrorBody } from "@shared/schemas/common";

/** An error answered by the API (`{ error: { code, message, details? } }`) or a network failure. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** True for 4xx answers: retrying the same request cannot succeed. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

/** Status used when the server could not be reached at all. */
export const NETWORK_ERROR_STATUS = 0;

type QueryValue = string | number | boolean | null | undefined;

export type ApiRequest = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: Record<string, QueryValue>;
  /** Sent as JSON, except FormData, sent as multipart/form-data (the browser sets the boundary). */
  body?: unknown;
  signal?: AbortSignal;
  /** When false, a 401 answer is returned to the caller only (the login call, the session probe). */
  redirectOnUnauthenticated?: boolean;
};

let sessionErrorHandler: (error: ApiError) => void = () => {};

/**
 * Registers what happens when a call learns that the session is no longer usable: a 401 (the
 * app then shows the login page) or a 403 `charter_not_accepted` (the app shows the charter).
 */
export function onSessionError(handler: (error: ApiError) => void): void {
  sessionErrorHandler = handler;
}

/** Builds `path?query`, leaving out empty values so URLs stay short and cacheable. */
export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return search === "" ? path : `${path}?${search}`;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error: unknown = value.error;
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    "message" in error &&
    typeof error.message === "string"
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Calls the same-origin JSON API; resolves with the parsed body or rejects with an ApiError. */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const { method = "GET", query, body, signal, redirectOnUnauthenticated = true } = request;
  const headers: Record<string, string> = { Accept: "application/json" };
  const isMultipart = body instanceof FormData;
  if (body !== undefined && !isMultipart) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : isMultipart ? body : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(NETWORK_ERROR_STATUS, "network_error", String(cause));
  }

  const payload = await readJson(response);
  if (response.ok) return payload as T;

  const error = isErrorBody(payload)
    ? new ApiError(
        response.status,
        payload.error.code,
        payload.error.message,
        payload.error.details,
      )
    : new ApiError(response.status, "http_error", response.statusText);
  const isSessionGone = response.status === 401 && redirectOnUnauthenticated;
  if (isSessionGone || error.code === "charter_not_accepted") sessionErrorHandler(error);
  throw error;
}
