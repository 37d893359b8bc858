import { CORE_SCHEMA, load } from "js-yaml";
import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { blockLocator, UNSURE } from "./block-locate.js";
import type { ValidationIssue } from "./issues.js";

/** A parsed YAML or JSON text that can say where any path inside it was written. */
export interface SourceDocument {
  data: unknown;
  /** Syntax problems; when non-empty, `data` is undefined. */
  issues: ValidationIssue[];
  /** 1-based line and column of the node at `path`, or of its nearest ancestor that exists. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** Anchors and aliases (`&a`, `*a`): only the position-keeping parser caps how far they expand. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[\]{},])[&*][^\s[\]{},]/;
/**
 * Plain scalars the two parsers read differently: js-yaml takes signed hex/octal and binary (`-0o5`, `0b101`) as
 * numbers, where YAML 1.2's core schema (the `yaml` writer and reader) keeps them strings, and the reverse for
 * signed fractions without a leading zero (`-.5`); numbers too big for a double (`1E310`) are Infinity to YAML 1.2
 * and strings to js-yaml. Texts with anything like them take the full parser (slower, never wrong).
 */
const READ_DIFFERENTLY = /[-+]0[oxb]|\b0b[01]|[-+]\.\d|\d\.?e[-+]?\d{3}/i;

/**
 * A plain YAML 1.2 document (no anchors, one document, no duplicate keys) parsed by js-yaml's core schema, which
 * is ten times faster than building the position-keeping document; undefined when the text needs the full parser.
 */
function fastParse(text: string): { data: unknown } | undefined {
  if (ANCHOR_OR_ALIAS.test(text) || READ_DIFFERENTLY.test(text)) return undefined;
  try {
    // An empty document is null, as the full parser has it.
    return { data: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch {
    // Syntax errors get the position-keeping parser's messages, the same in every run.
    return undefined;
  }
}

function positionDocument(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // logLevel "error": a collection used as a key becomes an unknown-key issue, not a process warning on stderr.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: "error",
  });
  return { doc, lineCounter };
}

/**
 * Parses YAML (and therefore JSON) so later errors can point at `file:line`. Duplicate keys are errors; alias
 * expansion is capped against "billion laughs" documents. Positions are worked out only when first asked for:
 * a valid file never pays for them.
 */
export function parseSource(text: string, file?: string): SourceDocument {
  const fast = fastParse(text);
  let parsed: ReturnType<typeof positionDocument> | undefined;
  const positions = () => (parsed ??= positionDocument(text));
  const position = (offset: number) => {
    const { line, col } = positions().lineCounter.linePos(offset);
    return { line, column: col };
  };
  // Built on the first issue, like the full document: a valid file never splits its text into lines.
  let quick: ReturnType<typeof blockLocator> | undefined;
  const locate = (path: readonly (string | number)[]) => {
    if (fast && quick === undefined) quick = blockLocator(text);
    const found = quick ? quick(path) : UNSURE;
    return found === UNSURE ? locateInDocument(path) : found;
  };
  const locateInDocument = (path: readonly (string | number)[]) => {
    const range = nodeAt(positions().doc.contents, path)?.range;
    return range ? position(range[0]) : undefined;
  };
  if (fast) return { data: fast.data, issues: [], locate };
  const { doc } = positions();
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

/**
 * The node of a parsed YAML document that an issue at `path` points at: the deepest one the path reaches, the key
 * where the value is missing.
 */
export function nodeAt(root: unknown, path: readonly (string | number)[]): Node | null {
  let node = root;
  let found = root as Node | null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
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
  return found;
}
