import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { ValidationIssue } from "./issues.js";

/** A parsed YAML or JSON text that can say where any path inside it was written. */
export interface SourceDocument {
  data: unknown;
  /** Syntax problems; when non-empty, `data` is undefined. */
  issues: ValidationIssue[];
  /** 1-based line and column of the node at `path`, or of its nearest ancestor that exists. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/**
 * Parses YAML (and therefore JSON) keeping positions, so later errors can point at `file:line`.
 * Duplicate keys are errors; alias expansion is capped against "billion laughs" documents.
 */
export function parseSource(text: string, file?: string): SourceDocument {
  const lineCounter = new LineCounter();
  // logLevel "error": a collection used as a key becomes an unknown-key issue, not a process warning on stderr.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: "error",
  });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (path: readonly (string | number)[]) => {
    let node: unknown = doc.contents;
    let found = node as Node | null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        // Point at the key when the value is missing or scalar-less, else at the value.
        node = pair.value ?? pair.key;
        found = (pair.value ?? pair.key) as Node;
        if (!pair.value) break;
      } else if (isSeq(node) && typeof key === "number") {
        const item = node.items[key];
        if (item === undefined) break;
        node = item;
        found = item as Node;
      } else break;
    }
    const range = (found as Node | null)?.range;
    return range ? position(range[0]) : undefined;
  };
  // Only the first syntax error: the ones after it are usually echoes of it.
  const issues: ValidationIssue[] = doc.errors.slice(0, 1).map((err) => ({
    severity: "error",
    path: [],
    message: `${err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
    ...(file !== undefined && { file }),
    ...position(err.pos[0]),
  }));
  if (issues.length > 0) return { data: undefined, issues, locate };
  try {
    return { data: doc.toJS({ maxAliasCount: 1000 }), issues, locate };
  } catch (err) {
    return {
      data: undefined,
      issues: [
        { severity: "error", path: [], message: (err as Error).message, ...(file !== undefined && { file }) },
      ],
      locate,
    };
  }
}
