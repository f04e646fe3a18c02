import { describe, expect, it } from "vitest";
import { cutText, hashtagOf, socialPosts } from "./social-text.js";

describe("preparing a text for social networks", () => {
  it("makes CamelCase hashtags of tags, keeping accents and dropping punctuation", () => {
    expect(hashtagOf("commerce extérieur")).toBe("#CommerceExtérieur");
    expect(hashtagOf("G7/G20")).toBe("#G7G20");
    expect(hashtagOf(" -- ")).toBeNull();
  });

  it("cuts at a word boundary with an ellipsis, never over the limit", () => {
    const text = "La France et les États-Unis renforcent leur coopération spatiale";
    const cut = cutText(text, 30);
    expect([...cut].length).toBeLessThanOrEqual(30);
    expect(cut.endsWith("…")).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cutText("court", 30)).toBe("court");
  });

  it("fits X, Mastodon and LinkedIn, link always present, hashtags giving way first", () => {
    const long = "mot ".repeat(2000);
    const { posts } = socialPosts({
      title: "Un titre",
      summary: long,
      url: "https://diplomatie.example.gouv.fr/publications/0b1c",
      tags: Array.from({ length: 30 }, (_, i) => `étiquette numéro ${i}`),
    });
    expect(posts.map((p) => p.network)).toEqual(["x", "mastodon", "linkedin"]);
    for (const p of posts) {
      expect([...p.text].length).toBeLessThanOrEqual(p.limit);
      expect(p.text).toContain("https://diplomatie.example.gouv.fr/publications/0b1c");
    }
    expect(posts[2]?.text).toContain("#ÉtiquetteNuméro0");
  });
});
