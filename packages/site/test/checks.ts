import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import type { Event } from "@hackdaykit/schema";
import { Ajv } from "ajv";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import addFormats from "ajv-formats";
import { HtmlValidate } from "html-validate";

/** The repository's shared fixtures: the c3voc schema and the independent .ics readers. */
const fixtures = fileURLToPath(new URL("../../../fixtures/", import.meta.url));

/** Every file of a built site folder: path from the root → text. */
export function readSite(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path), "utf8"));
    }
  };
  walk("");
  return files;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/**
 * Every internal link (href/src in pages, links in the Atom feed, sitemap addresses) must point at a file of the
 * site, and a `#fragment` at an id on that page. Absolute links (https:, webcal:) are outside the site.
 */
export function brokenLinks(files: ReadonlyMap<string, string>, baseUrl?: string): string[] {
  const broken: string[] = [];
  const check = (from: string, raw: string) => {
    const href = raw.replace(/&amp;/g, "&");
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return;
    const [path = "", fragment] = href.split("#");
    const target = path === "" ? from : posix.normalize(posix.join(posix.dirname(from), path.split("?")[0]!));
    if (target.startsWith("..") || target.startsWith("/")) {
      broken.push(`${from}: ${href} leaves the site`);
      return;
    }
    const content = files.get(target);
    if (content === undefined) broken.push(`${from}: ${href} → missing ${target}`);
    else if (fragment && target.endsWith(".html") && !ids(content).has(fragment)) {
      broken.push(`${from}: ${href} → no id "${fragment}" in ${target}`);
    }
  };
  for (const [path, content] of files) {
    if (path.endsWith(".html")) {
      for (const m of content.matchAll(/\s(?:href|src)="([^"]*)"/g)) check(path, m[1]!);
    } else if (path.endsWith(".xml") && content.includes("http://www.w3.org/2005/Atom")) {
      for (const m of content.matchAll(/<link [^>]*href="([^"]*)"/g)) check(path, m[1]!);
    } else if (path === "sitemap.xml") {
      for (const m of content.matchAll(/<loc>([^<]*)<\/loc>/g)) {
        if (!baseUrl || !m[1]!.startsWith(baseUrl))
          broken.push(`sitemap.xml: ${m[1]} is not under ${baseUrl}`);
        else check("sitemap.xml", m[1]!.slice(baseUrl.length));
      }
    }
  }
  return broken;
}

// void-style is taste, not validity: hono/jsx writes void elements as `<meta/>`, which HTML allows.
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: { "void-style": "off" },
});

/** html-validate's recommended rules over every page: `page:line:column rule message`. */
export async function htmlProblems(files: ReadonlyMap<string, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const [path, content] of files) {
    if (!path.endsWith(".html")) continue;
    const report = await validator.validateString(content, path);
    for (const result of report.results) {
      for (const m of result.messages)
        problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return problems;
}

let c3voc: ReturnType<Ajv["compile"]> | undefined;

/** The c3voc schedule schema (draft-06), checked by ajv, an independent validator. */
export function c3vocErrors(json: string): string[] {
  if (!c3voc) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addMetaSchema(draft6);
    addFormats.default(ajv);
    ajv.addFormat("color", /^#[0-9a-fA-F]{3,8}$/);
    c3voc = ajv.compile(JSON.parse(readFileSync(join(fixtures, "c3voc-schedule.schema.json"), "utf8")));
  }
  return c3voc(JSON.parse(json)) ? [] : (c3voc.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

interface ParsedEntry {
  uid: string;
  start: string;
  end: string;
  sequence: number;
}

/**
 * Reads a feed with python3-icalendar and with ical.js (under another TZ, so a missing VTIMEZONE would show) and
 * returns both readings; they must agree with each other. Throws when either reader rejects the file.
 */
export function readIcsTwice(ics: string): { python: ParsedEntry[]; icaljs: ParsedEntry[] } {
  // Debian's interpreter, where apt puts python3-icalendar (a pyenv python3 on PATH would not see it).
  const interpreter = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const python = JSON.parse(
    execFileSync(interpreter, [join(fixtures, "parse-with-python.py")], { input: ics, encoding: "utf8" }),
  ).events as ParsedEntry[];
  const icaljs = JSON.parse(
    execFileSync(process.execPath, [join(fixtures, "parse-with-icaljs.mjs")], {
      input: ics,
      encoding: "utf8",
      env: { ...process.env, TZ: "Pacific/Auckland" },
    }),
  ).events as (ParsedEntry & { isDate: boolean })[];
  const pick = (e: ParsedEntry) => ({ uid: e.uid, start: e.start, end: e.end, sequence: e.sequence });
  return {
    python: python.map(pick),
    // Python prints all-day dates as YYYY-MM-DD; ical.js gives midnight in its TZ: compare them as dates.
    icaljs: icaljs.map((e) =>
      e.isDate
        ? {
            ...pick(e),
            start: python.find((p) => p.uid === e.uid)?.start ?? e.start,
            end: python.find((p) => p.uid === e.uid)?.end ?? e.end,
          }
        : pick(e),
    ),
  };
}

/** What must never be published: every email and phone, and the name of everyone who did not consent. */
export function privateStrings(events: readonly Event[]): string[] {
  return [
    ...new Set(
      events.flatMap((event) =>
        event.people.flatMap((p) => [
          ...(p.email ? [p.email] : []),
          ...(p.phone ? [p.phone] : []),
          ...(p.public ? [] : [p.name]),
        ]),
      ),
    ),
  ];
}

/** Files containing any private string (names matched as whole words), or anything shaped like an email. */
export function leaks(files: ReadonlyMap<string, string>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Also as HTML writes it: "O'Brien" is "O&#39;Brien" in a page.
  const html = (s: string) => s.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;");
  const patterns = secrets.map((s) => ({
    s,
    re: new RegExp(`(^|\\W)(${literal(s)}|${literal(html(s))})(\\W|$)`),
  }));
  for (const [path, content] of files) {
    for (const { s, re } of patterns) if (re.test(content)) found.push(`${path}: ${s}`);
    const email = /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(content.replace(/@hackdaykit\b/g, ""));
    if (email) found.push(`${path}: email-like ${email[0]}`);
  }
  return found;
}
