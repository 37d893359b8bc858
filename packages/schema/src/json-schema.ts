import { z } from "zod";
import { EventSchema } from "./event.js";

/** The JSON Schema (draft 2020-12) of an event file as written, for editors and other languages' validators. */
export function toJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(EventSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
}
