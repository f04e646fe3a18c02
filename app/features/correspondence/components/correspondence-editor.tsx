import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { type CorrespondenceDetail, DraftContent } from "@shared/schemas/correspondence";
import { type CorrespondenceKind, MARKINGS, type Marking, PRECEDENCES } from "@shared/vocabulary";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useNavigate } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { ChoiceSelect } from "../../../components/choice-select";
import { useFormatters } from "../../../i18n/format";
import { useLocale, useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { useCreateCorrespondence } from "../api/create-correspondence";
import { useUpdateDraft } from "../api/update-draft";
import { AddresseesEditor } from "./addressees-editor";
import {
  type DraftErrors,
  describeDraftIssues,
  describeServerProblems,
  draftFieldState,
  isVersionConflict,
} from "./draft-errors";
import {
  contentFromValues,
  type EditorValues,
  emptyValues,
  lowestDocumentMarking,
  valuesFromDetail,
} from "./editor-values";
import { EmailFields } from "./email-fields";
import { GuideWarnings } from "./guide-warnings";
import { IndexingFields } from "./indexing-fields";
import { NoteFields } from "./note-fields";
import { originUnitChoices } from "./origin-units";
import { ParagraphsEditor } from "./paragraphs-editor";
import { StatusNotice } from "./status-notice";

const MAX_SUMMARY_LINES = 3;

const FIELD_IN_ERROR = [
  ".fr-input-group--error input",
  ".fr-input-group--error textarea",
  ".fr-select-group--error select",
  ".fr-fieldset--error input",
].join(", ");

/** Once the messages are rendered, moves focus to the first field in error so it is announced. */
function focusFirstError(form: HTMLFormElement): void {
  window.requestAnimationFrame(() => form.querySelector<HTMLElement>(FIELD_IN_ERROR)?.focus());
}

function EditorSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="fr-mb-5w">
      <h2 id={headingId} className="fr-h4">
        {title}
      </h2>
      {children}
    </section>
  );
}

export type CorrespondenceEditorProps =
  | { mode: "create"; kind: CorrespondenceKind }
  | {
      mode: "edit";
      detail: CorrespondenceDetail;
      /** Loads the latest saved version into the editor (after a conflict). */
      onReload: () => void;
      /** Shown until the next save, e.g. « Brouillon créé ». */
      initialNotice?: string;
    };

/**
 * The drafting form of a telegram, note or formal e-mail. Creating saves version 1 and moves to
 * the draft's own editing address; each later save is a new version on top of the one edited,
 * and a save on top of someone else's newer version is refused (409) with an offer to reload.
 */
