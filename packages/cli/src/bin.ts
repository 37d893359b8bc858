#!/usr/bin/env node
import { run } from "./program.js";
import { v8FlagsFor } from "./v8-flags.js";

// `hackday ... | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const args = process.argv.slice(2);
// This process is ours: tune V8 for the command before its code (and any WebAssembly) loads.
const flags = v8FlagsFor(args, process.execArgv);
if (flags.length > 0) {
  const { setFlagsFromString } = await import("node:v8");
  for (const flag of flags) setFlagsFromString(flag);
}
process.exitCode = await run(args);
