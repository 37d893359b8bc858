/**
 * The runtime export list of a package's entries, one `name  kind` a line, sorted: each package's `api.txt`,
 * compared by its `src/api.test.ts`, so every change to a public surface shows in review. Update a package's file
 * with `npx vitest run src/api.test.ts -u` after deciding the change is wanted. Type-only exports have no runtime
 * presence; the TypeDoc reference lists them.
 */
export function apiReport(entries: Record<string, Record<string, unknown>>): string {
  const sections = Object.entries(entries).map(([name, module]) => {
    const rows = Object.keys(module)
      .filter((key) => key !== "default" && key !== "module.exports")
      .sort()
      .map((key) => [key, kindOf(module[key])] as const);
    const width = Math.max(0, ...rows.map(([key]) => key.length));
    return [
      `## ${name} (${rows.length})`,
      "",
      ...rows.map(([key, kind]) => `${key.padEnd(width)}  ${kind}`),
    ].join("\n");
  });
  return `# Public runtime exports (checked by src/api.test.ts)\n\n${sections.join("\n\n")}\n`;
}

function kindOf(value: unknown): string {
  if (typeof value === "function") {
    return /^class[\s{]/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return Object.isFrozen(value) ? "frozen array" : "array";
  if (value instanceof Set) return "Set";
  if (value instanceof Map) return "Map";
  if (value instanceof RegExp) return "RegExp";
  if (typeof value === "object") {
    // zod schemas (anything with safeParse) are named as such; other objects by whether they can change.
    if (typeof (value as { safeParse?: unknown }).safeParse === "function") return "zod schema";
    return Object.isFrozen(value) ? "frozen object" : "object";
  }
  return typeof value;
}
