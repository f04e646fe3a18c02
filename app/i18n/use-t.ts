import type { Locale } from "@shared/vocabulary";
import { useCallback, useSyncExternalStore } from "react";
import { catalogs, type UiKey } from "./catalogs";
import { getLocale, subscribeToLocale } from "./locale-store";

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: UiKey, params?: TranslateParams) => string;

/** Translates a key in a locale, replacing `{name}` placeholders. */
export function translate(locale: Locale, key: UiKey, params: TranslateParams = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** The interface language in force; components re-render when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribeToLocale, getLocale);
}

/** The translation function for the current language. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback((key, params) => translate(locale, key, params), [locale]);
}
