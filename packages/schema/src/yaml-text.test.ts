import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseSource } from "./document.js";
import { toYamlText } from "./yaml-text.js";

/** Characters readers disagree on or refuse raw, and text YAML syntax makes awkward. */
const RISKY = [
  "\u2028",
  "\u2029",
  "\u0085",
  "\t",
  "\r",
  "\n",
  "\0",
  "\x1b",
  "\x7f",
  "\x80",
  "\x9f",
  "\ufeff",
];
const SYNTAX = [
  " ",
  "a",
  "é",
  "😀",
  "#",
  ": ",
  "- ",
  '"',
  "'",
  "\\",
  "&",
  "*",
  "!",
  "%",
  "@",
  "`",
  "{",
  "[",
  "---",
];
const text = fc.string({ unit: fc.constantFrom(...RISKY, ...SYNTAX) });
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...RISKY, "\ud800", "\udc00", "\ufffe"),
    fc.string({ unit: "binary", maxLength: 1 }),
  ),
});
const data = (strings: fc.Arbitrary<string>) =>
  fc.record({
    list: fc.array(strings, { maxLength: 4 }),
    map: fc.dictionary(strings, strings, { maxKeys: 3 }),
  });

describe("toYamlText", () => {
  it("the YAML 1.2 readers (yaml, and parseSource's js-yaml fast path) read back any strings, keys too (property)", () => {
    fc.assert(
      fc.property(data(anyText), (value) => {
        const out = toYamlText(value);
        expect(out).not.toMatch(/[\u0085\u2028\u2029\x7f-\x9f\ufeff\ufffe\uffff\t]/);
        expect(parse(out)).toEqual(value);
        expect(parseSource(out).data).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it("escapes line separators with the names YAML gives them, and leaves ordinary text plain", () => {
    expect(toYamlText({ name: "a\u2028b\u2029c\u0085d", tab: "x\ty", note: "plain text" })).toBe(
      'name: "a\\Lb\\Pc\\Nd"\ntab: "x\\ty"\nnote: plain text\n',
    );
    expect(toYamlText({ "k\u2028": ["\x7f", "\ufeff"] })).toBe('"k\\L":\n  - "\\x7f"\n  - "\\ufeff"\n');
  });

  it("reads back text of only spaces and line breaks, whose spaces a block scalar would lose (found by fast-check)", () => {
    // Every string of up to six spaces, line breaks and a letter: the short ones the property may miss.
    const all = (n: number): string[] =>
      n === 0 ? [""] : all(n - 1).flatMap((s) => [s, ...[" ", "\n", "a"].map((c) => s + c)]);
    for (const value of new Set(all(6))) {
      const out = toYamlText({ value });
      expect(parse(out)).toEqual({ value });
      expect(parseSource(out).data).toEqual({ value });
    }
  });

  it("PyYAML (YAML 1.1, Debian's python3-yaml) reads the same text back (required: apt-get install python3-yaml)", () => {
    const values = fc.sample(data(text), { numRuns: 200, seed: 42 });
    const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    const run = spawnSync(
      python,
      ["-c", "import sys, json, yaml; print(json.dumps([yaml.safe_load(t) for t in json.load(sys.stdin)]))"],
      { input: JSON.stringify(values.map(toYamlText)), encoding: "utf8", maxBuffer: 64 << 20 },
    );
    if (run.status !== 0)
      throw new Error(`python3-yaml failed or is missing: ${run.error?.message ?? run.stderr}`);
    expect(JSON.parse(run.stdout)).toEqual(values);
  });
});
