import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Tag } from "@codegouvfr/react-dsfr/Tag";
import { ReferenceNumber } from "@shared/schemas/correspondence";
import { MAX_FREE_TAGS } from "@shared/vocabulary";
import { type KeyboardEvent, useState } from "react";
import { ApiError } from "../../../api/client";
import { CountrySelect } from "../../../components/country-select";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { lookupCorrespondence } from "../api/lookup-correspondence";
import { type DraftErrors, draftFieldState } from "./draft-errors";
import { splitList } from "./editor-values";
import "./correspondence.css";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Enter in a one-line field adds its value instead of saving the whole draft. */
function addOnEnter(add: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    add();
  };
}

type IndexingFieldsProps = {
  tags: string;
  onTagsChange: (tags: string) => void;
  countryTags: string[];
  onCountryTagsChange: (codes: string[]) => void;
  references: string[];
  onReferencesChange: (ids: string[]) => void;
  /** What to show for the REFs already there: reference number or subject, by id. */
  referenceLabels: Readonly<Record<string, string>>;
  errors: DraftErrors;
};

/** Free tags (five at most, says the guide), country tags and REF links to earlier documents. */
export function IndexingFields({
  tags,
  onTagsChange,
  countryTags,
  onCountryTagsChange,
  references,
  onReferencesChange,
  referenceLabels,
  errors,
}: IndexingFieldsProps) {
  const t = useT();
  const format = useFormatters();
  const [country, setCountry] = useState("");
  const [reference, setReference] = useState("");
  const [referenceError, setReferenceError] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  const [labels, setLabels] = useState<Record<string, string>>(referenceLabels);

  const tagCount = splitList(tags).length;
  const tagState =
    errors.tags === undefined && tagCount > MAX_FREE_TAGS
      ? ({
          state: "info",
          stateRelatedMessage: t("indexing.tooManyTags", { count: tagCount, max: MAX_FREE_TAGS }),
        } as const)
      : draftFieldState(errors, "tags");

  const addCountry = () => {
    if (country === "" || countryTags.includes(country)) return;
    onCountryTagsChange([...countryTags, country]);
    setAnnouncement(t("indexing.countryAdded", { country: format.country(country) }));
    setCountry("");
  };

  const addId = (id: string, label?: string) => {
    setReferenceError(undefined);
    if (label !== undefined) setLabels((known) => ({ ...known, [id]: label }));
    if (!references.includes(id)) onReferencesChange([...references, id]);
    setAnnouncement(t("indexing.referenceAdded"));
    setReference("");
  };

  const addReference = async () => {
    // A reference number is looked up; a pasted address of the page or a bare identifier is taken as is.
    const number = ReferenceNumber.safeParse(reference);
    if (number.success) {
      try {
        const found = await lookupCorrespondence(number.data);
        addId(found.id, `${found.reference} — ${found.subject}`);
      } catch (error) {
        setReferenceError(
          error instanceof ApiError && error.status === 404
            ? t("indexing.referenceNotFound", { reference: number.data })
            : t("indexing.referenceInvalid"),
        );
      }
      return;
    }
    const id = UUID.exec(reference)?.[0]?.toLowerCase();
    if (id === undefined) {
      setReferenceError(t("indexing.referenceInvalid"));
      return;
    }
    addId(id);
  };

  return (
    <>
      <p className="fr-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <Input
        label={t("indexing.tags")}
        hintText={t("indexing.tagsHint", { max: MAX_FREE_TAGS, count: tagCount })}
        {...tagState}
        nativeInputProps={{
          value: tags,
          maxLength: 1000,
          onChange: (event) => onTagsChange(event.target.value),
        }}
      />

      <div className="fr-mb-3w">
        <CountrySelect
          label={t("indexing.country")}
          hint={t("indexing.countryHint")}
          value={country}
          onChange={setCountry}
          emptyOptionLabel={t("form.choose")}
          errorMessage={errors.countryTags}
        />
        <Button type="button" priority="secondary" size="small" onClick={addCountry}>
          {t("indexing.addCountry")}
        </Button>
        {countryTags.length > 0 && (
          <ul className="fr-tags-group fr-mt-2w" aria-label={t("indexing.countryTags")}>
            {countryTags.map((code) => (
              <li key={code}>
                <Tag
                  dismissible
                  nativeButtonProps={{
                    type: "button",
                    "aria-label": t("indexing.removeCountry", { country: format.country(code) }),
                    onClick: () => {
                      onCountryTagsChange(countryTags.filter((c) => c !== code));
                      setAnnouncement(
                        t("indexing.countryRemoved", { country: format.country(code) }),
                      );
                    },
                  }}
                >
                  {format.country(code)}
                </Tag>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="fr-mb-3w">
        <Input
          label={t("indexing.reference")}
          hintText={t("indexing.referenceHint")}
          {...(referenceError === undefined
            ? draftFieldState(errors, "references")
            : ({ state: "error", stateRelatedMessage: referenceError } as const))}
          nativeInputProps={{
            value: reference,
            maxLength: 500,
            autoComplete: "off",
            onChange: (event) => setReference(event.target.value),
            onKeyDown: addOnEnter(() => void addReference()),
          }}
        />
        <Button type="button" priority="secondary" size="small" onClick={() => void addReference()}>
          {t("indexing.addReference")}
        </Button>
        {references.length > 0 && (
          <ul className="editor-list fr-mt-2w" aria-label={t("indexing.references")}>
            {references.map((id) => (
              <li key={id}>
                <span className="editor-list__label">
                  {labels[id] ?? t("indexing.referenceItem", { id })}
                </span>
                <Button
                  type="button"
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-delete-line"
                  onClick={() => {
                    onReferencesChange(references.filter((r) => r !== id));
                    setAnnouncement(t("indexing.referenceRemoved"));
                  }}
                >
                  {t("indexing.removeReference")}
                  <span className="fr-sr-only"> {id}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
