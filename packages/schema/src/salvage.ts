import { z } from "zod";

/** Marks a value that did not parse, so it is left out of what survives. */
const LOST = Symbol("lost");

/** The object or array a schema wraps, seen through `.optional()`, `.default()`, `.prefault()` and `.nullable()`. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (
    inner instanceof z.ZodOptional ||
    inner instanceof z.ZodDefault ||
    inner instanceof z.ZodPrefault ||
    inner instanceof z.ZodNullable
  ) {
    inner = inner.def.innerType as z.ZodType;
  }
  return inner;
}

function salvageValue(schema: z.ZodType, value: unknown, known: "failed" | "unknown"): unknown {
  if (known === "unknown") {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject && typeof value === "object" && value !== null && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const kept = salvageValue(field, record[key], "unknown");
      if (kept !== LOST && kept !== undefined) out[key] = kept;
    }
    return out;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => {
      const kept = salvageValue(inner.element as z.ZodType, item, "unknown");
      return kept === LOST ? undefined : kept;
    });
  }
  return LOST;
}

/**
 * What survives of data that failed `schema`: every part that parses on its own, with its defaults applied.
 * Objects keep the fields that parsed, lists keep their length (an item that did not parse is a hole), so paths
 * still point into the original. Lets checks that need only some parts run on a broken file.
 */
export function salvage(schema: z.ZodType, value: unknown): unknown {
  const kept = salvageValue(schema, value, "failed");
  return kept === LOST ? undefined : kept;
}
