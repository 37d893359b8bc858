import { z } from "zod";
import type { Loose } from "./check.js";
import { hint } from "./did-you-mean.js";
import { IdSchema, refTo } from "./ids.js";
import type { ValidationIssue } from "./issues.js";

/** `a>b=c>d` over pitch ids: `>` strictly preferred, `=` equally happy; the empty string names none. */
export const PITCH_RANKING_PATTERN = /^(?:[a-z0-9][a-z0-9-]*(?:[>=][a-z0-9][a-z0-9-]*)*)?$/;

export const PitchSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1).meta({ description: "The idea in a few words" }),
    pitcher: refTo("person").meta({ description: "Who pitched it; they lead the team if the pitch is kept" }),
    summary: z.string().optional().meta({ description: "The idea in a sentence or two" }),
    minSize: z.number().int().min(1).default(2).meta({ description: "Fewest people, pitcher included" }),
    maxSize: z.number().int().min(1).default(6).meta({ description: "Most people, pitcher included" }),
    skillsWanted: z
      .array(z.string().min(1))
      .default([])
      .meta({ description: "Skills the team needs, matched against people's skills, e.g. clinician" }),
  })
  .refine((p) => p.minSize <= p.maxSize, { message: "minSize must not exceed maxSize", path: ["minSize"] })
  .meta({ id: "Pitch", description: "An idea pitched at the start; a team forms around it if enough join" });

export const TeamGroupSchema = z
  .strictObject({
    members: z.array(refTo("person")).min(2).meta({ description: "People who join the same team" }),
    note: z.string().optional().meta({ description: "Why they stay together, for the organisers" }),
  })
  .meta({ id: "TeamGroup", description: "People who came together and stay on one team" });

export const PitchPreferenceSchema = z
  .strictObject({
    person: refTo("person"),
    ranking: z
      .string()
      .regex(PITCH_RANKING_PATTERN, {
        message: "expected a ranking like a>b=c>d (pitch ids, > better, = tied)",
      })
      .default("")
      .meta({
        description: "Pitch ids best first: > preferred, = tied; unnamed pitches come after all named",
      }),
    avoid: z
      .array(refTo("pitch"))
      .default([])
      .meta({ description: "Pitches this person will not join ('anything but these')" }),
  })
  .meta({ id: "PitchPreference", description: "One attendee's choice of pitches" });

export const FormationSchema = z
  .strictObject({
    pitches: z.array(PitchSchema).default([]),
    groups: z.array(TeamGroupSchema).default([]),
    preferences: z.array(PitchPreferenceSchema).default([]),
  })
  .meta({ id: "Formation", description: "Team formation: the pitches, who comes together, who wants what" });

export type Pitch = z.infer<typeof PitchSchema>;
export type TeamGroup = z.infer<typeof TeamGroupSchema>;
export type PitchPreference = z.infer<typeof PitchPreferenceSchema>;
export type Formation = z.infer<typeof FormationSchema>;

type Path = (string | number)[];

/** The pitch ids a ranking names, in order (ties and all). */
export const rankingIds = (ranking: string): string[] => (ranking === "" ? [] : ranking.split(/[>=]/));

/**
 * Cross-references inside `formation`: pitchers, group members and preference owners are people; ranked and
 * avoided pitches exist; nobody is in two groups or has two preference rows; nobody ranks a pitch twice or
 * both ranks and avoids it.
 */
export function checkFormation(formation: Loose<Formation>, people: ReadonlySet<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const error = (path: Path, message: string) => issues.push({ severity: "error", path, message });
  const at = (...path: Path): Path => ["formation", ...path];
  const person = (id: string | undefined, path: Path) => {
    if (id !== undefined && !people.has(id))
      error(
        path,
        `unknown person "${id}"${hint(id, people) || ` (not one of the ${people.size} person ids)`}`,
      );
  };

  const pitches = new Set<string>();
  formation.pitches?.forEach((pitch, i) => {
    if (pitch?.id === undefined) return;
    if (pitches.has(pitch.id)) error(at("pitches", i, "id"), `duplicate pitch id "${pitch.id}"`);
    pitches.add(pitch.id);
    person(pitch.pitcher, at("pitches", i, "pitcher"));
  });
  const pitch = (id: string | undefined, path: Path) => {
    if (id === undefined || pitches.has(id)) return;
    const advice =
      pitches.size === 0
        ? " (no pitches are defined)"
        : hint(id, pitches) || ` (not one of the ${pitches.size} pitch ids)`;
    error(path, `unknown pitch "${id}"${advice}`);
  };

  const grouped = new Map<string, number>();
  formation.groups?.forEach((group, g) =>
    group?.members?.forEach((member, m) => {
      if (member === undefined) return;
      const path = at("groups", g, "members", m);
      person(member, path);
      const other = grouped.get(member);
      if (other !== undefined) error(path, `"${member}" is already in group ${other}; merge the two groups`);
      else grouped.set(member, g);
    }),
  );

  const owners = new Map<string, number>();
  formation.preferences?.forEach((preference, i) => {
    if (preference?.person === undefined) return;
    const path = at("preferences", i);
    person(preference.person, [...path, "person"]);
    const first = owners.get(preference.person);
    if (first !== undefined)
      error([...path, "person"], `"${preference.person}" already has preferences at preferences[${first}]`);
    else owners.set(preference.person, i);
    const seen = new Set<string>();
    for (const id of rankingIds(preference.ranking ?? "")) {
      pitch(id, [...path, "ranking"]);
      if (seen.has(id)) error([...path, "ranking"], `pitch "${id}" is ranked twice`);
      seen.add(id);
    }
    preference.avoid?.forEach((id, a) => {
      pitch(id, [...path, "avoid", a]);
      if (id !== undefined && seen.has(id))
        error([...path, "avoid", a], `pitch "${id}" is both ranked and avoided`);
    });
  });
  return issues;
}