export function CorrespondenceEditor(props: CorrespondenceEditorProps) {
  const t = useT();
  const locale = useLocale();
  const format = useFormatters();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const kind = props.mode === "create" ? props.kind : props.detail.kind;
  const [values, setValues] = useState<EditorValues>(() =>
    props.mode === "edit" ? valuesFromDetail(props.detail, locale) : emptyValues(locale),
  );
  const units = originUnitChoices(me);
  const [originUnitId, setOriginUnitId] = useState(units[0]?.id ?? "");
  const [errors, setErrors] = useState<DraftErrors>({});
  const [lastSaved, setLastSaved] = useState<CorrespondenceDetail | null>(
    props.mode === "edit" ? props.detail : null,
  );
  const [notice, setNotice] = useState<string | undefined>(
    props.mode === "edit" ? props.initialNotice : undefined,
  );
  const create = useCreateCorrespondence();
  const update = useUpdateDraft(lastSaved?.id ?? "");
  const mutation = props.mode === "create" ? create : update;

  const set = <F extends keyof EditorValues>(field: F, value: EditorValues[F]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const rejectFromServer = (form: HTMLFormElement) => (error: unknown) => {
    const found = describeServerProblems(error, t);
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirstError(form);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setNotice(undefined);
    const parsed = DraftContent.safeParse(contentFromValues(kind, values));
    const found = parsed.success ? {} : describeDraftIssues(parsed.error.issues, t);
    if (props.mode === "create" && originUnitId === "") found.originUnitId = t("form.required");
    if (!parsed.success || Object.keys(found).length > 0) {
      setErrors(found);
      focusFirstError(form);
      return;
    }
    setErrors({});
    if (props.mode === "create") {
      create.mutate(
        { kind, originUnitId, content: parsed.data },
        {
          onSuccess: (draft) =>
            navigate(paths.editCorrespondence(draft.id), {
              replace: true,
              state: { justCreated: true },
            }),
          onError: rejectFromServer(form),
        },
      );
    } else if (lastSaved !== null) {
      update.mutate(
        { baseVersion: lastSaved.version, content: parsed.data },
        {
          onSuccess: (draft) => {
            setLastSaved(draft);
            setNotice(t("editor.saved", { version: draft.version }));
          },
          onError: rejectFromServer(form),
        },
      );
    }
  };

  const lowest = lowestDocumentMarking(values.paragraphs);
  const summaryLines = values.summary === "" ? 0 : values.summary.split("\n").length;
  const hasErrors = Object.keys(errors).length > 0;
  const isConflict = isVersionConflict(mutation.error);

  return (
    <>
      {lastSaved !== null && (
        <>
          <p className="fr-text--bold">
            {t("editor.version", {
              version: lastSaved.version,
              date: format.dateTime(lastSaved.updatedAt),
            })}
          </p>
          <GuideWarnings warnings={lastSaved.warnings} />
        </>
      )}
      <p className="fr-text--sm">{t("editor.requiredHint")}</p>
      {hasErrors && (
        <Alert className="fr-mb-3w" severity="error" small description={t("editor.hasErrors")} />
      )}
      <form onSubmit={submit} noValidate>
        <EditorSection title={t("editor.description")}>
          {props.mode === "create" ? (
            <Select
              label={t("editor.originUnit")}
              hint={t("editor.originUnitHint")}
              {...draftFieldState(errors, "originUnitId")}
              nativeSelectProps={{
                value: originUnitId,
                required: true,
                onChange: (event) => setOriginUnitId(event.target.value),
              }}
            >
              {units.length !== 1 && <option value="">{t("form.choose")}</option>}
              {units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name} ({unit.shortName})
                </option>
              ))}
            </Select>
          ) : null}
          <Input
            label={t("editor.subject")}
            {...draftFieldState(errors, "subject")}
            nativeInputProps={{
              value: values.subject,
              maxLength: 300,
              required: true,
              onChange: (event) => set("subject", event.target.value),
            }}
          />
          {kind !== "formal_email" && (
            <Input
              label={t("editor.summary")}
              hintText={
                kind === "telegram"
                  ? t("editor.summaryHintTelegram", {
                      count: summaryLines,
                      max: MAX_SUMMARY_LINES,
                    })
                  : t("editor.summaryHint")
              }
              textArea
              {...(errors.summary === undefined &&
              kind === "telegram" &&
              summaryLines > MAX_SUMMARY_LINES
                ? ({
                    state: "info",
                    stateRelatedMessage: t("guideRule.summary_three_lines"),
                  } as const)
                : draftFieldState(errors, "summary"))}
              nativeTextAreaProps={{
                rows: 3,
                value: values.summary,
                maxLength: 1000,
                onChange: (event) => set("summary", event.target.value),
              }}
            />
          )}
          <ChoiceSelect
            label={t("editor.precedence")}
            hint={t("editor.precedenceHint")}
            choices={PRECEDENCES}
            value={values.precedence}
            onChange={(precedence) => set("precedence", precedence)}
            describe={(precedence) => t(`precedence.${precedence}`)}
          />
          <Select
            label={t("editor.marking")}
            hint={t("editor.markingHint")}
            {...draftFieldState(errors, "marking")}
            nativeSelectProps={{
              value: values.marking,
              onChange: (event) => {
                const marking = MARKINGS.find((m) => m === event.target.value);
                if (marking !== undefined) set("marking", marking);
              },
            }}
          >
            {MARKINGS.map((marking: Marking) => (
              <option
                key={marking}
                value={marking}
                disabled={MARKINGS.indexOf(marking) < MARKINGS.indexOf(lowest)}
              >
                {t(`marking.${marking}`)}
              </option>
            ))}
          </Select>
        </EditorSection>

        <EditorSection title={t("editor.addressees")}>
          <AddresseesEditor
            addressees={values.addressees}
            onChange={(addressees) => set("addressees", addressees)}
            actionDeadline={values.actionDeadline}
            onDeadlineChange={(date) => set("actionDeadline", date)}
            errors={errors}
            knownNames={lastSaved?.addresseeNames ?? {}}
          />
        </EditorSection>

        {kind === "note" && (
          <EditorSection title={t("editor.noteSection")}>
            <NoteFields
              note={values.note}
              onChange={(note) => set("note", note)}
              errors={errors}
              saved={
                lastSaved?.content.note != null && lastSaved.formulas !== null
                  ? { note: lastSaved.content.note, formulas: lastSaved.formulas }
                  : null
              }
            />
          </EditorSection>
        )}
        {kind === "formal_email" && (
          <EditorSection title={t("editor.emailSection")}>
            <EmailFields
              to={values.emailTo}
              cc={values.emailCc}
              onChange={(field, value) => set(field, value)}
              errors={errors}
            />
          </EditorSection>
        )}

        <EditorSection
          title={kind === "formal_email" ? t("editor.emailBody") : t("editor.paragraphs")}
        >
          <ParagraphsEditor
            paragraphs={values.paragraphs}
            documentMarking={values.marking}
            errors={errors}
            onChange={(paragraphs) => set("paragraphs", paragraphs)}
          />
        </EditorSection>

        <EditorSection title={t("editor.indexing")}>
          <IndexingFields
            tags={values.tags}
            onTagsChange={(tags) => set("tags", tags)}
            countryTags={values.countryTags}
            onCountryTagsChange={(codes) => set("countryTags", codes)}
            references={values.references}
            onReferencesChange={(ids) => set("references", ids)}
            referenceLabels={props.mode === "edit" ? props.detail.referenceLabels : {}}
            errors={errors}
          />
        </EditorSection>

        <StatusNotice message={notice ?? ""} />
        {isConflict && props.mode === "edit" ? (
          <Alert
            className="fr-mb-3w"
            severity="error"
            title={t("editor.conflictTitle")}
            description={
              <>
                <p className="fr-mb-2w">{t("editor.conflictBody")}</p>
                <Button
                  type="button"
                  priority="secondary"
                  iconId="fr-icon-refresh-line"
                  onClick={props.onReload}
                >
                  {t("editor.reload")}
                </Button>
              </>
            }
          />
        ) : (
          !hasErrors && <ApiErrorAlert error={mutation.error} className="fr-mb-3w" />
        )}
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <Button
              type="submit"
              iconId="fr-icon-save-line"
              disabled={mutation.isPending}
              nativeButtonProps={{ "aria-busy": mutation.isPending }}
            >
              {mutation.isPending ? t("editor.saving") : t("editor.save")}
            </Button>
          </li>
          <li>
            {props.mode === "edit" ? (
              <Button
                priority="secondary"
                linkProps={{ to: paths.correspondenceDocument(props.detail.id) }}
              >
                {t("editor.seeDocument")}
              </Button>
            ) : (
              <Button priority="secondary" linkProps={{ to: paths.correspondenceDrafts }}>
                {t("form.cancel")}
              </Button>
            )}
          </li>
        </ul>
      </form>
    </>
  );
}
