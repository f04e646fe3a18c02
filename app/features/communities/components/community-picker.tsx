import type { CommunitySummary } from "@shared/schemas/communities";
import { keepPreviousData } from "@tanstack/react-query";
import { useState } from "react";
import { SearchSelect, useDebouncedValue } from "../../../components/search-select";
import { useT } from "../../../i18n/use-t";
import { useCommunities } from "../api/list-communities";

type CommunityPickerProps = {
  label: string;
  /** The chosen community's id, or "" for none. */
  value: string;
  onChange: (community: CommunitySummary | null) => void;
  errorMessage?: string;
};

/** Picks a community the user may know of (GET /api/communities?q=…). */
export function CommunityPicker({ label, value, onChange, errorMessage }: CommunityPickerProps) {
  const t = useT();
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<CommunitySummary | null>(null);
  const q = useDebouncedValue(text.trim());
  const search = useCommunities(q === "" ? {} : { q }, keepPreviousData);

  const found: CommunitySummary[] = search.data?.pages[0]?.items ?? [];
  const kept = chosen !== null && chosen.id === value ? chosen : null;
  const options = kept !== null && !found.some((c) => c.id === kept.id) ? [kept, ...found] : found;

  return (
    <SearchSelect
      label={label}
      texts={{
        search: t("communityPicker.search"),
        searchHint: t("communityPicker.searchHint"),
        choose: t("communityPicker.choose"),
        count: (count) => t("communityPicker.count", { count }),
        refine: (count) => t("communityPicker.refine", { count }),
      }}
      text={text}
      onTextChange={setText}
      found={options}
      hasMore={(search.data?.pages[0]?.nextCursor ?? null) !== null}
      isFetching={search.isFetching}
      value={value}
      onChange={(id) => {
        const community = options.find((option) => option.id === id) ?? null;
        setChosen(community);
        onChange(community);
      }}
      emptyOptionLabel={t("form.choose")}
      describe={(community) =>
        `${community.name} — ${t("communities.memberCount", { count: community.memberCount })}`
      }
      errorMessage={errorMessage}
    />
  );
}
