// Writes docs/event-file.md and docs/ledger-file.md: a field-by-field reference of the two files organisers write,
// generated from the JSON Schema that zod derives from the schemas and their `.meta()` (descriptions, defaults,
// allowed values), with each field's example taken from the example files in examples/. Run after a build:
// `npm run docs:files`. Tests compare the committed pages with a fresh generation, so they cannot drift.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The pages this script writes: where, from which schema, with which example file. */
export const PAGES = {
  event: {
    file: "docs/event-file.md",
    title: "Event file reference",
    example: "examples/nhs-hack-day-31.yaml",
    intro:
      "An event file (YAML or JSON) describes one hack day: when and where, who, the agenda, the projects and how " +
      "they are judged. `hackday validate FILE` checks one; `hackday schema` prints its JSON Schema for editors. " +
      "Times are local wall-clock times in the event's `timezone`; money is a decimal string with its currency; " +
      "ids are slugs (`[a-z0-9][a-z0-9-]*`) unique within their kind.",
  },
  ledger: {
    file: "docs/ledger-file.md",
    title: "Ledger file reference",
    example: "examples/nhs-hack-day-31.ledger.yaml",
    intro:
      "A ledger file (`*.ledger.yaml`) holds an event's accounts: declared accounts, payees, pledges, budgets and " +
      "double-entry transactions in exact amounts. `hackday accounts balance FILE` checks and totals one; open " +
      "accounts publish it without anyone's private details.",
  },
};

const refName = (ref) => ref.replace("#/$defs/", "");
const anchor = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const code = (text) => `\`${String(text).replaceAll("`", "'")}\``;
const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");

/** A def that is an object with fields is expanded in place; any other def (Money, Amount) is a named type. */
const isObject = (schema) => schema.type === "object" && schema.properties !== undefined;

function typeOf(schema, defs) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return isObject(defs[name]) ? "object" : `[${name}](#${anchor(name)})`;
  }
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, defs)).join(" or ");
  if (schema.type === "array") {
    const item = typeOf(schema.items ?? {}, defs);
    return item.includes(" or ") ? `(${item})[]` : `${item}[]`;
  }
  if (Array.isArray(schema.type)) return schema.type.join(" or ");
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (schema.format) return `${schema.type} (${schema.format})`;
  return schema.type ?? "any";
}

