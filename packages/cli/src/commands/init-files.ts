/** The files `hackday init` writes, as pure functions of the answers: easy to test, nothing touches the disk. */

export interface InitAnswers {
  id: string;
  name: string;
  /** First and last local day, YYYY-MM-DD. */
  start: string;
  end: string;
  timezone: string;
  venue: string;
  currency: string;
  /** Where the site will be published, if known. */
  url?: string;
}

const SCHEMA_URL = "https://unpkg.com/@hackdaykit/schema@0/event.schema.json";
const LEDGER_SCHEMA_URL = "https://unpkg.com/@hackdaykit/ledger@0/ledger.schema.json";

/** A YAML scalar for any text: JSON strings are valid YAML, so quoting and escapes are always right. */
const q = (text: string) => JSON.stringify(text);

export function slugOf(text: string, fallback: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** Local dates from start to end inclusive. */
export function daysOf(start: string, end: string): string[] {
  const days: string[] = [];
  for (
    let d = new Date(`${start}T00:00:00Z`);
    d <= new Date(`${end}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

interface SkeletonSession {
  id: string;
  title: string;
  kind: string;
  start: string;
  end: string;
  room?: boolean;
}

/**
 * The usual shape of a hack day, in local time: registration and pitches on the first morning, hacking with
 * meals, demos and the prizegiving on the last afternoon. One-day events get all of it in one day.
 */
export function skeletonAgenda(days: readonly string[]): SkeletonSession[] {
  const first = days[0]!;
  const last = days.at(-1)!;
  const at = (day: string, time: string) => `${day}T${time}`;
  const sessions: SkeletonSession[] = [
    {
      id: "registration",
      title: "Registration and breakfast",
      kind: "registration",
      start: at(first, "09:00"),
      end: at(first, "09:30"),
    },
    {
      id: "pitches",
      title: "Pitches: share an idea, find a team",
      kind: "pitches",
      start: at(first, "09:30"),
      end: at(first, "10:30"),
      room: true,
    },
  ];
  days.forEach((day, i) => {
    const n = days.length > 1 ? `-day-${i + 1}` : "";
    const isFirst = day === first;
    const isLast = day === last;
    sessions.push({
      id: `hacking${n}`,
      title: "Hacking",
      kind: "hacking",
      start: at(day, isFirst ? "10:30" : "09:00"),
      end: at(day, isLast ? "14:00" : "21:00"),
    });
    sessions.push({
      id: `lunch${n}`,
      title: "Lunch",
      kind: "meal",
      start: at(day, "12:30"),
      end: at(day, "13:15"),
    });
    if (!isLast) {
      sessions.push({
        id: `dinner${n}`,
        title: "Dinner",
        kind: "meal",
        start: at(day, "18:30"),
        end: at(day, "19:15"),
      });
    }
  });
  sessions.push(
    {
      id: "demos",
      title: "Demos: every team shows what they built",
      kind: "demos",
      start: at(last, "14:00"),
      end: at(last, "16:00"),
      room: true,
    },
    {
      id: "prizegiving",
      title: "Prizegiving",
      kind: "prizegiving",
      start: at(last, "16:30"),
      end: at(last, "17:00"),
      room: true,
    },
  );
  return sessions;
}

export function eventYaml(a: InitAnswers): string {
  const sessions = skeletonAgenda(daysOf(a.start, a.end))
    .map((s) =>
      [
        `  - id: ${s.id}`,
        `    title: ${q(s.title)}`,
        `    kind: ${s.kind}`,
        `    start: ${s.start}`,
        `    end: ${s.end}`,
        ...(s.room ? ["    room: main-room"] : []),
      ].join("\n"),
    )
    .join("\n");
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# ${a.name}: the event file. Edit it, then check it with: npx --package=@hackdaykit/cli hackday validate event.yaml
# Times are local wall-clock times in the time zone below. People are private unless \`public: true\`.
id: ${a.id}
name: ${q(a.name)}
timezone: ${a.timezone}
start: ${a.start}
end: ${a.end}
currency: ${a.currency}
${a.url ? `url: ${q(a.url)}\n` : ""}status: scheduled
venue:
  id: ${slugOf(a.venue, "venue")}
  name: ${q(a.venue)}
  rooms:
    - id: main-room
      name: Main room
people: []
sponsors: []
sessions:
${sessions}
prizes:
  - id: best-in-show
    name: Best in show
    description: The project the judges think did the most good with the time it had.
teams: []
projects: []
`;
}

export function ledgerYaml(a: InitAnswers): string {
  return `# yaml-language-server: $schema=${LEDGER_SCHEMA_URL}
# The open accounts of ${a.name}. Double entry: each transaction's postings sum to zero.
# Check with: npx --package=@hackdaykit/cli hackday validate accounts.ledger.yaml
currency: ${a.currency}
event: ${a.id}
accounts:
  - { name: "assets:bank:current", nature: cash, label: Bank }
  - { name: "income:sponsorship", nature: cash, label: Sponsorship }
  - { name: "income:in-kind", nature: in-kind, label: In-kind support }
  - { name: "expenses:venue", label: Venue }
  - { name: "expenses:catering", label: Catering }
  - { name: "expenses:prizes", label: Prizes }
  - { name: "liabilities:reimbursements", nature: reimbursements, label: Owed to volunteers }
payees: []
pledges: []
transactions: []
`;
}

export function readme(a: InitAnswers): string {
  return `# ${a.name}

The files that run ${a.name} (${a.start === a.end ? a.start : `${a.start} to ${a.end}`}, ${a.venue}), kept with
[hackdaykit](https://github.com/hackdaykit/hackdaykit).

| file | what it holds |
| --- | --- |
| \`event.yaml\` | the event: venue, people (private unless \`public: true\`), sponsors, agenda, prizes, teams, projects, results |
| \`accounts.ledger.yaml\` | the open accounts: sponsorship in, spending out |
| \`.github/workflows/site.yml\` | checks both files on every push and publishes the website |

## Everyday jobs

\`\`\`sh
npx --package=@hackdaykit/cli hackday validate event.yaml accounts.ledger.yaml   # check the files
npx --package=@hackdaykit/cli hackday agenda event.yaml                          # the agenda, day by day
npx --package=@hackdaykit/cli hackday site build event.yaml -o _site             # the website, in _site/
\`\`\`

Open \`_site/index.html\` in a browser to see the site; it needs no server and no JavaScript.

## Publishing

The workflow publishes \`_site\` to GitHub Pages on every push to \`main\` (Settings → Pages → Source: GitHub
Actions). Any static host works the same way: upload the folder. Calendar feeds (\`calendar.ics\`) keep their
history from the previous build, so keep the published folder as the starting point of the next build when you
can (the workflow restores it from the cache).

## When results are in

Add a \`results\` section to \`event.yaml\` (per prize: the winners with their places and a sentence on why) and
push: the site's Results page and each project's page show them.
`;
}

export function workflow(): string {
  return `# Checks the event files on every push and publishes the website to GitHub Pages.
name: site
on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - name: Restore the last published site (calendar feeds keep their history)
        uses: actions/cache@v4
        with:
          path: _site
          key: site-\${{ github.run_id }}
          restore-keys: site-
      - name: Check the event files
        run: npx --yes --package=@hackdaykit/cli@0 hackday validate event.yaml accounts.ledger.yaml
      - name: Build the site
        run: npx --yes --package=@hackdaykit/cli@0 hackday site build event.yaml -o _site
      - uses: actions/upload-pages-artifact@v3
        if: github.ref == 'refs/heads/main'
        with:
          path: _site
  deploy:
    if: github.ref == 'refs/heads/main'
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}
