/** 1-based line and column, as the full YAML parser reports them. */
export type Position = { line: number; column: number };

/** The answer when the text is not plain enough to be sure: ask the full parser. */
export const UNSURE = Symbol("unsure");

type Node = { kind: "map" | "seq" | "scalar" | "flow"; line: number; col: number };

const PLAIN_KEY = /^([A-Za-z_$][\w$. /()-]*?|[a-z0-9][\w-]*):(?: |$)/;
const NON_STRING =
  /^(?:[-+]?\d[\d_.eE+-]*|0x[\da-fA-F]+|0o[0-7]+|true|false|True|False|TRUE|FALSE|null|Null|NULL|~)$/;

/**
 * Finds where a path was written in block-style YAML (the style of event files) from indentation alone, in one
 * pass over the lines it needs: far cheaper than building the full document. Anything it is not sure of (flow
 * collections on the way, quoted or non-string keys, CRLF, several documents) is {@link UNSURE}, and the caller
 * asks the full parser; where sure, the answer is the full parser's (tests compare the two on every path).
 */
export function blockLocator(
  text: string,
): (path: readonly (string | number)[]) => Position | undefined | typeof UNSURE {
  const plain = !text.includes("\r") && !text.includes("\t") && !/^(?:---|\.\.\.|%)/m.test(text);
  const lines = plain ? text.split("\n") : [];
  /** Indent of a line, or -1 for a blank or comment line. */
  const indentOf = (i: number) => {
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    return rest === "" || rest.startsWith("#") ? -1 : indent;
  };

  /** The node whose text starts at (line, col). */
  const nodeAt = (line: number, col: number): Node | typeof UNSURE => {
    const s = lines[line]!.slice(col);
    if (s.startsWith("[") || s.startsWith("{")) return { kind: "flow", line, col };
    if (s === "-" || s.startsWith("- ")) return { kind: "seq", line, col };
    if (s.startsWith('"') || s.startsWith("'") || s.startsWith("?") || /^[&*!]/.test(s)) {
      return /^(["']).*?\1\s*:(?: |$)/.test(s) || s.startsWith("?") || /^[&*!]/.test(s)
        ? UNSURE
        : { kind: "scalar", line, col };
    }
    if (s.startsWith("|") || s.startsWith(">")) return { kind: "scalar", line, col };
    if (PLAIN_KEY.test(s)) return { kind: "map", line, col };
    return { kind: "scalar", line, col };
  };

  /** The value after an indicator ending at `after` on `line`, inside a container indented `indent`. */
  const valueAfter = (line: number, after: number, indent: number, key: boolean): Node | typeof UNSURE => {
    const rest = lines[line]!.slice(after);
    const start = rest.length - rest.trimStart().length;
    if (rest.trim() !== "") {
      return rest.trimStart().startsWith("#") ? UNSURE : nodeAt(line, after + start);
    }
    if (rest !== "") return UNSURE;
    for (let j = line + 1; j < lines.length; j++) {
      const ind = indentOf(j);
      if (ind < 0) continue;
      // A block value sits deeper, or (a list under a key) at the key's own indent.
      const deeper = ind > indent || (key && ind === indent && /^-(?: |$)/.test(lines[j]!.slice(ind)));
      if (!deeper) break;
      return nodeAt(j, ind);
    }
    // Nothing follows: an empty value, which the full parser places just after the indicator.
    return key ? { kind: "scalar", line, col: after } : UNSURE;
  };

  /** Lines that begin an entry of the container at (node.line, node.col), in order; worked out once each. */
  const known = new Map<string, number[]>();
  const entries = (node: Node): number[] => {
    const id = `${node.line}:${node.col}`;
    const cached = known.get(id);
    if (cached) return cached;
    const found = [node.line];
    for (let j = node.line + 1; j < lines.length; j++) {
      const ind = indentOf(j);
      if (ind < 0 || ind > node.col) continue;
      if (ind < node.col) break;
      const isDash = /^-(?: |$)/.test(lines[j]!.slice(ind));
      // In a map, a list at the map's own indent is the value of the key above it.
      if (node.kind === "map" && isDash) continue;
      if (node.kind === "seq" && !isDash) break;
      found.push(j);
    }
    known.set(id, found);
    return found;
  };
  let root: Node | typeof UNSURE | undefined;

  return (path) => {
    if (!plain) return UNSURE;
    if (root === undefined) {
      let first = -1;
      for (let i = 0; i < lines.length && first < 0; i++) if (indentOf(i) >= 0) first = i;
      if (first < 0) return undefined;
      root = nodeAt(first, indentOf(first));
    }
    if (root === UNSURE) return UNSURE;
    let node: Node = root;
    for (const key of path) {
      let next: Node | typeof UNSURE | undefined;
      if (node.kind === "map" && typeof key === "string") {
        for (const line of entries(node)) {
          const s = lines[line]!.slice(node.col);
          const m = PLAIN_KEY.exec(s);
          if (!m) return UNSURE;
          if (NON_STRING.test(m[1]!)) return UNSURE;
          if (m[1] === key) {
            next = valueAfter(line, node.col + m[1]!.length + 1, node.col, true);
            break;
          }
        }
      } else if (node.kind === "seq" && typeof key === "number") {
        const line = entries(node)[key];
        if (line !== undefined) next = valueAfter(line, node.col + 1, node.col, false);
      } else if (node.kind === "flow") return UNSURE;
      if (next === UNSURE) return UNSURE;
      if (next === undefined) break;
      node = next;
    }
    return { line: node.line + 1, column: node.col + 1 };
  };
}
