import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { PersonSummary } from "@shared/schemas/people";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { searchPeople } from "../../directory/api/search-people";
import { UnitPicker } from "../../directory/components/unit-picker";
import { useInviteMembers } from "../api/invite-members";

const SEARCH_DELAY_MS = 300;

/** Up to a page of people matching what was typed, once typing pauses. */
function usePeopleMatching(q: string) {
  const [debounced, setDebounced] = useState(q);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(q.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [q]);
  return useQuery({
    queryKey: ["directory", "people", "invite", debounced],
    queryFn: ({ signal }) => searchPeople({ q: debounced }, null, signal),
    enabled: debounced.length >= 2,
  });
}

/**
 * Invite people (searched in the directory) and whole units (their people assigned today).
 * External users are added as guests whatever the role chosen — the server decides.
 */
export function InviteForm({ communityId }: { communityId: string }) {
  const t = useT();
  const invite = useInviteMembers(communityId);
  const [q, setQ] = useState("");
  const [chosen, setChosen] = useState<PersonSummary[]>([]);
  const [unitId, setUnitId] = useState("");
  const [role, setRole] = useState<"member" | "manager">("member");
  const [added, setAdded] = useState<number | null>(null);
  const matches = usePeopleMatching(q);

  const choose = (person: PersonSummary) =>
    setChosen((current) =>
      current.some((p) => p.id === person.id) ? current : [...current, person],
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen.length === 0 && unitId === "") return;
    invite.mutate(
      { userIds: chosen.map((p) => p.id), unitIds: unitId === "" ? [] : [unitId], role },
      {
        onSuccess: (result) => {
          setAdded(result.addedUserIds.length);
          setChosen([]);
          setUnitId("");
          setQ("");
        },
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <ApiErrorAlert error={invite.error} />
      {added !== null && (
        <Alert
          className="fr-mb-2w"
          severity="success"
          small
          description={t("community.invited", { count: added })}
        />
      )}
      <Input
        label={t("community.invitePeople")}
        hintText={t("community.invitePeopleHint")}
        nativeInputProps={{
          type: "search",
          value: q,
          maxLength: 200,
          onChange: (e) => setQ(e.target.value),
        }}
      />
      {matches.data && matches.data.items.length > 0 && (
        <ul className="plain-list fr-mb-2w" aria-label={t("community.inviteMatches")}>
          {matches.data.items.slice(0, 10).map((person) => (
            <li key={person.id}>
              {person.displayName}
              {person.principalUnit !== null && (
                <span className="fr-text--sm"> — {person.principalUnit.name}</span>
              )}{" "}
              <Button
                type="button"
                size="small"
                priority="tertiary"
                onClick={() => choose(person)}
                disabled={chosen.some((p) => p.id === person.id)}
              >
                {t("community.inviteChoose")}
                <span className="fr-sr-only"> {person.displayName}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <>
          <p className="fr-mb-1v">{t("community.inviteChosen")}</p>
          <ul className="fr-tags-group">
            {chosen.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className="fr-tag fr-tag--dismiss"
                  aria-label={t("community.inviteUnchoose", { name: person.displayName })}
                  onClick={() => setChosen((current) => current.filter((p) => p.id !== person.id))}
                >
                  {person.displayName}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <UnitPicker
        label={t("community.inviteUnit")}
        value={unitId}
        onChange={setUnitId}
        emptyOptionLabel={t("community.inviteNoUnit")}
      />
      <Select
        label={t("community.inviteRole")}
        hint={t("community.inviteRoleHint")}
        nativeSelectProps={{
          value: role,
          onChange: (e) => setRole(e.target.value === "manager" ? "manager" : "member"),
        }}
      >
        <option value="member">{t("membershipRole.member")}</option>
        <option value="manager">{t("membershipRole.manager")}</option>
      </Select>
      <Button
        type="submit"
        iconId="fr-icon-user-add-line"
        disabled={invite.isPending || (chosen.length === 0 && unitId === "")}
      >
        {t("community.inviteSubmit")}
      </Button>
    </form>
  );
}
