import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import { type FormEvent, useId, useRef, useState } from "react";
import { ApiError } from "../../../api/client";
import { describeError } from "../../../components/api-error-alert";
import { useFormatters } from "../../../i18n/format";
import { type Translate, useT } from "../../../i18n/use-t";
import { attachmentUrl } from "../api/attachment";
import { useUploadAttachment } from "../api/upload-attachment";
import { StatusNotice } from "./status-notice";
import "./correspondence.css";

/** The message of a failed upload; above the size limit, the limit itself when the server gives it. */
function describeUploadError(error: unknown, t: Translate, fileSize: (n: number) => string) {
  if (error instanceof ApiError && error.status === 413) {
    const details: unknown = error.details;
    const maxBytes =
      typeof details === "object" && details !== null && "maxBytes" in details
        ? details.maxBytes
        : undefined;
    return typeof maxBytes === "number"
      ? t("attachments.tooLarge", { max: fileSize(maxBytes) })
      : t("attachments.tooLargeNoLimit");
  }
  return describeError(error, t);
}

/** « Joindre un fichier »: one file at a time, sent as multipart/form-data (field "file"). */
function AttachmentUpload({ correspondenceId }: { correspondenceId: string }) {
  const t = useT();
  const format = useFormatters();
  const upload = useUploadAttachment(correspondenceId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [choiceError, setChoiceError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState("");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone("");
    if (file === null) {
      setChoiceError(t("attachments.choose"));
      inputRef.current?.focus();
      return;
    }
    setChoiceError(undefined);
    upload.mutate(file, {
      onSuccess: (attachment) => {
        setDone(t("attachments.added", { name: attachment.name }));
        setFile(null);
        if (inputRef.current !== null) inputRef.current.value = "";
      },
      onError: () => inputRef.current?.focus(),
    });
  };

  const error =
    choiceError ??
    (upload.error === null ? undefined : describeUploadError(upload.error, t, format.fileSize));
  return (
    <form onSubmit={submit} noValidate className="fr-mt-3w print-hidden">
      <Upload
        label={t("attachments.upload")}
        hint={t("attachments.uploadHint")}
        state={error === undefined ? "default" : "error"}
        stateRelatedMessage={error}
        nativeInputProps={{
          ref: inputRef,
          onChange: (event) => {
            setFile(event.target.files?.[0] ?? null);
            setChoiceError(undefined);
            upload.reset();
          },
        }}
      />
      <Button
        type="submit"
        priority="secondary"
        iconId="fr-icon-upload-line"
        className="fr-mt-2w"
        disabled={upload.isPending}
        nativeButtonProps={{ "aria-busy": upload.isPending }}
      >
        {upload.isPending ? t("attachments.uploading") : t("attachments.submit")}
      </Button>
      <StatusNotice message={done} className="fr-mt-2w" />
    </form>
  );
}

/**
 * « Pièces jointes »: each file as a download link with its type and size (the server always
 * serves them as downloads); while the document may be edited, a control to attach another.
 */
export function AttachmentsSection({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  const format = useFormatters();
  const headingId = useId();
  const { attachments } = detail;
  return (
    <section aria-labelledby={headingId} className="fr-mt-6w">
      <h2 id={headingId} className="fr-h4">
        {t("attachments.title", { count: attachments.length })}
      </h2>
      {attachments.length === 0 ? (
        <p>{t("attachments.none")}</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a
                className="fr-link fr-icon-download-line fr-link--icon-left"
                href={attachmentUrl(detail.id, attachment.id)}
                download={attachment.name}
              >
                {t("attachments.download", { name: attachment.name })}
              </a>{" "}
              <span className="fr-text--sm fr-text-mention--grey">
                {t("attachments.details", {
                  type: attachment.contentType,
                  size: format.fileSize(attachment.size),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {detail.abilities.edit && <AttachmentUpload correspondenceId={detail.id} />}
    </section>
  );
}
