import { type MessageKey, dictionaries as sharedDictionaries } from "@shared/i18n/index";
import type { Locale } from "@shared/vocabulary";
import { en } from "./en";
import { type AppMessageKey, fr } from "./fr";

/** Every key the interface can display: the app's own plus the shared ones (errors.*). */
export type UiKey = AppMessageKey | MessageKey;

/** The UI dictionaries merged with the shared ones, per locale. */
export const catalogs: Record<Locale, Record<UiKey, string>> = {
  fr: { ...sharedDictionaries.fr, ...fr },
  en: { ...sharedDictionaries.en, ...en },
};

/** Tells whether a string built at run time (such as `errors.${code}`) is a known key. */
export function isUiKey(key: string): key is UiKey {
  return key in catalogs.fr;
}
