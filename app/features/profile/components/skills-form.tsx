import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { ExpertiseTag, UpdateMyProfileBody } from "@shared/schemas/people";
import { LANGUAGE_CODES, type LanguageCode, MAX_EXPERTISE_TAGS } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { fieldState, useFieldErrors } from "../../admin/components/form-validation";
import { useUpdateMyProfile } from "../api/update-my-profile";
import { useLanguageName } from "./language-name";

/** Edits one's languages (chosen from ISO 639-1) and areas of expertise (free tags). */
export function SkillsForm({
  languages: initialLanguages,
  expertise: initialExpertise,
}: {
  languages: LanguageCode[];
  expertise: string[];
}) {
  const t = useT();
  const languageName = useLanguageName();
  const save = useUpdateMyProfile();
  const { errors, check } = useFieldErrors();
  const [languages, setLanguages] = useState<LanguageCode[]>(initialLanguages);
  const [expertise, setExpertise] = useState<string[]>(initialExpertise);
  const [tag, setTag] = useState("");
  const [tagError, setTagError] = useState<string | null>(null);

  const sortedCodes = [...LANGUAGE_CODES].sort((a, b) =>
    languageName(a).localeCompare(languageName(b)),
  );

  const addTag = () => {
    const parsed = ExpertiseTag.safeParse(tag);
    if (!parsed.success) {
      setTagError(t("skills.tagInvalid"));
      return;
    }
    const folded = parsed.data.trim().toLowerCase();
    if (!expertise.some((e) => e.trim().toLowerCase() === folded)) {
      setExpertise([...expertise, parsed.data]);
    }
    setTag("");
    setTagError(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = check(event.currentTarget, UpdateMyProfileBody, { languages, expertise });
    if (body) save.mutate(body);
  };

  return (
    <form onSubmit={submit}>
      <ApiErrorAlert error={save.error} />
      {save.isSuccess && (
        <Alert className="fr-mb-2w" severity="success" small description={t("skills.saved")} />
      )}
      <Select
        label={t("skills.addLanguage")}
        {...fieldState(errors, "languages")}
        nativeSelectProps={{
          value: "",
          onChange: (e) => {
            const code = LANGUAGE_CODES.find((c) => c === e.target.value);
            if (code && !languages.includes(code)) setLanguages([...languages, code]);
          },
        }}
      >
        <option value="">{t("skills.chooseLanguage")}</option>
        {sortedCodes.map((code) => (
          <option key={code} value={code} disabled={languages.includes(code)}>
            {languageName(code)}
          </option>
        ))}
      </Select>
      {languages.length > 0 && (
        <ul className="fr-tags-group" aria-label={t("skills.languages")}>
          {languages.map((code) => (
            <li key={code}>
              <button
                type="button"
                className="fr-tag fr-tag--dismiss"
                aria-label={t("skills.remove", { name: languageName(code) })}
                onClick={() => setLanguages(languages.filter((c) => c !== code))}
              >
                {languageName(code)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Input
        label={t("skills.addExpertise")}
        hintText={t("skills.addExpertiseHint", { max: MAX_EXPERTISE_TAGS })}
        {...(tagError !== null
          ? { state: "error" as const, stateRelatedMessage: tagError }
          : fieldState(errors, "expertise"))}
        nativeInputProps={{
          value: tag,
          maxLength: 60,
          onChange: (e) => setTag(e.target.value),
          onKeyDown: (e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              addTag();
            }
          },
        }}
      />
      <Button
        type="button"
        priority="secondary"
        size="small"
        className="fr-mb-2w"
        disabled={expertise.length >= MAX_EXPERTISE_TAGS}
        onClick={addTag}
      >
        {t("skills.addTag")}
      </Button>
      {expertise.length > 0 && (
        <ul className="fr-tags-group" aria-label={t("skills.expertise")}>
          {expertise.map((value) => (
            <li key={value}>
              <button
                type="button"
                className="fr-tag fr-tag--dismiss"
                aria-label={t("skills.remove", { name: value })}
                onClick={() => setExpertise(expertise.filter((e) => e !== value))}
              >
                {value}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Button type="submit" disabled={save.isPending}>
        {t("skills.save")}
      </Button>
    </form>
  );
}
