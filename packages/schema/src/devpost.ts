// `@hackdaykit/schema/devpost`: its own entry, so only users of the import load a CSV parser.
import { parse } from "csv-parse/sync";
import type { Person, Prize, Project, Sponsor, Team } from "./event.js";
import { ValidationError, type ValidationIssue } from "./issues.js";

/** Header names seen in Devpost exports over the years, compared after lower-casing and dropping punctuation. */
const ALIASES = {
  title: ["project title", "submission title", "project name", "title", "project"],
  url: ["submission url", "project url", "devpost url", "submission link", "url"],
  status: ["project status", "submission status", "status"],
  prizes: ["opt in prizes", "opt in prize", "desired prizes", "prizes", "prize categories", "challenges"],
  table: ["table number", "table no", "table", "table location"],
  tagline: ["submission tagline", "tagline", "elevator pitch", "short description"],
  about: ["about the project", "project description", "description"],
  code: ["github url", "github link", "code url", "source code", "repository url", "repo"],
  video: ["video demo link", "video url", "demo video", "video"],
  tryIt: ["try it out links", "try it out", "demo url", "demo links"],
  team: ["team name", "team"],
  members: ["team members", "team member names", "members"],
  memberEmails: ["team member emails", "team emails"],
  submitterFirst: ["submitter first name"],
  submitterLast: ["submitter last name"],
  submitterName: ["submitter name", "submitted by", "submitter screen name"],
  submitterEmail: ["submitter email", "submitter email address"],
} as const;

type Field = keyof typeof ALIASES;

const normalise = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Lower-case slug in the event id alphabet. */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "item"
  );
}

export interface DevpostImport {
  people: Person[];
  teams: Team[];
  projects: Project[];
  prizes: Prize[];
  sponsors: Sponsor[];
  /** Draft submissions left out (pass includeDrafts to keep them). */
  skipped: number;
  warnings: ValidationIssue[];
}

export interface DevpostOptions {
  /** Name used in messages (`file:line`). */
  file?: string;
  includeDrafts?: boolean;
  /** Entities already in the event: matched by email or name (people), name (prizes, sponsors), id (all). */
  existing?: {
    people?: readonly Pick<Person, "id" | "name" | "email">[];
    prizes?: readonly Pick<Prize, "id" | "name">[];
    sponsors?: readonly Pick<Sponsor, "id" | "name">[];
    projects?: readonly { id: string }[];
    teams?: readonly { id: string }[];
  };
}

/** Allocates ids unique within a kind: `alex-smith`, `alex-smith-2`. */
class Ids {
  private used = new Set<string>();
  constructor(existing: readonly { id: string }[] = []) {
    for (const e of existing) this.used.add(e.id);
  }
  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

interface Member {
  name: string;
  email?: string;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

/** "Ada Lovelace <ada@x.org>", "Ada Lovelace (ada@x.org)", "ada@x.org" or a bare name. */
function parseMember(text: string): Member | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const m = /^(.*?)[\s]*[<(]\s*([^<>()\s]+@[^<>()\s]+)\s*[>)]\s*$/.exec(trimmed);
  if (m) return { name: m[1]!.trim() || m[2]!, email: m[2]! };
  if (EMAIL.test(trimmed)) return { name: trimmed.split("@")[0]!, email: trimmed };
  return { name: trimmed };
}

/**
 * Splits Devpost's "Sponsor: Prize, Other Sponsor: Other Prize" list. Newlines or semicolons separate entries
 * when present; otherwise a comma does, except inside a prize name (a piece without a colon joins the one before).
 */
export function splitPrizes(text: string): { sponsor?: string; name: string }[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  const pieces = /[\n;]/.test(trimmed) ? trimmed.split(/[\n;]+/) : trimmed.split(",");
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && !piece.includes(":") && last.includes(":") && !/[\n;]/.test(trimmed)) {
      merged[merged.length - 1] = `${last},${piece}`;
    } else merged.push(piece);
  }
  return merged
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => {
      const colon = entry.indexOf(":");
      if (colon <= 0) return { name: entry };
      return { sponsor: entry.slice(0, colon).trim(), name: entry.slice(colon + 1).trim() || entry };
    });
}

