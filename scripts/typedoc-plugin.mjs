// TypeDoc plugin for hackdaykit's reference docs (loaded by typedoc.json).
import { Comment, Converter, ReflectionKind } from "typedoc";

/** `packages/schema/src/lite.ts` is the entry of `@hackdaykit/schema/lite`: name each module as users import it. */
function packageName(name) {
  const m = /^(?:packages\/)?([a-z-]+)\/src(?:\/(lite))?$/.exec(name);
  return m ? `@hackdaykit/${m[1]}${m[2] ? `/${m[2]}` : ""}` : undefined;
}

/** The property stands for one literal of a `z.enum` inside an exported zod schema's type (`{ cash: "cash" }`). */
function isZodEnumValue(reflection) {
  if (!reflection.kindOf(ReflectionKind.Property)) return false;
  for (let r = reflection.parent; r; r = r.parent)
    if (r.kindOf(ReflectionKind.Variable))
      return r.name.endsWith("Schema") && reflection.type?.type === "literal";
  return false;
}

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const name = packageName(module.name);
      if (name) module.name = name;
    }
    // The enum's own `.meta({ description })` documents the field; its literals need no sentence each.
    for (const property of context.project.getReflectionsByKind(ReflectionKind.Property))
      if (!property.hasComment() && isZodEnumValue(property))
        property.comment = new Comment([{ kind: "text", text: "An allowed value." }]);
  });
}
