import { JudgingInputError } from "@hackdaykit/judging";
import { CliError } from "../../io.js";

/** Runs a judge command; judging's input errors become one located line (`where:line: detail`), exit 1. */
export async function judgingErrorsAt(where: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (!(err instanceof JudgingInputError)) throw err;
    throw new CliError(
      err.line === undefined ? `${where}: ${err.detail}` : `${where}:${err.line}: ${err.detail}`,
    );
  }
}
