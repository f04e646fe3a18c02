import type { Locale } from "../vocabulary.js";
import { en } from "./en.js";
import { fr, type MessageKey } from "./fr.js";

export type { MessageKey };
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { fr, en };

/** Translates a key, replacing `{name}` placeholders with the given values. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
