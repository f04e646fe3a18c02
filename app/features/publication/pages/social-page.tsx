import { Input } from "@codegouvfr/react-dsfr/Input";
import { useParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { useSocialPosts } from "../api/public";

/** « Préparer pour les réseaux sociaux »: one ready-to-copy text per network. */
export function SocialPage() {
  const t = useT();
  const { id = "" } = useParams();
  const social = useSocialPosts(id);
  usePageTitle(t("social.title"));
  return (
    <>
      <h1>{t("social.title")}</h1>
      <p className="fr-text--lead">{t("social.lead")}</p>
      {social.isPending ? (
        <Loading />
      ) : social.data === undefined ? (
        <ApiErrorAlert error={social.error} />
      ) : (
        social.data.posts.map((post) => (
          <Input
            key={post.network}
            label={t(`social.network.${post.network}`)}
            hintText={t("social.length", { count: [...post.text].length, limit: post.limit })}
            textArea
            nativeTextAreaProps={{
              readOnly: true,
              value: post.text,
              rows: post.network === "x" ? 5 : 9,
            }}
          />
        ))
      )}
    </>
  );
}
