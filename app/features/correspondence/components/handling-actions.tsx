import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { DistributionList } from "@shared/schemas/handling";
import type { PersonSummary } from "@shared/schemas/people";
import { type FormEvent, useId, useState } from "react";
import { useNavigate } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { type Translate, useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { useAcknowledge } from "../api/acknowledge";
import { useAssignAction } from "../api/assign-action";
import { useCloseAction } from "../api/close-action";
import { useReplyToCorrespondence } from "../api/reply-to-correspondence";
import { problemsOf } from "./draft-errors";
import { originUnitChoices } from "./origin-units";
import { PersonPicker } from "./person-picker";
import { StatusNotice } from "./status-notice";

const COMMENT_MAX = 2_000;

type OpenForm = "assign" | "close" | null;

function assignProblem(error: unknown, t: Translate): string | undefined {
  const problem = problemsOf(error).find((p) => p.path === "/userId")?.problem;
  if (problem === undefined) return undefined;
  if (problem === "not_addressee_member") return t("handling.problem.notMember");
  if (problem === "cannot_read_it") return t("handling.problem.cannotRead");
  return t("form.invalid");
}

function AssignForm({
  correspondenceId,
  id,
  onDone,
  onCancel,
}: {
  correspondenceId: string;
  id: string;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const assign = useAssignAction(correspondenceId);
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [pickError, setPickError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (person === null) {
      setPickError(t("handling.chooseAssignee"));
      return;
    }
    setPickError(undefined);
    assign.mutate({ userId: person.id }, { onSuccess: () => onDone(person.displayName) });
  };
  const serverError = assignProblem(assign.error, t);
  return (
    <form id={id} onSubmit={submit} noValidate className="fr-mt-2w">
      <p className="fr-text--sm">{t("handling.assignLead")}</p>
      <PersonPicker
        label={t("handling.assignee")}
        value={person?.id ?? ""}
        onChange={(chosen) => {
          setPerson(chosen);
          setPickError(undefined);
        }}
        errorMessage={pickError ?? serverError}
      />
      {serverError === undefined && <ApiErrorAlert error={assign.error} className="fr-mb-2w" />}
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" disabled={assign.isPending}>
            {t("handling.assignSubmit")}
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        </li>
      </ul>
    </form>
  );
}

function CloseForm({
  correspondenceId,
  id,
  onDone,
  onCancel,
}: {
  correspondenceId: string;
  id: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const close = useCloseAction(correspondenceId);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.trim() === "") {
      setCommentError(t("handling.closeCommentRequired"));
      return;
    }
    setCommentError(undefined);
    close.mutate({ comment }, { onSuccess: onDone });
  };
  return (
    <form id={id} onSubmit={submit} noValidate className="fr-mt-2w">
      <Input
        textArea
        label={t("handling.closeComment")}
        hintText={t("handling.closeCommentHint")}
        state={commentError === undefined ? "default" : "error"}
        stateRelatedMessage={commentError}
        nativeTextAreaProps={{
          value: comment,
          maxLength: COMMENT_MAX,
          rows: 3,
          required: true,
          onChange: (event) => setComment(event.target.value),
        }}
      />
      <ApiErrorAlert error={close.error} className="fr-mb-2w" />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit" disabled={close.isPending}>
            {t("handling.closeSubmit")}
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" onClick={onCancel}>
            {t("form.cancel")}
          </Button>
        </li>
      </ul>
    </form>
  );
}

/**
 * What the user does with the action addressed to them (or their unit, community, or assigned
 * to them): « Accuser réception », « Attribuer », « Répondre », « Clore » — each shown when the
 * server's abilities allow it. Answering starts a draft and opens it in the editor.
 */
export function HandlingActions({ distribution }: { distribution: DistributionList }) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const assignFormId = useId();
  const closeFormId = useId();
  const { correspondenceId, abilities } = distribution;
  const acknowledge = useAcknowledge(correspondenceId);
  const reply = useReplyToCorrespondence(correspondenceId);
  const [open, setOpen] = useState<OpenForm>(null);
  const [done, setDone] = useState("");
  const originUnitId = originUnitChoices(me)[0]?.id;
  const canReply = abilities.reply && originUnitId !== undefined;

  if (!abilities.acknowledge && !abilities.assign && !abilities.close && !canReply) {
    return <StatusNotice message={done} />;
  }

  const toggle = (form: Exclude<OpenForm, null>) => {
    setOpen(open === form ? null : form);
    setDone("");
  };
  const startReply = () => {
    if (originUnitId === undefined) return;
    reply.mutate(
      { originUnitId },
      {
        onSuccess: (draft) =>
          navigate(paths.editCorrespondence(draft.id), { state: { justCreated: true } }),
      },
    );
  };

  return (
    <div className="fr-mb-3w print-hidden">
      <StatusNotice message={done} />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        {abilities.acknowledge && (
          <li>
            <Button
              type="button"
              iconId="fr-icon-check-line"
              disabled={acknowledge.isPending}
              onClick={() =>
                acknowledge.mutate(undefined, {
                  onSuccess: () => setDone(t("handling.acknowledged")),
                })
              }
            >
              {t("handling.acknowledge")}
            </Button>
          </li>
        )}
        {abilities.assign && (
          <li>
            <Button
              type="button"
              priority="secondary"
              iconId="fr-icon-user-add-line"
              nativeButtonProps={{
                "aria-expanded": open === "assign",
                "aria-controls": open === "assign" ? assignFormId : undefined,
              }}
              onClick={() => toggle("assign")}
            >
              {t("handling.assign")}
            </Button>
          </li>
        )}
        {canReply && (
          <li>
            <Button
              type="button"
              priority="secondary"
              iconId="fr-icon-reply-line"
              disabled={reply.isPending}
              onClick={startReply}
            >
              {t("handling.reply")}
            </Button>
          </li>
        )}
        {abilities.close && (
          <li>
            <Button
              type="button"
              priority="secondary"
              iconId="fr-icon-close-circle-line"
              nativeButtonProps={{
                "aria-expanded": open === "close",
                "aria-controls": open === "close" ? closeFormId : undefined,
              }}
              onClick={() => toggle("close")}
            >
              {t("handling.close")}
            </Button>
          </li>
        )}
      </ul>
      <ApiErrorAlert error={acknowledge.error ?? reply.error} className="fr-mb-2w" />
      {open === "assign" && (
        <AssignForm
          correspondenceId={correspondenceId}
          id={assignFormId}
          onDone={(name) => {
            setOpen(null);
            setDone(t("handling.assigned", { name }));
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === "close" && (
        <CloseForm
          correspondenceId={correspondenceId}
          id={closeFormId}
          onDone={() => {
            setOpen(null);
            setDone(t("handling.closed"));
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </div>
  );
}
