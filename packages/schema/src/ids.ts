import { z } from "zod";

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A stable slug id: lower-case letters, digits and hyphens, not starting with a hyphen. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: "expected a slug id: lower-case letters, digits and hyphens (e.g. team-42)" })
  .meta({ description: "Stable slug id, unique within its kind: [a-z0-9][a-z0-9-]*" });

/** A reference to another entity's id (checked after the shape checks). */
export const refTo = (kind: string) => IdSchema.meta({ description: `Id of a ${kind}` });
