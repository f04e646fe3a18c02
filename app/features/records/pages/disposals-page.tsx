import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useDisposalLists, useDisposalProposals, useProposeDisposal } from "../api/disposals";

function Proposals() {
  const t = useT();
  const format = useFormatters();
  const navigate = useNavigate();
  const proposals = useDisposalProposals();
  const propose = useProposeDisposal();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [note, setNote] = useState("");
  if (proposals.isPending) return <Loading />;
  if (!proposals.data) return <ApiErrorAlert error={proposals.error} />;
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    propose.mutate(
      { recordIds: [...chosen], note },
      { onSuccess: (list) => navigate(paths.archivesDisposal(list.id)) },
    );
  };
  const items = proposals.data.items;
  return (
    <section aria-labelledby="proposals-title">
      <h2 id="proposals-title" className="fr-h4">
        {t("records.disposals.proposals")}
      </h2>
      {items.length === 0 ? (
        <p>{t("records.disposals.noProposal")}</p>
      ) : (
        <form onSubmit={submit}>
          <DataTable
            caption={t("records.disposals.proposalsCaption", { count: items.length })}
            headers={[
              t("records.disposals.choose"),
              t("records.list.reference"),
              t("records.list.subject"),
              t("records.list.series"),
              t("records.list.due"),
            ]}
            rows={items.map((r) => ({
              key: r.id,
              cells: [
                <div key="pick" className="fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    id={`pick-${r.id}`}
                    checked={chosen.has(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                  <label className="fr-label" htmlFor={`pick-${r.id}`}>
                    <span className="fr-sr-only">
                      {t("records.disposals.pick", { reference: r.reference ?? r.id })}
                    </span>
                  </label>
                </div>,
                r.reference ?? "—",
                r.subject ?? t("records.list.subjectHidden"),
                r.series ? `${r.series.code} ${r.series.title}` : "—",
                r.dueAt ? format.date(r.dueAt) : "—",
              ],
            }))}
          />
          <ApiErrorAlert error={propose.error} />
          <Input
            label={t("records.disposals.note")}
            nativeInputProps={{
              maxLength: 2000,
              value: note,
              onChange: (e) => setNote(e.target.value),
            }}
          />
          <Button type="submit" disabled={chosen.size === 0 || propose.isPending}>
            {t("records.disposals.propose", { count: chosen.size })}
          </Button>
        </form>
      )}
    </section>
  );
}

/** « Éliminations »: records due for destruction, and the disposal lists. */
export function DisposalsPage() {
  const t = useT();
  const format = useFormatters();
  usePageTitle(t("records.disposals.title"));
  const lists = useDisposalLists();
  return (
    <>
      <h1>{t("records.disposals.title")}</h1>
      <section aria-labelledby="lists-title" className="fr-mb-6w">
        <h2 id="lists-title" className="fr-h4">
          {t("records.disposals.lists")}
        </h2>
        {lists.isPending ? (
          <Loading />
        ) : !lists.data ? (
          <ApiErrorAlert error={lists.error} />
        ) : lists.data.items.length === 0 ? (
          <p>{t("records.disposals.noList")}</p>
        ) : (
          <DataTable
            caption={t("records.disposals.listsCaption")}
            headers={[
              t("records.disposals.list"),
              t("records.disposals.proposedBy"),
              t("records.disposals.state"),
              t("records.disposals.count"),
            ]}
            rows={lists.data.items.map((l) => ({
              key: l.id,
              cells: [
                <Link key="link" to={paths.archivesDisposal(l.id)}>
                  {t("records.disposals.listOf", { date: format.dateTime(l.proposedAt) })}
                </Link>,
                l.proposedBy.displayName,
                t(`records.disposals.status.${l.status}`),
                l.status === "approved" ? l.counts.disposed : l.counts.proposed,
              ],
            }))}
          />
        )}
      </section>
      <Proposals />
    </>
  );
}
