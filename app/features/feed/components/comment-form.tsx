import { Button } from "@codegouvfr/react-dsfr/Button";
import { parseRichSource } from "@shared/rich-text";
import { CreateCommentBody } from "@shared/schemas/feed";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { useCreateComment } from "../api/create-comment";
import { RichTextEditor } from "./rich-text-editor";

type CommentFormProps = {
  postId: string;
  /** The comment answered, or null for a new top comment. */
  parentId: string | null;
  label: string;
  onDone?: () => void;
};

/** A comment or a reply, in the composer's source syntax, checked with the shared schema. */
export function CommentForm({ postId, parentId, label, onDone }: CommentFormProps) {
  const t = useT();
  const create = useCreateComment(postId);
  const [source, setSource] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = CreateCommentBody.safeParse({ body: parseRichSource(source), parentId });
    if (!checked.success) {
      setError(t("feed.comment.invalid"));
      return;
    }
    setError(undefined);
    create.mutate(checked.data, {
      onSuccess: () => {
        setSource("");
        onDone?.();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="fr-mt-2w">
      <RichTextEditor
        label={label}
        value={source}
        onChange={setSource}
        errorMessage={error}
        rows={2}
      />
      <ApiErrorAlert error={create.error} className="fr-mb-2w" />
      <Button type="submit" size="small" disabled={create.isPending}>
        {t("feed.comment.submit")}
      </Button>
    </form>
  );
}
