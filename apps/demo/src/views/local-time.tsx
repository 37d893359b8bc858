import { formatOffset, resolveWallTime } from "@hackdaykit/schema";

export type LocalInput =
  | { ok: true; wall: string; instant: Date }
  | { ok: false; message: string; choices?: string[] };

/**
 * A `datetime-local` value ("2026-05-17T14:00") read in the event's zone. In the hour that happens twice when
 * the clocks go back, `choice` (an offset such as "+01:00", from the radio buttons) says which one is meant;
 * without it the two choices come back for the form to offer.
 */
export function readLocalInput(value: string, choice: string | undefined, zone: string): LocalInput {
  const plain = value.trim().slice(0, 16);
  const resolved = resolveWallTime(plain, zone);
  if (resolved.ok) return { ok: true, wall: plain, instant: resolved.instant };
  if (resolved.problem === "ambiguous") {
    const choices = resolved.offsets.map(formatOffset);
    if (choice && choices.includes(choice)) {
      const picked = resolveWallTime(`${plain}${choice}`, zone);
      if (picked.ok) return { ok: true, wall: `${plain}${choice}`, instant: picked.instant };
    }
    return {
      ok: false,
      message: `${plain.replace("T", " ")} happens twice in ${zone} (the clocks go back): choose which one`,
      choices,
    };
  }
  if (resolved.problem === "nonexistent" && resolved.offsets.length > 0) {
    return {
      ok: false,
      message: `${plain.replace("T", " ")} does not exist in ${zone} (the clocks go forward)`,
    };
  }
  return { ok: false, message: `expected a date and time, got "${value}"` };
}

/** A date-time input in the event's zone; a time that happens twice is offered as its two choices. */
export function LocalTimeField(props: {
  id: string;
  name: string;
  label: string;
  wall: string | undefined;
  zone: string;
  required?: boolean;
}) {
  const plain = props.wall?.slice(0, 16) ?? "";
  const offset = props.wall?.slice(16) || undefined;
  const resolved = plain ? resolveWallTime(plain, props.zone) : undefined;
  const choices =
    resolved && !resolved.ok && resolved.problem === "ambiguous" ? resolved.offsets.map(formatOffset) : [];
  return (
    <>
      <label for={props.id}>{`${props.label} (${props.zone})`}</label>
      <input
        id={props.id}
        name={props.name}
        type="datetime-local"
        value={plain}
        required={props.required ?? false}
      />
      {choices.length > 0 && (
        <fieldset class="choices">
          <legend>This time happens twice (the clocks go back). Which one?</legend>
          {choices.map((choice, i) => (
            <label class="plain">
              <input
                type="radio"
                name={`${props.name}-offset`}
                value={choice}
                checked={offset === choice}
                required
              />{" "}
              {`${i === 0 ? "The first" : "The second"} ${plain.slice(11)} (UTC${choice})`}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
