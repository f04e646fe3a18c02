import { useMemo } from "react";
import { useLocale } from "../../../i18n/use-t";

/** The name of an ISO 639-1 language in the interface language (« italien », "Italian"). */
export function useLanguageName(): (code: string) => string {
  const locale = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "language" });
    return (code: string) => names.of(code) ?? code;
  }, [locale]);
}
