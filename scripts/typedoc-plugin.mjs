// TypeDoc plugin for hackdaykit's reference docs (loaded by typedoc.json).
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Comment, Converter, ReflectionKind } from "typedoc";

/** Every entry a published package exports (`.`, `./lite`…), as its source file: `./dist/lite.js` → `src/lite.ts`. */
function publishedEntries(root) {
  const entries = [];
  for (const name of readdirSync(join(root, "packages"))) {
    const folder = join(root, "packages", name);
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    if (manifest.private) continue;
    for (const target of Object.values(manifest.exports ?? {})) {
      const file = target?.import?.default;
      const m = typeof file === "string" ? /^\.\/dist\/(.+)\.js$/.exec(file) : null;
      if (m) entries.push(join(folder, "src", `${m[1]}.ts`));
    }
  }
  return entries.sort();
}

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
  // A new package or subpath export must not go undocumented because typedoc.json lists entry points by hand.
  app.converter.on(Converter.EVENT_BEGIN, () => {
    const listed = new Set(app.options.getValue("entryPoints").map((p) => resolve(p)));
    for (const entry of publishedEntries(process.cwd()))
      if (!listed.has(entry))
        app.logger.error(`typedoc.json: entryPoints lacks ${entry}, which a package exports`);
  });
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
