import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProjectSchema, SessionSchema } from "./event.js";
import { cleanText, TEXT_LIMITS } from "./text.js";

describe("cleanText", () => {
  it("strips control characters and flattens a single line", () => {
    expect(cleanText("  Bed\u0000flow\u0007\tTwo\r\n")).toBe("Bedflow Two");
    expect(cleanText("a\u2028b")).toBe("a b");
    expect(cleanText("\u009bx")).toBe("x");
  });

  it("keeps paragraphs in multi-line text, with one kind of line break", () => {
    expect(cleanText("one\r\ntwo\u2029three\u0008", { multiline: true })).toBe("one\ntwo\nthree");
  });

  it("returns empty text for what renders as nothing", () => {
    expect(cleanText("\u200b\u200d \u00a0\u0001")).toBe("");
    expect(cleanText("\u202e\u2066", { multiline: true })).toBe("");
    // A joiner inside an emoji sequence is kept.
    expect(cleanText("👩\u200d💻")).toBe("👩\u200d💻");
  });

  it("never leaves a control character, a separator or outer whitespace", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.boolean(), (text, multiline) => {
        const out = cleanText(text, { multiline });
        const allowed = multiline ? new Set(["\n", "\t"]) : new Set<string>();
        for (const ch of out) {
          const code = ch.codePointAt(0)!;
          const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
          expect(control && !allowed.has(ch)).toBe(false);
        }
        expect(out).toBe(out.trim());
        expect(cleanText(out, { multiline })).toBe(out);
      }),
    );
  });
});

describe("text limits in the schemas", () => {
  it("refuses a 60,000-character title and names the field", () => {
    const result = ProjectSchema.safeParse({ id: "p", title: "x".repeat(60_000) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["title"]);
    expect(ProjectSchema.safeParse({ id: "p", title: "x".repeat(TEXT_LIMITS.title) }).success).toBe(true);
  });

  it("limits summaries and session descriptions", () => {
    expect(
      ProjectSchema.safeParse({ id: "p", title: "t", summary: "x".repeat(TEXT_LIMITS.summary + 1) }).success,
    ).toBe(false);
    const session = { id: "s", title: "t", kind: "talk", start: "2026-05-16T09:00", duration: 30 };
    expect(
      SessionSchema.safeParse({ ...session, description: "x".repeat(TEXT_LIMITS.description) }).success,
    ).toBe(true);
    expect(
      SessionSchema.safeParse({ ...session, description: "x".repeat(TEXT_LIMITS.description + 1) }).success,
    ).toBe(false);
  });
});