function range(min, max, unit) {
  const units = (n) => (unit === "" ? "" : ` ${unit}${n === 1 ? "" : "s"}`);
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${min}${units(min)}` : `${min}–${max}${units(max)}`;
  if (min !== undefined) return `at least ${min}${units(min)}`;
  return max !== undefined ? `at most ${max}${units(max)}` : undefined;
}

const SAFE_INTEGER = 9007199254740991;

function allowedOf(schema, defs) {
  const target = schema.$ref ? defs[refName(schema.$ref)] : schema;
  if (schema.$ref && isObject(target)) return [];
  const parts = [];
  if (target.enum) parts.push(target.enum.map((v) => code(v)).join(", "));
  if (target.anyOf) for (const s of target.anyOf) parts.push(...allowedOf(s, defs));
  if (target.type === "array") {
    const items = range(target.minItems, target.maxItems, "item");
    if (items) parts.push(items);
    if (!(target.items?.$ref && isObject(defs[refName(target.items.$ref)])))
      parts.push(...allowedOf(target.items ?? {}, defs));
  }
  const length = range(target.minLength, target.maxLength, "character");
  if (length) parts.push(length);
  const min = target.exclusiveMinimum !== undefined ? `> ${target.exclusiveMinimum}` : undefined;
  const low = target.minimum === -SAFE_INTEGER ? undefined : target.minimum;
  const high = target.maximum === SAFE_INTEGER ? undefined : target.maximum;
  const numbers = range(low, high, "");
  if (min) parts.push(high !== undefined ? `${min}, ≤ ${high}` : min);
  else if (numbers) parts.push(numbers);
  // Long patterns (dates, account names) are explained by the description instead.
  if (target.pattern && target.pattern.length <= 40) parts.push(code(target.pattern.replace(/^\^|\$$/g, "")));
  return parts;
}

/** The first value at `segments` anywhere in the example data (searching every element of each array). */
function exampleAt(data, segments) {
  if (segments.length === 0) return data;
  if (data === null || typeof data !== "object") return undefined;
  const [head, ...rest] = segments;
  if (head === "[]") {
    if (!Array.isArray(data)) return undefined;
    for (const item of data) {
      const found = exampleAt(item, rest);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return Array.isArray(data) ? undefined : exampleAt(data[head], rest);
}

function exampleText(value) {
  if (value === undefined) return "";
  if (value !== null && typeof value === "object") {
    // Objects and lists of objects have rows of their own; show short lists of plain values only.
    if (!Array.isArray(value) || value.some((v) => v !== null && typeof v === "object")) return "";
  }
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return code(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/** One row per field, depth first, with the field's full path (`sessions[].start`). */
function rows(schema, defs, example, path = [], seen = new Set()) {
  const out = [];
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (key === "$schema") continue;
    const fieldPath = [...path, key];
    const target = property.$ref ? defs[refName(property.$ref)] : property;
    const itemRef = target.type === "array" && target.items?.$ref ? refName(target.items.$ref) : undefined;
    const item = itemRef ? defs[itemRef] : target.type === "array" ? target.items : undefined;
    const description =
      property.description ??
      target.description ??
      (item && target.type === "array" ? item.description : undefined) ??
      "";
    out.push({
      path: fieldPath.join(".").replaceAll(".[]", "[]"),
      type: typeOf(property, defs),
      required: required.has(key),
      default: property.default ?? target.default,
      description,
      allowed: allowedOf(property, defs).join("; "),
      example: exampleText(exampleAt(example, fieldPath)),
    });
    const name = property.$ref ? refName(property.$ref) : itemRef;
    if (name && seen.has(name)) continue; // a schema that contains itself is listed once
    const nested = new Set(name ? [...seen, name] : seen);
    if (isObject(target)) out.push(...rows(target, defs, example, fieldPath, nested));
    else if (item && isObject(item)) out.push(...rows(item, defs, example, [...fieldPath, "[]"], nested));
    // A list whose items may take an object form (a posting as "account amount" or as an object): its fields too.
    else if (item?.anyOf)
      for (const form of objectForms(item, defs, nested))
        out.push(...rows(form, defs, example, [...fieldPath, "[]"], nested));
  }
  return out;
}

/** The object forms of an `anyOf` (a def expanded in place, never one already on the path). */
function objectForms(schema, defs, seen) {
  return schema.anyOf
    .filter((form) => !(form.$ref && seen.has(refName(form.$ref))))
    .map((form) => (form.$ref ? defs[refName(form.$ref)] : form))
    .filter(isObject);
}

function table(list) {
  const lines = [
    "| Field | Type | Required | Default | Description | Allowed values | Example |",
    "| ----- | ---- | -------- | ------- | ----------- | -------------- | ------- |",
  ];
  for (const r of list) {
    const fallback = r.default === undefined ? "" : code(JSON.stringify(r.default));
    lines.push(
      `| ${[code(r.path), r.type, r.required ? "yes" : "no", fallback, r.description, r.allowed, r.example].map(cell).join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

/** Fields without a description: the schema's `.meta({ description })` should say what each one is for. */
export function undescribed(jsonSchema, example = {}) {
  const defs = jsonSchema.$defs;
  return rows(defs[refName(jsonSchema.$ref)], defs, example)
    .filter((r) => r.description === "")
    .map((r) => r.path);
}

/** The Markdown reference of a file whose JSON Schema (from zod) is `jsonSchema`. */
export function fileReference(jsonSchema, page, example = {}) {
  const defs = jsonSchema.$defs;
  const top = defs[refName(jsonSchema.$ref)];
  const all = rows(top, defs, example);
  const topLevel = all.filter((r) => !r.path.includes(".") && !r.path.includes("["));
  const sections = [];
  // One section per top-level field that has fields of its own: a reader looks for "sessions", not a def name.
  for (const head of topLevel) {
    const inside = all.filter(
      (r) => r.path.startsWith(`${head.path}.`) || r.path.startsWith(`${head.path}[]`),
    );
    if (inside.length > 0) sections.push(`## \`${head.path}\`\n\n${head.description}\n\n${table(inside)}`);
  }
  const named = Object.entries(defs).filter(
    ([name, schema]) => !isObject(schema) && name !== refName(jsonSchema.$ref),
  );
  const types = named.map(([name, schema]) => {
    const forms = (schema.anyOf ?? [schema]).map((s) => {
      if (isObject(s)) {
        const fields = Object.entries(s.properties).map(
          ([k, p]) => `${code(k)} (${p.description ?? typeOf(p, defs)})`,
        );
        return `- an object with ${fields.join(" and ")}`;
      }
      return `- ${typeOf(s, defs)}${s.description ? `: ${s.description}` : ""}`;
    });
    return `### ${name}\n\n${schema.description ?? ""}\n\n${forms.join("\n")}`;
  });
  return [
    `# ${page.title}`,
    "",
    `<!-- Generated by scripts/file-reference.mjs from the zod schemas' .meta(); do not edit by hand: run \`npm run docs:files\`. -->`,
    "",
    page.intro,
    "",
    `${top.description}. Examples come from [\`${page.example}\`](../${page.example}).`,
    "",
    "## Top level",
    "",
    table(topLevel),
    "",
    ...sections.flatMap((s) => [s, ""]),
    ...(types.length > 0 ? ["## Types", "", ...types.flatMap((t) => [t, ""])] : []),
  ].join("\n");
}

/** The example file of a page, parsed. */
export function exampleOf(page) {
  return parse(readFileSync(join(root, page.example), "utf8"));
}

/**
 * A page (a key of PAGES) as generated from `jsonSchema` today, as committed (undefined when missing), and its
 * fields without a description: what `npm run docs:files` writes and what the tests compare.
 */
export function pageState(key, jsonSchema) {
  const page = PAGES[key];
  const example = exampleOf(page);
  const file = join(root, page.file);
  return {
    page,
    generated: fileReference(jsonSchema, page, example),
    committed: existsSync(file) ? readFileSync(file, "utf8") : undefined,
    undescribed: undescribed(jsonSchema, example),
  };
}

async function main() {
  const { toJsonSchema } = await import("@hackdaykit/schema");
  const { ledgerJsonSchema } = await import("@hackdaykit/ledger");
  const schemas = { event: toJsonSchema(), ledger: ledgerJsonSchema() };
  for (const key of Object.keys(PAGES)) {
    const { page, generated, undescribed: missing } = pageState(key, schemas[key]);
    if (missing.length > 0) console.warn(`${page.file}: fields without a description: ${missing.join(", ")}`);
    writeFileSync(join(root, page.file), generated);
    console.log(`wrote ${page.file}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
