import type { ExpressionBuilder } from "kysely";
import type { DB } from "../db/schema.js";
import { hasRole, type Subject } from "../policy/subject.js";

/**
 * Directory rule for people: administrators see every account; agents of the State see every
 * active account; external users see only active colleagues of their own organisation.
 * Everyone sees themself.
 */
export function canReadPerson(
  subject: Subject,
  person: { id: string; organizationId: string; status: "active" | "disabled" },
): boolean {
  if (person.id === subject.userId || hasRole(subject, "platform_admin")) return true;
  if (person.status !== "active") return false;
  return !subject.isExternal || person.organizationId === subject.organizationId;
}

/** The same rule as `canReadPerson`, as a SQL condition on `users` for lists and search. */
export function readablePeople(subject: Subject) {
  return (eb: ExpressionBuilder<DB, "users">) => {
    if (hasRole(subject, "platform_admin")) return eb.lit(true);
    const visible = eb("users.status", "=", "active");
    const scoped = subject.isExternal
      ? eb.and([visible, eb("users.organization_id", "=", subject.organizationId)])
      : visible;
    return eb.or([scoped, eb("users.id", "=", subject.userId)]);
  };
}
