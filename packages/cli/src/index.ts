export { CliError, emit, type Io, table, writeFileAtomic } from "./io.js";
export { run } from "./program.js";
