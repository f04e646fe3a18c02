import { useSyncExternalStore } from "react";

/*
 * Whether the live stream is connected, shared by the header's stream and every count reader
 * (they poll when it is not).
 */

let isLive = false;
const listeners = new Set<() => void>();

export function setStreamIsLive(value: boolean): void {
  if (value === isLive) return;
  isLive = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStreamIsLive(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isLive,
    () => false,
  );
}
