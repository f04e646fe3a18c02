import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { USER_STATUSES, type UserStatus } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { LoadMoreButton } from "../../../components/load-more-button";
import { Loading } from "../../../components/loading";
import { ClearanceBadge } from "../../../components/protection-badges";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { type AdminUserFilters, useUserSearch } from "../api/search-users";
import { UserStatusBadge } from "../components/user-status-badge";

function isUserStatus(value: string): value is UserStatus {
  return (USER_STATUSES as readonly string[]).includes(value);
}

function UserResults({ filters }: { filters: AdminUserFilters }) {
  const t = useT();
  const search = useUserSearch(filters);
  if (search.isPending) return <Loading />;
  if (search.data === undefined) return <ApiErrorAlert error={search.error} />;
  const users = search.data.pages.flatMap((page) => page.items);
  return (
    <div aria-busy={search.isFetching}>
      <p role="status" aria-live="polite">
        {users.length === 0
          ? t("adminUsers.noResult")
          : search.hasNextPage
            ? t("adminUsers.countMore", { count: users.length })
            : t("adminUsers.count", { count: users.length })}
      </p>
      {users.length > 0 && (
        <DataTable
          caption={t("adminUsers.caption")}
          headers={[
            t("people.name"),
            t("identity.email"),
            t("people.organization"),
            t("adminUsers.clearance"),
            t("adminUsers.status"),
          ]}
          rows={users.map((user) => ({
            key: user.id,
            cells: [
              <Link key="name" to={paths.adminUser(user.id)}>
                {user.displayName}
              </Link>,
              user.email,
              user.organization.shortName || user.organization.name,
              <ClearanceBadge key="clearance" level={user.clearance.level} small />,
              <UserStatusBadge key="status" status={user.status} />,
            ],
          }))}
        />
      )}
      {search.isFetchNextPageError && <ApiErrorAlert error={search.error} />}
      <LoadMoreButton
        hasMore={search.hasNextPage}
        isLoading={search.isFetchingNextPage}
        onLoadMore={() => void search.fetchNextPage()}
      />
    </div>
  );
}

/** « Utilisateurs »: find an account by name or e-mail, or create one. */
export function UsersPage() {
  const t = useT();
  usePageTitle(t("adminUsers.title"));
  const [q, setQ] = useState("");
  const [status, setStatus] = useState("");
  const [filters, setFilters] = useState<AdminUserFilters>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters({
      ...(q.trim() === "" ? {} : { q: q.trim() }),
      ...(isUserStatus(status) ? { status } : {}),
    });
  };

  return (
    <>
      <h1>{t("adminUsers.title")}</h1>
      <Button
        iconId="fr-icon-user-add-line"
        linkProps={{ to: paths.adminNewUser }}
        className="fr-mb-3w"
      >
        {t("adminUsers.create")}
      </Button>
      <search aria-label={t("adminUsers.searchFormLabel")}>
        <form onSubmit={submit} className="fr-mb-3w">
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-8">
              <Input
                label={t("adminUsers.search")}
                hintText={t("adminUsers.searchHint")}
                nativeInputProps={{
                  type: "search",
                  value: q,
                  onChange: (event) => setQ(event.target.value),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <Select
                label={t("adminUsers.status")}
                nativeSelectProps={{
                  value: status,
                  onChange: (event) => setStatus(event.target.value),
                }}
              >
                <option value="">{t("adminUsers.allStatuses")}</option>
                {USER_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`userStatus.${value}`)}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <Button type="submit" iconId="fr-icon-search-line">
            {t("directory.submit")}
          </Button>
        </form>
      </search>
      <UserResults filters={filters} />
    </>
  );
}
