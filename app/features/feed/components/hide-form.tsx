import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { ModeratePostBody } from "@shared/schemas/feed";
import { type FormEvent, useState } from "react";
import { useT } from "../../../i18n/use-t";

type HideFormProps = {
  pending: boolean;
  onHide: (body: ModeratePostBody) => void;
};

/** The reason a manager gives for hiding a post or a comment (required). */
export function HideForm({ pending, onHide }: HideFormProps) {
  const t = useT();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = ModeratePostBody.safeParse({ hidden: true, reason });
    if (!checked.success) {
      setError(t("feed.moderation.reasonRequired"));
      return;
    }
    setError(undefined);
    onHide(checked.data);
  };
  return (
    <form onSubmit={submit} noValidate className="fr-mt-1w">
      <Input
        label={t("feed.moderation.reason")}
        state={error ? "error" : "default"}
        stateRelatedMessage={error}
        nativeInputProps={{
          value: reason,
          maxLength: 300,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <Button type="submit" size="small" disabled={pending}>
        {t("feed.moderation.confirmHide")}
      </Button>
    </form>
  );
}
