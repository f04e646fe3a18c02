import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { KeyValueList } from "../../../components/key-value-list";
import { useT } from "../../../i18n/use-t";
import { useLanguageName } from "./language-name";

/** Languages spoken and areas of expertise, as a person's card shows them. */
export function SkillsSummary({
  languages,
  expertise,
}: {
  languages: string[];
  expertise: string[];
}) {
  const t = useT();
  const languageName = useLanguageName();
  return (
    <KeyValueList
      items={[
        {
          label: t("skills.languages"),
          value:
            languages.length === 0
              ? t("common.notProvided")
              : languages.map(languageName).join(", "),
        },
        {
          label: t("skills.expertise"),
          value:
            expertise.length === 0 ? (
              t("common.notProvided")
            ) : (
              <ul className="fr-tags-group">
                {expertise.map((tag) => (
                  <li key={tag}>
                    <Tag small>{tag}</Tag>
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
