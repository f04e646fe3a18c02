import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { parseRichSource } from "@shared/rich-text";
import { CreatePostBody } from "@shared/schemas/feed";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useCurrentUser } from "../../auth/components/current-user";
import { StatusNotice } from "../../correspondence/components/status-notice";
import { useCreatePost } from "../api/create-post";
import { RichTextEditor } from "./rich-text-editor";

const splitTags = (value: string) =>
  value
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);

/**
 * « Publier »: a post in one of the communities where the user is a member or manager (or in the
 * given one), with tags, and flags for a question and for guests. Nothing to show when the
 * user may post nowhere.
 */
export function PostComposer({ communityId }: { communityId?: string }) {
  const t = useT();
  const me = useCurrentUser();
  const create = useCreatePost();
  const postable = me.communities.filter((c) => c.role === "manager" || c.role === "member");
  const [chosen, setChosen] = useState(communityId ?? postable[0]?.id ?? "");
  const [source, setSource] = useState("");
  const [tags, setTags] = useState("");
  const [isQuestion, setIsQuestion] = useState(false);
  const [visibleToGuests, setVisibleToGuests] = useState(false);
  const [errors, setErrors] = useState<{ body?: string; tags?: string }>({});
  const [done, setDone] = useState("");
  if (
    communityId === undefined ? postable.length === 0 : !postable.some((c) => c.id === communityId)
  ) {
    return null;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone("");
    const checked = CreatePostBody.safeParse({
      communityId: chosen,
      body: parseRichSource(source),
      tags: splitTags(tags),
      isQuestion,
      visibleToGuests,
    });
    if (!checked.success) {
      const paths = checked.error.issues.map((i) => String(i.path[0]));
      setErrors({
        body: paths.includes("body") ? t("feed.composer.bodyInvalid") : undefined,
        tags: paths.includes("tags") ? t("feed.composer.tagsInvalid") : undefined,
      });
      return;
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: () => {
        setSource("");
        setTags("");
        setIsQuestion(false);
        setVisibleToGuests(false);
        setDone(t("feed.composer.published"));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="feed-composer fr-mb-4w">
      <h2 className="fr-h5">{t("feed.composer.title")}</h2>
      {communityId === undefined && (
        <Select
          label={t("feed.composer.community")}
          nativeSelectProps={{ value: chosen, onChange: (e) => setChosen(e.target.value) }}
        >
          {postable.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      )}
      <RichTextEditor
        label={t("feed.composer.body")}
        value={source}
        onChange={setSource}
        errorMessage={errors.body}
      />
      <Input
        label={t("feed.composer.tags")}
        hintText={t("feed.composer.tagsHint")}
        state={errors.tags ? "error" : "default"}
        stateRelatedMessage={errors.tags}
        nativeInputProps={{ value: tags, onChange: (e) => setTags(e.target.value) }}
      />
      <Checkbox
        small
        options={[
          {
            label: t("feed.composer.isQuestion"),
            nativeInputProps: {
              checked: isQuestion,
              onChange: (e) => setIsQuestion(e.target.checked),
            },
          },
          {
            label: t("feed.composer.visibleToGuests"),
            hintText: t("feed.composer.visibleToGuestsHint"),
            nativeInputProps: {
              checked: visibleToGuests,
              onChange: (e) => setVisibleToGuests(e.target.checked),
            },
          },
        ]}
      />
      <ApiErrorAlert error={create.error} className="fr-mb-2w" />
      <StatusNotice message={done} />
      <Button type="submit" disabled={create.isPending}>
        {t("feed.composer.submit")}
      </Button>
    </form>
  );
}
