import { LOCALES, type Locale } from "@shared/vocabulary";
import { useId } from "react";
import { setLocale } from "../i18n/locale-store";
import { useLocale, useT } from "../i18n/use-t";

/**
 * The header's language selector, in the DSFR « sélecteur de langue » markup. The DSFR script
 * opens and closes the menu (and closes it when a language is chosen). React-dsfr's own
 * LanguageSelect nests the menu inside the button, which is invalid (nested interactive
 * controls), hence this version. The Header passes an `id`, distinct for its desktop and mobile
 * copies, that must reach the root element.
 */
export function LanguageSwitch({ id }: { id?: string }) {
  const t = useT();
  const locale = useLocale();
  const fallbackId = useId();
  const rootId = id ?? `language-switch-${fallbackId}`;
  const menuId = `${rootId}-menu`;
  const names: Record<Locale, string> = { fr: t("language.fr"), en: t("language.en") };

  return (
    <div id={rootId} className="fr-translate fr-nav">
      <div className="fr-nav__item">
        <button
          type="button"
          className="fr-translate__btn fr-btn fr-btn--tertiary"
          aria-controls={menuId}
          aria-expanded="false"
          title={t("language.choose")}
        >
          {locale.toUpperCase()}
          <span className="fr-hidden-lg">&nbsp;- {names[locale]}</span>
        </button>
        <div className="fr-collapse fr-translate__menu fr-menu" id={menuId}>
          <ul className="fr-menu__list">
            {LOCALES.map((option) => (
              <li key={option}>
                <button
                  type="button"
                  className="fr-translate__language fr-nav__link"
                  lang={option}
                  aria-current={option === locale ? "true" : undefined}
                  onClick={() => setLocale(option)}
                >
                  {option.toUpperCase()} - {names[option]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
