import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import type { CommunityFile } from "@shared/schemas/communities";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import {
  downloadUrl,
  inlineImageUrl,
  useChangeLock,
  useFilePreview,
  useFileVersions,
  useUploadFile,
} from "../api/library";

/** The preview of the current version: text as text (React escapes it), an image in a sandbox. */
function FilePreviewPanel({ communityId, file }: { communityId: string; file: CommunityFile }) {
  const t = useT();
  const preview = useFilePreview(communityId, file.id, file.version);
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <ApiErrorAlert error={preview.error} />;
  switch (preview.data.kind) {
    case "text":
      return (
        <>
          <pre
            className="fr-p-2w"
            style={{ whiteSpace: "pre-wrap", maxHeight: "24rem", overflow: "auto" }}
          >
            {preview.data.text}
          </pre>
          {preview.data.truncated && <p className="fr-text--sm">{t("library.previewTruncated")}</p>}
        </>
      );
    case "image":
      return (
        <img
          src={inlineImageUrl(communityId, file.id)}
          alt={t("library.imageAlt", { name: file.name })}
          style={{ maxWidth: "100%", maxHeight: "24rem" }}
        />
      );
    case "none":
      return <p>{t("library.noPreview")}</p>;
  }
}

/** Every version with its uploader and date, each downloadable. */
function VersionHistory({ communityId, file }: { communityId: string; file: CommunityFile }) {
  const t = useT();
  const format = useFormatters();
  const versions = useFileVersions(communityId, file.id);
  if (versions.isPending) return <Loading />;
  if (versions.isError) return <ApiErrorAlert error={versions.error} />;
  return (
    <ul className="plain-list">
      {versions.data.items.map((v) => (
        <li key={v.version}>
          <a href={downloadUrl(communityId, file.id, v.version)} download={file.name}>
            {t("library.versionLabel", { version: v.version })}
          </a>{" "}
          {t("library.versionBy", {
            name: v.uploadedBy.displayName,
            date: format.dateTime(v.createdAt),
            size: format.fileSize(v.size),
          })}
        </li>
      ))}
    </ul>
  );
}

/** The next version, sent by the holder of the lock. */
function NewVersionForm({ communityId, file }: { communityId: string; file: CommunityFile }) {
  const t = useT();
  const upload = useUploadFile(communityId);
  const [chosen, setChosen] = useState<File | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen !== null) upload.mutate({ file: chosen, fileId: file.id });
  };
  return (
    <form onSubmit={submit} noValidate className="fr-mt-2w">
      <ApiErrorAlert error={upload.error} />
      <Upload
        label={t("library.newVersion", { name: file.name })}
        nativeInputProps={{ onChange: (e) => setChosen(e.target.files?.[0] ?? null) }}
      />
      <Button
        type="submit"
        priority="secondary"
        size="small"
        className="fr-mt-1w"
        disabled={upload.isPending || chosen === null}
      >
        {t("library.newVersionSubmit")}
      </Button>
    </form>
  );
}

/** A file opened in the list: its lock, preview, history and, for its lock holder, a new version. */
export function FileDetails({ communityId, file }: { communityId: string; file: CommunityFile }) {
  const t = useT();
  const format = useFormatters();
  const lock = useChangeLock(communityId);
  return (
    <div className="fr-p-2w fr-mb-2w" style={{ border: "1px solid var(--border-default-grey)" }}>
      <ApiErrorAlert error={lock.error} />
      <p className="fr-mb-1w">
        {file.lockedBy === null
          ? t("library.notLocked")
          : t("library.lockedBy", {
              name: file.lockedBy.displayName,
              date: file.lockedAt === null ? "" : format.dateTime(file.lockedAt),
            })}
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        <li>
          <Button
            priority="secondary"
            size="small"
            iconId="fr-icon-download-line"
            linkProps={{
              to: downloadUrl(communityId, file.id),
              reloadDocument: true,
              download: file.name,
            }}
          >
            {t("library.download")}
          </Button>
        </li>
        {file.abilities.checkOut && (
          <li>
            <Button
              size="small"
              iconId="fr-icon-lock-line"
              disabled={lock.isPending}
              onClick={() => lock.mutate({ fileId: file.id, action: "checkout" })}
            >
              {t("library.checkOut")}
            </Button>
          </li>
        )}
        {file.abilities.checkIn && (
          <li>
            <Button
              size="small"
              priority="secondary"
              iconId="fr-icon-lock-unlock-line"
              disabled={lock.isPending}
              onClick={() => lock.mutate({ fileId: file.id, action: "checkin" })}
            >
              {file.abilities.uploadVersion ? t("library.checkIn") : t("library.breakLock")}
            </Button>
          </li>
        )}
      </ul>
      {file.abilities.uploadVersion && <NewVersionForm communityId={communityId} file={file} />}
      <h4 className="fr-h6 fr-mt-2w">{t("library.preview")}</h4>
      <FilePreviewPanel communityId={communityId} file={file} />
      <h4 className="fr-h6 fr-mt-2w">{t("library.history")}</h4>
      <VersionHistory communityId={communityId} file={file} />
    </div>
  );
}
