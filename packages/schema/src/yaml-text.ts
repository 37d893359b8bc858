import { Document, visit } from "yaml";

// Characters YAML readers disagree on or refuse when written raw: C0 controls but LF (a raw CR reads as a line
// break; PyYAML refuses a tab inside a plain scalar), DEL and the C1 controls, NEL/LS/PS (U+0085/2028/2029: line
// breaks to YAML 1.1 readers such as PyYAML, text to YAML 1.2 ones), the byte-order mark, U+FFFE/FFFF and lone
// surrogates. A string holding any of them is written double-quoted, the only style with escapes.
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Only spaces and line breaks, both: the `yaml` writer makes it a block scalar whose lines are all blank, and
// readers then take its spaces for indentation (" \n" reads back as "\n"; fast-check found it).
const BLANK_LINES = /^[ \n]*(?: \n|\n )[ \n]*$/;

// Inside double quotes the `yaml` writer escapes C0 controls and lone surrogates (as JSON does) but leaves these raw.
const RAW_IN_QUOTES = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const NAMED: Record<string, string> = { "\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P" };
const escapeChar = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`);
};

/**
 * Plain data (objects, arrays, strings, numbers, booleans, null) as YAML text that YAML 1.2 readers (the `yaml`
 * and js-yaml packages, and so {@link parseSource}) read back to the same data: strings that would read as another
 * type are quoted, and characters that readers treat differently or refuse raw (U+2028, U+2029, U+0085, tabs and
 * other controls, the byte-order mark, lone surrogates) are escaped, so that PyYAML (YAML 1.1) reads such text back
 * too rather than splitting lines at them or refusing the file. (PyYAML still reads plain `yes` as true and a
 * plain date as a date: YAML 1.2 keeps both as strings, as hackdaykit's readers do.) Lines are never folded.
 * The one YAML writer of hackdaykit: {@link toEventYaml} and the ledger's `toLedgerYaml` use it.
 *
 * @example
 * ```ts
 * toYamlText({ name: "a\u2028b", amount: "1.50" }); // 'name: "a\\Lb"\namount: "1.50"\n'
 * ```
 */
export function toYamlText(data: unknown): string {
  const doc = new Document(data);
  let escaped = false;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && (UNSAFE.test(node.value) || BLANK_LINES.test(node.value))) {
        node.type = "QUOTE_DOUBLE";
        escaped = true;
      }
    },
  });
  const text = doc.toString({ lineWidth: 0 });
  // Every such character is now inside a double-quoted scalar, keys included, where an escape means it.
  return escaped ? text.replace(RAW_IN_QUOTES, escapeChar) : text;
}