/** An unreadable export: one issue located in the file, thrown as the package's {@link ValidationError}. */
function fail(file: string, message: string, line?: number): never {
  throw new ValidationError([
    { severity: "error", path: [], message, file, ...(line !== undefined && { line }) },
  ]);
}

/**
 * Reads a Devpost project export (CSV) into people, teams, projects and prize entries of the event schema.
 * Columns are matched by name, whatever their order or the export's wording. Emails stay on the people as
 * private contact details (`public: false`); nothing here makes anyone's name public.
 * @throws `ValidationError` (from `@hackdaykit/schema`) when the text is not a readable CSV, is empty, or has no project title column.
 */
export function importDevpost(csv: string, options: DevpostOptions = {}): DevpostImport {
  const file = options.file ?? "devpost.csv";
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(csv, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (err) {
    fail(file, `not a readable CSV file (${(err as Error).message})`);
  }
  const header = rows.shift();
  if (!header) fail(file, "empty file, expected a header row");
  const columns = header.record.map(normalise);
  const find = (field: Field): number => {
    for (const alias of ALIASES[field]) {
      const index = columns.indexOf(alias);
      if (index >= 0) return index;
    }
    return -1;
  };
  const col = Object.fromEntries(Object.keys(ALIASES).map((f) => [f, find(f as Field)])) as Record<
    Field,
    number
  >;
  if (col.title < 0) {
    fail(
      file,
      `no project title column (expected one of: ${ALIASES.title.map((a) => `"${a}"`).join(", ")}; found ${header.record.map((h) => `"${h}"`).join(", ")})`,
      1,
    );
  }
  // "Team Member 1 First Name" / "Last Name" / "Email": any number of numbered member columns.
  const numbered = new Map<number, { first?: number; last?: number; name?: number; email?: number }>();
  columns.forEach((name, index) => {
    const m = /^team member (\d+) (first name|last name|name|email|email address)$/.exec(name);
    if (!m) return;
    const slot = numbered.get(Number(m[1])) ?? {};
    const part = m[2]!.startsWith("first")
      ? "first"
      : m[2]!.startsWith("last")
        ? "last"
        : m[2]!.startsWith("email")
          ? "email"
          : "name";
    slot[part] = index;
    numbered.set(Number(m[1]), slot);
  });

  const existing = options.existing ?? {};
  const peopleIds = new Ids(existing.people);
  const projectIds = new Ids(existing.projects);
  const teamIds = new Ids(existing.teams);
  const prizeIds = new Ids(existing.prizes);
  const sponsorIds = new Ids(existing.sponsors);
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const p of existing.people ?? []) {
    if (p.email) byEmail.set(p.email.toLowerCase(), p.id);
    byName.set(p.name.toLowerCase(), p.id);
  }
  const prizeByName = new Map((existing.prizes ?? []).map((p) => [p.name.toLowerCase(), p.id]));
  const sponsorByName = new Map((existing.sponsors ?? []).map((s) => [s.name.toLowerCase(), s.id]));

  const out: DevpostImport = {
    people: [],
    teams: [],
    projects: [],
    prizes: [],
    sponsors: [],
    skipped: 0,
    warnings: [],
  };
  const warn = (line: number, message: string) =>
    out.warnings.push({ severity: "warning", file, line, path: [], message });

  const person = (member: Member): string => {
    const email = member.email?.toLowerCase();
    const known = (email && byEmail.get(email)) ?? byName.get(member.name.toLowerCase());
    if (known) return known;
    const id = peopleIds.take(slugify(member.name));
    out.people.push({
      id,
      name: member.name,
      ...(member.email !== undefined && { email: member.email }),
      affiliations: [],
      skills: [],
      roles: ["attendee"],
      public: false,
    });
    if (email) byEmail.set(email, id);
    byName.set(member.name.toLowerCase(), id);
    return id;
  };
  const sponsor = (name: string): string => {
    const known = sponsorByName.get(name.toLowerCase());
    if (known) return known;
    const id = sponsorIds.take(slugify(name));
    out.sponsors.push({ id, name, pledges: [] });
    sponsorByName.set(name.toLowerCase(), id);
    return id;
  };
  const prize = (entry: { sponsor?: string; name: string }): string => {
    const label = entry.sponsor ? `${entry.sponsor}: ${entry.name}` : entry.name;
    const known = prizeByName.get(label.toLowerCase()) ?? prizeByName.get(entry.name.toLowerCase());
    if (known) return known;
    const sponsorId = entry.sponsor ? sponsor(entry.sponsor) : undefined;
    const id = prizeIds.take(slugify(entry.sponsor ? `${entry.sponsor}-${entry.name}` : entry.name));
    out.prizes.push({
      id,
      name: entry.name,
      ...(sponsorId !== undefined && { sponsor: sponsorId }),
      awardedBy: sponsorId === undefined ? "panel" : "sponsor",
      judges: [],
      requires: [],
      rules: [],
    });
    prizeByName.set(label.toLowerCase(), id);
    return id;
  };

  for (const { record, info } of rows) {
    const line = info.lines;
    const get = (field: Field): string => (col[field] >= 0 ? (record[col[field]] ?? "").trim() : "");
    const title = get("title");
    if (title === "") {
      warn(line, "row has no project title: skipped");
      continue;
    }
    if (/^draft/i.test(get("status")) && !options.includeDrafts) {
      out.skipped++;
      continue;
    }
    const members: Member[] = [];
    // A real name beats a screen name.
    const submitter =
      [get("submitterFirst"), get("submitterLast")].filter(Boolean).join(" ") || get("submitterName");
    if (submitter || get("submitterEmail")) {
      const m = parseMember(submitter || get("submitterEmail"));
      if (m) members.push({ ...m, ...(get("submitterEmail") && { email: get("submitterEmail") }) });
    }
    for (const slot of [...numbered.keys()].sort((a, b) => a - b).map((k) => numbered.get(k)!)) {
      const cell = (i: number | undefined) => (i === undefined ? "" : (record[i] ?? "").trim());
      const name = cell(slot.name) || [cell(slot.first), cell(slot.last)].filter(Boolean).join(" ");
      const email = cell(slot.email);
      if (name === "" && email === "") continue;
      const m = parseMember(name || email);
      if (m) members.push({ ...m, ...(email && { email }) });
    }
    const emails = get("memberEmails")
      .split(/[,;\n]+/)
      .map((e) => e.trim());
    get("members")
      .split(/[;\n]+|,(?![^<(]*[>)])/)
      .forEach((text, i) => {
        const m = parseMember(text);
        const email = emails[i];
        if (m) members.push({ ...m, ...(m.email === undefined && email && EMAIL.test(email) && { email }) });
      });
    const memberIds = [...new Set(members.map(person))];

    const projectId = projectIds.take(slugify(title));
    const teamId = teamIds.take(`team-${projectId}`);
    out.teams.push({ id: teamId, name: get("team") || title, members: memberIds });

    const links: Project["links"] = {};
    const urls = [get("tryIt"), get("code")]
      .join(" ")
      .split(/[\s,]+/)
      .filter((u) => /^https?:\/\//.test(u));
    const code = urls.find((u) => /github\.com|gitlab\.com|codeberg\.org|bitbucket\.org/.test(u));
    const demo = urls.find((u) => u !== code) ?? (/^https?:\/\//.test(get("url")) ? get("url") : undefined);
    if (code) links.code = code;
    if (demo) links.demo = demo;
    if (/^https?:\/\//.test(get("video"))) links.video = get("video");

    let table: number | undefined;
    const tableText = get("table");
    if (tableText !== "") {
      const n = Number(tableText.replace(/^table\s*/i, ""));
      if (Number.isInteger(n) && n > 0) table = n;
      else warn(line, `table "${tableText}" is not a positive whole number: left out`);
    }
    const summary = get("tagline") || get("about");
    out.projects.push({
      id: projectId,
      title,
      ...(summary !== "" && { summary }),
      team: teamId,
      links,
      prizes: [...new Set(splitPrizes(get("prizes")).map(prize))],
      ...(table !== undefined && { table }),
      eligibility: {},
    });
  }
  return out;
}
