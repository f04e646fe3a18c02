/**
 * The entries of `next` that differ from `initial`. A PATCH sends only what the user changed,
 * so it cannot overwrite someone else's concurrent change and the journal records the real edit.
 */
export function changedFields<T extends Record<string, unknown>>(initial: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (next[key] !== initial[key]) changes[key] = next[key];
  }
  return changes;
}
