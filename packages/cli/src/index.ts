export { CliError, emit, type Io, progress, table, writeFileAtomic } from "./io.js";
export { run } from "./program.js";
