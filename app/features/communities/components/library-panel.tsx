import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { CreateFolderBody } from "@shared/schemas/communities";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { PagedResults } from "../../../components/paged-results";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { fieldState, useFieldErrors } from "../../admin/components/form-validation";
import { useCreateFolder, useFiles, useUploadFile } from "../api/library";
import { FileDetails } from "./file-details";

/** « Nouveau dossier » in the current folder. */
function NewFolderForm({
  communityId,
  parentId,
}: {
  communityId: string;
  parentId: string | null;
}) {
  const t = useT();
  const create = useCreateFolder(communityId);
  const { errors, check } = useFieldErrors();
  const [name, setName] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = check(event.currentTarget, CreateFolderBody, { name, parentId });
    if (body) create.mutate(body, { onSuccess: () => setName("") });
  };
  return (
    <form onSubmit={submit} noValidate className="fr-col-12 fr-col-md-6">
      <ApiErrorAlert error={create.error} />
      <Input
        label={t("library.newFolder")}
        {...fieldState(errors, "name")}
        nativeInputProps={{ value: name, maxLength: 120, onChange: (e) => setName(e.target.value) }}
      />
      <Button type="submit" priority="secondary" size="small" disabled={create.isPending}>
        {t("library.createFolder")}
      </Button>
    </form>
  );
}

/** « Déposer un fichier » in the current folder (the same name makes a new version, if checked out). */
function UploadForm({ communityId, folderId }: { communityId: string; folderId: string | null }) {
  const t = useT();
  const upload = useUploadFile(communityId);
  const [chosen, setChosen] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen === null) return;
    upload.mutate(
      { file: chosen, folderId },
      {
        onSuccess: () => {
          setChosen(null);
          setInputKey((k) => k + 1);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="fr-col-12 fr-col-md-6">
      <ApiErrorAlert error={upload.error} />
      <Upload
        key={inputKey}
        label={t("library.upload")}
        hint={t("library.uploadHint")}
        nativeInputProps={{ onChange: (e) => setChosen(e.target.files?.[0] ?? null) }}
      />
      <Button
        type="submit"
        size="small"
        iconId="fr-icon-upload-line"
        className="fr-mt-1w"
        disabled={upload.isPending || chosen === null}
      >
        {t("library.uploadSubmit")}
      </Button>
    </form>
  );
}

/** « Documents »: the folders and versioned files of the community, browsed one folder at a time. */
export function LibraryPanel({ communityId }: { communityId: string }) {
  const t = useT();
  const format = useFormatters();
  const [folderId, setFolderId] = useState<string | null>(null);
  const [openFileId, setOpenFileId] = useState<string | null>(null);
  const query = useFiles(communityId, folderId);
  const first = query.data?.pages[0];

  return (
    <>
      <p className="fr-mb-2w">
        {first?.folder ? (
          <>
            <Button
              priority="tertiary no outline"
              size="small"
              iconId="fr-icon-arrow-up-line"
              onClick={() => setFolderId(first.folder?.parentId ?? null)}
            >
              {t("library.up")}
            </Button>{" "}
            <strong>{first.folder.name}</strong>
          </>
        ) : (
          <strong>{t("library.root")}</strong>
        )}
      </p>
      {first && first.folders.length > 0 && (
        <ul className="plain-list fr-mb-2w" aria-label={t("library.folders")}>
          {first.folders.map((folder) => (
            <li key={folder.id}>
              <Button
                priority="tertiary no outline"
                iconId="fr-icon-folder-2-line"
                onClick={() => setFolderId(folder.id)}
              >
                {folder.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <PagedResults
        query={query}
        counts={{ none: "library.filesNone", all: "library.filesAll", more: "library.filesMore" }}
      >
        {(files) => (
          <ul className="plain-list">
            {files.map((file) => (
              <li key={file.id} className="fr-py-1w">
                <Button
                  priority="tertiary no outline"
                  iconId="fr-icon-file-line"
                  nativeButtonProps={{ "aria-expanded": openFileId === file.id }}
                  onClick={() => setOpenFileId(openFileId === file.id ? null : file.id)}
                >
                  {file.name}
                </Button>{" "}
                <span className="fr-text--sm">
                  {t("library.fileSummary", {
                    version: file.version,
                    size: format.fileSize(file.size),
                    name: file.updatedBy.displayName,
                    date: format.dateTime(file.updatedAt),
                  })}
                  {file.lockedBy !== null &&
                    ` — ${t("library.lockedShort", { name: file.lockedBy.displayName })}`}
                </span>
                {openFileId === file.id && <FileDetails communityId={communityId} file={file} />}
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
      {first?.canUpload && (
        <div className="fr-grid-row fr-grid-row--gutters fr-mt-4w">
          <UploadForm communityId={communityId} folderId={folderId} />
          <NewFolderForm communityId={communityId} parentId={folderId} />
        </div>
      )}
    </>
  );
}
