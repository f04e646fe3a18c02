import type { Kysely } from "kysely";
import type { UnreadCounts } from "../../shared/schemas/notifications.js";
import type { DB, NotificationTable } from "../db/schema.js";
import { presentNotification, presentUnreadCounts } from "./notifications.presenter.js";
import {
  countUnread,
  findLastSeq,
  listAllNotificationsAfter,
  listNotificationsAfter,
} from "./notifications.repository.js";

/*
 * The live stream's fan-out, one per server process. Every tick it reads the notifications
 * committed since the last one it saw — one query for all connections, whatever their number —
 * and writes each to the open streams of its recipient. Several processes on one PostgreSQL each
 * run their own hub over the same table; sequence numbers are allocated in commit order (under
 * the journal lock), so "everything after N" is a complete answer and a reconnecting client that
 * sends Last-Event-ID misses nothing and gets nothing twice.
 */

/** One open event stream. */
export interface StreamClient {
  readonly userId: string;
  /** The highest sequence number written to this stream: nothing at or below it is sent again. */
  lastSentSeq: number;
  /** While the replay of missed notifications runs, live ones wait here. */
  pending: NotificationTable[] | null;
  write(chunk: string): void;
  /** Bytes written but not yet flushed to the socket: a client that does not read is dropped. */
  backlog(): number;
  end(): void;
}

export interface HubOptions {
  tickMs: number;
  heartbeatMs: number;
  /** Rows read per query; a tick reads as many batches as there are new rows. */
  batchSize?: number;
  /** A stream with more unflushed bytes than this is closed (it will reconnect and replay). */
  maxBacklogBytes?: number;
  /** Where a failed tick is reported (the next tick tries again from the same position). */
  onError?: (error: unknown) => void;
}

const REPLAY_BATCH = 500;

/** The text of one server-sent event. */
function eventChunk(seq: number, event: string, data: unknown): string {
  return `id: ${seq}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class NotificationHub {
  private readonly clients = new Map<string, Set<StreamClient>>();
  private lastSeq: number | null = null;
  private tickTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: HubOptions,
  ) {}

  /** Number of open streams (for metrics and benchmarks). */
  get connectionCount(): number {
    let n = 0;
    for (const set of this.clients.values()) n += set.size;
    return n;
  }

  start(): void {
    if (this.tickTimer) return;
    this.tickTimer = setInterval(() => {
      // One tick at a time: a slow database must not pile ticks up.
      if (this.ticking !== null) return;
      this.ticking = this.tick()
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => {
          this.ticking = null;
        });
    }, this.options.tickMs);
    this.heartbeatTimer = setInterval(() => this.heartbeat(), this.options.heartbeatMs);
    this.tickTimer.unref();
    this.heartbeatTimer.unref();
  }

  /** Stops the timers and closes every stream, so the server can close. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.tickTimer) clearInterval(this.tickTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.tickTimer = null;
    this.heartbeatTimer = null;
    await this.ticking;
    for (const set of this.clients.values()) for (const client of set) client.end();
    this.clients.clear();
  }

  /**
   * Opens a stream for a user: with `lastEventId`, first replays what they missed after it;
   * without, starts from now. The client is registered before the replay query so that nothing
   * committed meanwhile slips between the two.
   */
  async connect(client: StreamClient, lastEventId: number | null): Promise<void> {
    if (this.stopped) {
      client.end();
      return;
    }
    client.pending = [];
    this.add(client);
    if (this.lastSeq === null) this.lastSeq = await findLastSeq(this.db);
    if (lastEventId === null) {
      client.lastSentSeq = await findLastSeq(this.db);
      client.write(`retry: 5000\n${eventChunk(client.lastSentSeq, "ready", {})}`);
    } else {
      client.lastSentSeq = lastEventId;
      client.write("retry: 5000\n\n");
      let rows: NotificationTable[];
      do {
        rows = await listNotificationsAfter(
          this.db,
          client.userId,
          client.lastSentSeq,
          REPLAY_BATCH,
        );
        if (rows.length > 0) await this.sendTo([client], rows);
      } while (rows.length === REPLAY_BATCH);
    }
    const waiting = client.pending ?? [];
    client.pending = null;
    if (waiting.length > 0) await this.sendTo([client], waiting);
  }

  disconnect(client: StreamClient): void {
    const set = this.clients.get(client.userId);
    if (!set) return;
    set.delete(client);
    if (set.size === 0) this.clients.delete(client.userId);
  }

  /** Reads what was committed since the last tick and writes it to its recipients' streams. */
  async tick(): Promise<void> {
    if (this.clients.size === 0) {
      // Nobody listens: forget the position; the next connection starts from the head.
      this.lastSeq = null;
      return;
    }
    if (this.lastSeq === null) this.lastSeq = await findLastSeq(this.db);
    const batchSize = this.options.batchSize ?? 1000;
    for (;;) {
      const rows = await listAllNotificationsAfter(this.db, this.lastSeq, batchSize);
      if (rows.length === 0) return;
      this.lastSeq = Number(rows[rows.length - 1]?.seq ?? this.lastSeq);
      const listening = rows.filter((r) => this.clients.has(r.user_id));
      if (listening.length > 0) await this.dispatch(listening);
      if (rows.length < batchSize) return;
    }
  }

  private add(client: StreamClient): void {
    const set = this.clients.get(client.userId) ?? new Set<StreamClient>();
    set.add(client);
    this.clients.set(client.userId, set);
  }

  private async dispatch(rows: readonly NotificationTable[]): Promise<void> {
    const byUser = new Map<string, NotificationTable[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
    const ready: [StreamClient[], NotificationTable[]][] = [];
    for (const [userId, userRows] of byUser) {
      const streaming: StreamClient[] = [];
      for (const client of this.clients.get(userId) ?? []) {
        if (client.pending) client.pending.push(...userRows);
        else streaming.push(client);
      }
      if (streaming.length > 0) ready.push([streaming, userRows]);
    }
    if (ready.length === 0) return;
    const userIds = ready.map(([clients]) => clients[0]?.userId ?? "");
    const counts = presentUnreadCounts(userIds, await countUnread(this.db, userIds));
    for (const [clients, userRows] of ready) this.write(clients, userRows, counts);
  }

  private async sendTo(clients: StreamClient[], rows: readonly NotificationTable[]) {
    const userIds = [...new Set(clients.map((c) => c.userId))];
    const counts = presentUnreadCounts(userIds, await countUnread(this.db, userIds));
    this.write(clients, rows, counts);
  }

  private write(
    clients: readonly StreamClient[],
    rows: readonly NotificationTable[],
    counts: Map<string, UnreadCounts>,
  ) {
    const maxBacklog = this.options.maxBacklogBytes ?? 1024 * 1024;
    for (const client of clients) {
      const unread = counts.get(client.userId);
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq <= client.lastSentSeq) continue;
        client.write(
          eventChunk(seq, "notification", { notification: presentNotification(row), unread }),
        );
        client.lastSentSeq = seq;
      }
      if (client.backlog() > maxBacklog) {
        this.disconnect(client);
        client.end();
      }
    }
  }

  private heartbeat(): void {
    for (const set of this.clients.values())
      for (const client of set) client.write(": heartbeat\n\n");
  }
}
