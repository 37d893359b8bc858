import type { Event } from "@hackdaykit/schema";

export type JudgeRota =
  | { kind: "unavailable"; reason: string }
  | { kind: "ok"; slots: { when: string; project: string }[] };

export function judgeRota(_event: Event, _judge: string): JudgeRota {
  return { kind: "unavailable", reason: "the @hackdaykit/schedule package has not landed yet." };
}
