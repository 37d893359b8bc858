import type { Command } from "commander";
import type { Io } from "../io.js";
import { registerAccounts } from "./accounts.js";
import { registerAgenda } from "./agenda.js";
import { registerIcal } from "./ical.js";
import { registerJudge } from "./judge.js";
import { registerRota } from "./rota.js";
import { registerSchema } from "./schema.js";
import { registerValidate } from "./validate.js";

/** What a command gets: the program to add itself to, where to write, and a way to set the exit code. */
export interface CommandContext {
  program: Command;
  io: Io;
  /** Raise the exit code (0 ok, 1 invalid input or failed check); the highest value set wins. */
  setExit: (code: number) => void;
}

/** Every `hackday` command, in the order `--help` lists them. One file per command in this folder. */
export const commands: ((context: CommandContext) => void)[] = [
  registerValidate,
  registerSchema,
  registerIcal,
  registerAccounts,
  registerAgenda,
  registerRota,
  registerJudge,
];
