import { askDidYouMean, closest, quote } from "@hackdaykit/schema/lite";

/** `unknown method "bordda": did you mean "borda"? (choose one of rubric, borda, …)` */
export function unknownChoice(what: string, value: string, choices: readonly string[]): string {
  const near = askDidYouMean(closest(value, choices));
  return `unknown ${what} ${quote(value)}: ${near ? `${near} ` : ""}(choose one of ${choices.join(", ")})`;
}
