import type { TextDiff, VersionDiff } from "@shared/schemas/correspondence";
import { useId, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { useVersionDiff } from "../api/compare-versions";
import type { VersionListData } from "../api/versions";

/** Runs of a text with insertions and deletions marked (<ins>/<del> are announced by screen readers' text). */
function DiffText({ diff }: { diff: TextDiff }) {
  const t = useT();
  return (
    <>
      {diff.map((run, index) => {
        // Runs have no identity of their own: their position is their key.
        const key = `${index}-${run.op}`;
        if (run.op === "added") {
          return (
            <ins key={key} className="version-diff__added" title={t("versionDiff.added")}>
              {run.text}
            </ins>
          );
        }
        if (run.op === "removed") {
          return (
            <del key={key} className="version-diff__removed" title={t("versionDiff.removed")}>
              {run.text}
            </del>
          );
        }
        return <span key={key}>{run.text}</span>;
      })}
    </>
  );
}

function DiffResult({ diff }: { diff: VersionDiff }) {
  const t = useT();
  const changedParagraphs = diff.paragraphs.filter((p) => p.status !== "same");
  const nothing =
    diff.fields.length === 0 && changedParagraphs.length === 0 && diff.addressees.length === 0;
  if (nothing) return <p>{t("versionDiff.nothing")}</p>;
  return (
    <div className="version-diff">
      {diff.fields.length > 0 && (
        <>
          <h3 className="fr-h6">{t("versionDiff.fields")}</h3>
          <dl>
            {diff.fields.map((f) => (
              <div key={f.field} className="fr-mb-1w">
                <dt className="fr-text--bold">{t(`versionDiff.field.${f.field}`)}</dt>
                <dd>
                  <DiffText diff={f.diff} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {changedParagraphs.length > 0 && (
        <>
          <h3 className="fr-h6">{t("versionDiff.paragraphs")}</h3>
          <ol className="version-diff__paragraphs">
            {diff.paragraphs.map((p, index) => {
              const marking = p.after?.marking ?? p.before?.marking ?? "";
              const markingChanged =
                p.before !== null && p.after !== null && p.before.marking !== p.after.marking;
              return (
                // Paragraphs are identified by their place in the aligned list.
                // biome-ignore lint/suspicious/noArrayIndexKey: the aligned list never reorders.
                <li key={index} className={`version-diff__paragraph--${p.status}`}>
                  <p className="fr-text--sm fr-mb-0">
                    {t(`versionDiff.status.${p.status}`)} —{" "}
                    {markingChanged
                      ? t("versionDiff.markingChanged", {
                          before: p.before?.marking ?? "",
                          after: p.after?.marking ?? "",
                        })
                      : `(${marking})`}
                  </p>
                  <p>
                    <DiffText diff={p.diff} />
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
      {diff.addressees.length > 0 && (
        <>
          <h3 className="fr-h6">{t("versionDiff.addressees")}</h3>
          <ul>
            {diff.addressees.map((a) => (
              <li key={`${a.type}:${a.id}`}>
                {a.name} — {t(`versionDiff.addressee.${a.status}`)}
                {a.modeAfter !== null && ` (${t(`addressees.mode.${a.modeAfter}`)})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** « Comparer deux versions »: pick two saved versions and see what changed between them. */
export function VersionComparison({
  correspondenceId,
  versions,
}: {
  correspondenceId: string;
  versions: VersionListData["items"];
}) {
  const t = useT();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const latest = versions[0]?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const diff = useVersionDiff(correspondenceId, Math.min(from, to), Math.max(from, to));
  if (versions.length < 2) return null;
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      {t("versions.number", { version: v.version })}
    </option>
  ));
  return (
    <section aria-labelledby={headingId} className="fr-mt-3w">
      <h3 id={headingId} className="fr-h5">
        {t("versionDiff.title")}
      </h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-sm-6 fr-select-group">
          <label className="fr-label" htmlFor={fromId}>
            {t("versionDiff.from")}
          </label>
          <select
            id={fromId}
            className="fr-select"
            value={from}
            onChange={(e) => setFrom(Number(e.target.value))}
          >
            {options}
          </select>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-select-group">
          <label className="fr-label" htmlFor={toId}>
            {t("versionDiff.to")}
          </label>
          <select
            id={toId}
            className="fr-select"
            value={to}
            onChange={(e) => setTo(Number(e.target.value))}
          >
            {options}
          </select>
        </div>
      </div>
      {from === to ? (
        <p>{t("versionDiff.sameVersion")}</p>
      ) : (
        <div aria-live="polite">
          {diff.isPending && <Loading />}
          <ApiErrorAlert error={diff.error} />
          {diff.data !== undefined && <DiffResult diff={diff.data} />}
        </div>
      )}
    </section>
  );
}
