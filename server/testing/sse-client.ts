import http from "node:http";

/* A minimal Server-Sent Events client over real HTTP, for tests and benchmarks. */

export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface SseConnection {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: SseEvent[];
  /** Comment lines received (heartbeats). */
  comments: number;
  /** Resolves with the first event (after those already received) that matches. */
  next(match?: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  onEvent(listener: (e: SseEvent) => void): void;
  body: string;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens an event stream; resolves once the response head arrived. */
export function openEventStream(
  url: string,
  headers: Record<string, string>,
  agent?: http.Agent,
): Promise<SseConnection> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { headers: { accept: "text/event-stream", ...headers }, agent },
      (response) => {
        const events: SseEvent[] = [];
        const listeners: ((e: SseEvent) => void)[] = [];
        let buffer = "";
        let consumed = 0;
        const connection: SseConnection = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          events,
          comments: 0,
          body: "",
          ended: new Promise((resolveEnd) => response.on("end", () => resolveEnd())),
          onEvent: (listener) => listeners.push(listener),
          next: (match = () => true, timeoutMs = 3000) =>
            new Promise((resolveNext, rejectNext) => {
              const look = () => {
                while (consumed < events.length) {
                  const e = events[consumed];
                  consumed += 1;
                  if (e && match(e)) return e;
                }
                return null;
              };
              const found = look();
              if (found) return resolveNext(found);
              const waiter = () => {
                const hit = look();
                if (!hit) return;
                clearTimeout(timer);
                listeners.splice(listeners.indexOf(waiter), 1);
                resolveNext(hit);
              };
              const timer = setTimeout(() => {
                listeners.splice(listeners.indexOf(waiter), 1);
                const tail = connection.body.slice(-600);
                rejectNext(new Error(`no matching event in time; received: ${tail}`));
              }, timeoutMs);
              listeners.push(waiter);
            }),
          close: () => {
            request.destroy();
          },
        };
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          connection.body += chunk;
          buffer += chunk;
          for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event: SseEvent = { id: null, event: "message", data: "" };
            let hasField = false;
            for (const line of block.split("\n")) {
              if (line.startsWith(":")) {
                connection.comments += 1;
                continue;
              }
              const colon = line.indexOf(":");
              const field = colon === -1 ? line : line.slice(0, colon);
              const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
              if (field === "id") event.id = value;
              else if (field === "event") event.event = value;
              else if (field === "data")
                event.data = event.data === "" ? value : `${event.data}\n${value}`;
              else continue;
              hasField = true;
            }
            if (!hasField) continue;
            events.push(event);
            for (const listener of [...listeners]) listener(event);
          }
        });
        response.on("error", () => undefined);
        resolve(connection);
      },
    );
    request.on("error", reject);
  });
}
