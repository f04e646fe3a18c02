import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEFAULT_NOTIFICATION_PREFERENCES } from "../../../shared/schemas/notifications.js";
import { MARKINGS } from "../../../shared/vocabulary.js";
import { itemLink, mailableSubject } from "./mail-compose.js";
import { retryDelayMs } from "./mail-sender.job.js";
import { mailViewOf, preferencesAfter } from "./mail-settings.js";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token.js";

describe("what a mail may say of a document", () => {
  it("carries a subject only for a document that is not protected", () => {
    for (const marking of MARKINGS) {
      expect(mailableSubject(marking, "Objet"), marking).toBe(marking === "NP" ? "Objet" : null);
    }
  });

  it("links every item back to its page in the portal", () => {
    const item = {
      notificationId: randomUUID(),
      type: "information" as const,
      reason: "followed_post" as const,
      target: { type: "post", id: "p" },
      communityId: "c",
      threadId: "p",
      count: 1,
      actors: [],
      details: {},
    };
    expect(itemLink("https://p.example", item)).toBe("https://p.example/communautes/c");
    expect(
      itemLink("https://p.example", {
        ...item,
        target: { type: "correspondence", id: "d" },
        communityId: null,
      }),
    ).toBe("https://p.example/correspondance/documents/d");
    expect(
      itemLink("https://p.example", {
        ...item,
        target: { type: "user", id: "u" },
        communityId: null,
      }),
    ).toBe("https://p.example/notifications");
  });
});

describe("retries", () => {
  it("waits a minute, then twice as long each time, never more than an hour", () => {
    expect([1, 2, 3, 4, 6, 7, 30].map(retryDelayMs)).toEqual([
      60_000, 120_000, 240_000, 480_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });
});

describe("unsubscribe links", () => {
  const key = randomBytes(32);
  const userId = randomUUID();

  it("read back the user and types they were made for", () => {
    const token = unsubscribeToken(key, userId, ["alert", "action"]);
    expect(readUnsubscribeToken(key, token)).toEqual({ userId, types: ["action", "alert"] });
  });

  it("cannot be forged, widened, moved to another user or read with another key", () => {
    const token = unsubscribeToken(key, userId, ["action"]);
    const [, , mac] = token.split(".");
    const other = randomUUID();
    for (const bad of [
      `${userId}.action_alert.${mac}`,
      `${other}.action.${mac}`,
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
      `${userId}.unknown.${mac}`,
      `${userId}..${mac}`,
      "",
      "../../etc/passwd",
    ]) {
      expect(readUnsubscribeToken(key, bad), bad).toBeNull();
    }
    expect(readUnsubscribeToken(randomBytes(32), token)).toBeNull();
  });
});

describe("mail settings as a view of the notification preferences", () => {
  const defaults = { ...DEFAULT_NOTIFICATION_PREFERENCES };

  it("reads the defaults as action and alert at once, information in the daily digest", () => {
    expect(mailViewOf(defaults)).toEqual({
      digestFrequency: "daily",
      types: { action: "immediate", information: "digest", alert: "immediate" },
    });
  });

  it("moves every digested type to the new frequency and keeps in-portal choices", () => {
    const prefs = { ...defaults, information: { inApp: false, email: "daily" as const } };
    const next = preferencesAfter(prefs, { digestFrequency: "weekly", types: { alert: "digest" } });
    expect(next).toEqual({
      action: { inApp: true, email: "immediate" },
      information: { inApp: false, email: "weekly" },
      alert: { inApp: true, email: "weekly" },
    });
    expect(mailViewOf(next).digestFrequency).toBe("weekly");
  });

  it("turns digested types off when there is no digest", () => {
    const next = preferencesAfter(defaults, { digestFrequency: "none" });
    expect(next.information.email).toBe("none");
    expect(mailViewOf(next)).toEqual({
      digestFrequency: "none",
      types: { action: "immediate", information: "none", alert: "immediate" },
    });
  });
});
