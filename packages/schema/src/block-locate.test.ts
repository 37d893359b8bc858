import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
// @ts-expect-error: a plain .mjs script without types
import { generateEvent } from "../bench/generate-event.mjs";
import { blockLocator, UNSURE } from "./block-locate.js";
import { nodeAt } from "./document.js";

/** The reference: the full parser's document, walked as the loader walks it when the quick locator is unsure. */
function documentLocator(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true });
  return (path: readonly (string | number)[]) => {
    const range = nodeAt(doc.contents, path)?.range;
    if (!range) return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  };
}

/** Every path to a value in the data, and beside each a path that goes one step too far. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at, [...at, "no-such-key"], [...at, 9999]];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...at, i])));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
  }
  return out;
}

const root = new URL("../../../", import.meta.url).pathname;
const texts: [string, string][] = [
  ["nhs-hack-day-31.yaml", readFileSync(`${root}examples/nhs-hack-day-31.yaml`, "utf8")],
  ["riverbend-expo-2026.yaml", readFileSync(`${root}examples/riverbend-expo-2026.yaml`, "utf8")],
  ["generated", generateEvent(300)],
  [
    "edge cases",
    'a:\nb: 1\nc:\n  - x\n  -\n    - deep\nd:\n- y\n- k: v\n  l:\n  m: "q: r"\ne: [1, 2]\nf: # c\n  g: 1\n"h": 2\n2026: n\np: |\n  text: not a key\n  - nor an item\nq: last\n',
  ],
];

describe("blockLocator", () => {
  it.each(texts)("finds every path of %s where the full parser does, or says it is unsure", (_name, text) => {
    const quick = blockLocator(text);
    const full = documentLocator(text);
    const data = parseDocument(text).toJS();
    let sure = 0;
    let all = 0;
    for (const path of paths(data)) {
      const found = quick(path);
      all++;
      if (found === UNSURE) continue;
      sure++;
      expect([path, found]).toEqual([path, full(path)]);
    }
    // The examples and generated events are plain block style: the quick answer covers nearly all of them.
    if (_name !== "edge cases") expect(sure / all).toBeGreaterThan(0.95);
  });

  it("is unsure of what it cannot see by indentation alone", () => {
    expect(blockLocator("a: [1,\n  2]\n")(["a", 1])).toBe(UNSURE);
    expect(blockLocator("a:\r\n  b: 1\r\n")(["a", "b"])).toBe(UNSURE);
    expect(blockLocator("--- \na: 1\n")(["a"])).toBe(UNSURE);
    expect(blockLocator('"a b": 1\n')(["a b"])).toBe(UNSURE);
  });
});
