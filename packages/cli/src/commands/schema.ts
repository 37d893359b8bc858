import { toJsonSchema } from "@hackdaykit/schema";
import { emitJson } from "../io.js";
import { type CommandContext, summaryOf } from "./index.js";

export function registerSchema({ program, io }: CommandContext): void {
  program
    .command("schema")
    .description(summaryOf("schema"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText("after", "\nExample:\n  $ hackday schema -o event.schema.json")
    .action(async (options: { output?: string }) => {
      await emitJson(io, toJsonSchema(), options.output);
    });
}
