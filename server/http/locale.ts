import type {} from "@fastify/cookie";
import type { FastifyRequest } from "fastify";
import type { Locale } from "../../shared/vocabulary.js";

/** The language of messages for this request: the `lang` cookie, else Accept-Language, else French. */
export function requestLocale(request: FastifyRequest): Locale {
  const cookie = request.cookies?.lang;
  if (cookie === "en" || cookie === "fr") return cookie;
  const header = request.headers["accept-language"] ?? "";
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "fr";
}
