import { z } from "zod";
import { askDidYouMean } from "./did-you-mean.js";
import {
  DATE,
  durationMinutes,
  isIsoDate,
  isTimeZone,
  parseWallTime,
  suggestTimeZone,
  WALL_TIME,
} from "./time.js";

export const IsoDateSchema = z
  .string()
  .regex(DATE, { message: "expected a date written YYYY-MM-DD", abort: true })
  .refine(isIsoDate, { message: "expected a date written YYYY-MM-DD" })
  .meta({ description: "A calendar date, YYYY-MM-DD" });

export const WallTimeSchema = z
  .string()
  .regex(WALL_TIME, { message: "expected a local date-time written YYYY-MM-DDTHH:MM", abort: true })
  .refine((text) => parseWallTime(text) !== undefined, {
    message:
      "expected a local date-time written YYYY-MM-DDTHH:MM (optionally with :SS and an offset like +01:00)",
  })
  .meta({
    description:
      "Local wall-clock time in the event's time zone, e.g. 2026-05-16T09:30. Add an offset (+01:00) only to pick one of two times when the clocks go back.",
  });

export const TimeZoneSchema = z
  .string()
  .superRefine((zone, ctx) => {
    if (isTimeZone(zone)) return;
    const near = askDidYouMean(suggestTimeZone(zone));
    const advice = near ? ` (${near})` : "";
    ctx.addIssue({
      code: "custom",
      message: `expected an IANA time zone name such as Europe/London${advice}`,
    });
  })
  .meta({ description: "IANA time zone name, e.g. Europe/London" });

export const DurationSchema = z
  .union([z.number().int().positive(), z.string()])
  .refine((value) => durationMinutes(value) !== undefined, {
    message: "expected minutes (a positive integer) or an ISO 8601 duration such as PT1H30M",
  })
  .meta({ description: "Length in minutes, or an ISO 8601 duration such as PT1H30M" });

export const InstantSchema = z.iso
  .datetime({ offset: true })
  .meta({ description: "An instant with its offset, e.g. 2026-05-16T14:02:11Z" });
