import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { parseRichSource } from "@shared/rich-text";
import { ShareCorrespondenceBody, ShareRefusal } from "@shared/schemas/feed";
import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../../../api/client";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useCurrentUser } from "../../auth/components/current-user";
import { StatusNotice } from "../../correspondence/components/status-notice";
import { useShareCorrespondence } from "../api/share-correspondence";
import { RichTextEditor } from "./rich-text-editor";

/** Who could not read the document, when the server refused the share. */
function refusalOf(error: unknown): ShareRefusal | null {
  if (!(error instanceof ApiError) || error.code !== "share_not_readable_by_all") return null;
  const parsed = ShareRefusal.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

/**
 * « Partager dans une communauté »: a dispatched correspondence goes into a community's feed with
 * a comment, only if every member may read it; otherwise the refusal names who could not.
 */
export function ShareCorrespondenceDialog({ correspondenceId }: { correspondenceId: string }) {
  const t = useT();
  const me = useCurrentUser();
  const formId = useId();
  const share = useShareCorrespondence();
  const postable = me.communities.filter((c) => c.role === "manager" || c.role === "member");
  const [isOpen, setIsOpen] = useState(false);
  const [communityId, setCommunityId] = useState(postable[0]?.id ?? "");
  const [source, setSource] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState("");
  if (postable.length === 0) return null;
  const refusal = refusalOf(share.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = ShareCorrespondenceBody.safeParse({
      correspondenceId,
      communityId,
      body: parseRichSource(source),
    });
    if (!checked.success) {
      setError(t("feed.share.commentRequired"));
      return;
    }
    setError(undefined);
    share.mutate(checked.data, {
      onSuccess: (post) => {
        setDone(t("feed.share.done", { community: post.community.name }));
        setSource("");
        setIsOpen(false);
      },
    });
  };

  return (
    <div className="fr-mb-3w print-hidden">
      <Button
        type="button"
        priority="secondary"
        iconId="fr-icon-share-line"
        nativeButtonProps={{ "aria-expanded": isOpen, "aria-controls": formId }}
        onClick={() => {
          setIsOpen(!isOpen);
          setDone("");
        }}
      >
        {t("feed.share.open")}
      </Button>
      <StatusNotice message={done} className="fr-mt-2w" />
      <form id={formId} hidden={!isOpen} onSubmit={submit} noValidate className="fr-mt-2w">
        <p className="fr-text--sm">{t("feed.share.lead")}</p>
        <Select
          label={t("feed.share.community")}
          nativeSelectProps={{
            value: communityId,
            onChange: (e) => setCommunityId(e.target.value),
          }}
        >
          {postable.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <RichTextEditor
          label={t("feed.share.comment")}
          value={source}
          onChange={setSource}
          errorMessage={error}
          rows={3}
        />
        {refusal !== null ? (
          <Alert
            className="fr-mb-2w"
            severity="warning"
            title={t("feed.share.refusedTitle")}
            description={
              <>
                <p>{t("feed.share.refusedLead", { count: refusal.total })}</p>
                <ul>
                  {refusal.people.map((p) => (
                    <li key={p.id}>{p.displayName}</li>
                  ))}
                </ul>
                {refusal.total > refusal.people.length && (
                  <p>
                    {t("feed.share.refusedMore", { count: refusal.total - refusal.people.length })}
                  </p>
                )}
              </>
            }
          />
        ) : (
          <ApiErrorAlert error={share.error} className="fr-mb-2w" />
        )}
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <Button type="submit" disabled={share.isPending}>
              {t("feed.share.submit")}
            </Button>
          </li>
          <li>
            <Button type="button" priority="tertiary" onClick={() => setIsOpen(false)}>
              {t("form.cancel")}
            </Button>
          </li>
        </ul>
      </form>
    </div>
  );
}
