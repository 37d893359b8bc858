import type { Event } from "@hackdaykit/schema";

export type JudgeRota =
  | { kind: "unavailable"; reason: string }
  | { kind: "ok"; slots: { when: string; project: string }[] };

export function judgeRota(_event: Event, _judge: string): JudgeRota {
  return { kind: "unavailable", reason: "the @hackdaykit/schedule package has not landed yet." };
}

export type AgendaConflicts =
  | { kind: "unavailable"; reason: string }
  | { kind: "ok"; items: { severity: string; message: string }[] };

export function agendaConflicts(_event: Event): AgendaConflicts {
  return { kind: "unavailable", reason: "the @hackdaykit/schedule package has not landed yet." };
}
