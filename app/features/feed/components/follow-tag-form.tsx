import { Input } from "@codegouvfr/react-dsfr/Input";
import { PostTag } from "@shared/schemas/feed";
import { useState } from "react";
import { InfoPanel } from "../../../components/info-panel";
import { useT } from "../../../i18n/use-t";
import { FollowButton } from "./follow-button";

/** Follow a tag by name: its posts then come into the personal feed. */
export function FollowTagForm() {
  const t = useT();
  const [value, setValue] = useState("");
  const tag = PostTag.safeParse(value);
  return (
    <InfoPanel title={t("feed.followTag.title")}>
      <Input
        label={t("feed.followTag.label")}
        hintText={t("feed.followTag.hint")}
        nativeInputProps={{ value, maxLength: 40, onChange: (e) => setValue(e.target.value) }}
      />
      {tag.success && (
        <FollowButton
          key={tag.data}
          target={{ targetType: "tag", targetKey: tag.data }}
          name={`#${tag.data}`}
        />
      )}
    </InfoPanel>
  );
}
