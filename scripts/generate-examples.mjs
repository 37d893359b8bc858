// Writes the example event files in examples/. Names are fictional; a seeded generator keeps them stable.
// Run: node scripts/generate-examples.mjs
import { writeFileSync } from "node:fs";
import { stringify } from "yaml";

function rng(seed) {
  // mulberry32: small, seedable, good enough for example data
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST =
  `Amara Bea Cyrus Dalia Eamon Freya Gideon Hana Idris Jun Kezia Leon Maeve Nikhil Orla Priya Quentin Rosa Soren
Tamsin Ulla Viktor Wen Xander Yara Zeb Aoife Bram Chiara Dev Elin Farid Greta Hamish Ines Jonah Kaia Lior Mina Niamh
Oren Pia Rafe Saskia Theo Uma Vera Wilf Ximena Yusuf Zora Ada Basil Cleo Dmitri Esme Fintan Gwen Hugo Isla Jasper`.split(
    /\s+/,
  );
const LAST =
  `Abernethy Blackwood Castellano Drummond Eriksen Fairweather Galloway Hargreaves Iqbal Jessop Kowalczyk Lindqvist
Mbeki Nakamura Okonkwo Pemberton Quayle Rasmussen Sandoval Thistlewood Underhill Vasquez Whitlock Yilmaz Zielinski Achebe
Brannigan Carmody Delacroix Ellsworth Fennimore Greaves Holloway Ingram Juniper Kaur Lachance Moreau Navarro Osei`.split(
    /\s+/,
  );
const ORGS = [
  "St Aldhelm's Hospital",
  "Riverside NHS Trust",
  "Northgate Health Data",
  "University of Wessex",
  "Fenwick Primary Care Network",
  "Independent",
  "Lumen Labs",
  "Openwell Foundation",
];
const SKILLS = [
  "python",
  "javascript",
  "design",
  "clinical",
  "data",
  "product",
  "accessibility",
  "devops",
  "ux research",
];

const slug = (text) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function makePeople(random, count, used = new Set()) {
  const people = [];
  while (people.length < count) {
    const name = `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
    const id = slug(name);
    if (used.has(id)) continue;
    used.add(id);
    const isPublic = random() < 0.6;
    const person = { id, name };
    if (random() < 0.3)
      person.pronouns = random() < 0.5 ? "she/her" : random() < 0.5 ? "he/him" : "they/them";
    person.email = `${id.replace("-", ".")}@example.org`;
    if (random() < 0.2) person.phone = `+44 7700 900${String(Math.floor(random() * 1000)).padStart(3, "0")}`;
    person.affiliations = [ORGS[Math.floor(random() * ORGS.length)]];
    person.skills = [...new Set([0, 1].map(() => SKILLS[Math.floor(random() * SKILLS.length)]))];
    person.roles = ["attendee"];
    person.public = isPublic;
    people.push(person);
  }
  return people;
}

function write(file, header, data) {
  const body = stringify(data, { lineWidth: 110 });
  writeFileSync(new URL(`../examples/${file}`, import.meta.url), `${header}\n${body}`);
}

const SCHEMA_COMMENT = "# yaml-language-server: $schema=../packages/schema/event.schema.json";

// ---------------------------------------------------------------------------------------------------------------
// A small NHS-Hack-Day-like weekend in London.
function smallEvent() {
  const random = rng(31);
  const people = makePeople(random, 120);
  const take = (n, role, pub) =>
    people
      .filter((p) => p.roles.length === 1 && p.roles[0] === "attendee")
      .slice(0, n)
      .map((p) => {
        p.roles = [role];
        if (pub !== undefined) p.public = pub;
        return p;
      });
  const organisers = take(6, "organiser", true);
  organisers[5].public = false; // an organiser who prefers not to be named
  const judges = take(5, "judge", true);
  judges[4].public = false;
  take(6, "mentor");
  take(4, "volunteer");
  const speakers = take(2, "speaker", true);
  const attendees = people.filter((p) => p.roles[0] === "attendee");

  const PROJECTS = [
    ["bedflow", "Bedflow", "Live bed-state board for a ward, fed from the PAS export"],
    ["discharge-buddy", "Discharge Buddy", "Plain-language discharge letters patients can read on a phone"],
    ["clinic-queue", "ClinicQueue", "Text-message queueing for walk-in phlebotomy"],
    ["safer-handover", "Safer Handover", "Structured SBAR handover notes with a ward-round checklist"],
    ["rota-swap", "RotaSwap", "Junior doctors swap shifts without a spreadsheet"],
    ["med-reminders", "MedMinder", "Medication reminders for carers of people with dementia"],
    ["open-waits", "OpenWaits", "Waiting-list data made readable, by specialty and trust"],
    ["falls-watch", "FallsWatch", "Flags falls risk from observations already recorded"],
    ["gp-translate", "GP Translate", "Appointment letters in 12 community languages"],
    ["theatre-tracker", "Theatre Tracker", "Operating theatre utilisation, minute by minute"],
    ["easy-read", "EasyRead Builder", "Easy-read leaflets from ordinary NHS leaflets"],
    ["pathway-map", "PathwayMap", "Visual map of a patient's referral pathway"],
    ["porter-finder", "PorterFinder", "Request and track porters from any ward terminal"],
    ["sharps-count", "Sharps Count", "Scan-based sharps counting for theatres"],
    ["carer-passport", "Carer Passport", "Digital carer passport recognised across wards"],
    ["asthma-plan", "Asthma Plan", "Personal asthma action plans that live in the wallet app"],
    ["nhs-api-explorer", "API Explorer", "Try NHS APIs in the browser with sandbox data"],
  ];
  const teams = [];
  const projects = [];
  let next = 0;
  PROJECTS.forEach(([id, title, summary], i) => {
    const size = 3 + (i % 3);
    const members = attendees.slice(next, next + size).map((p) => p.id);
    next += size;
    const team = { id: `team-${id}`, name: `Team ${title}`, members };
    teams.push(team);
    const project = { id, title, summary, team: team.id, pitchedBy: members[0] };
    project.links = { code: `https://git.example.org/nhshd31/${id}` };
    if (i % 4 === 0) project.links.demo = `https://${id}.example.org`;
    if (i % 5 === 1) project.links.slides = `https://slides.example.org/${id}`;
    project.licence = ["MIT", "Apache-2.0", "GPL-3.0-only", "MIT"][i % 4];
    project.prizes = ["best-overall", "patient-choice"];
    if (i % 3 === 0) project.prizes.push("open-data-challenge");
    if (i % 4 === 1) project.prizes.push("accessibility-award");
    project.table = i + 1;
    project.eligibility = { builtThisWeekend: i !== 9, usable: true, notCommercial: i !== 14 };
    projects.push(project);
  });

  const criteria = [
    { id: "impact", name: "Impact on patients and staff", weight: 3, scale: { min: 1, max: 5, step: 1 } },
    {
      id: "feasibility",
      name: "Could it be used next month?",
      weight: 2,
      scale: { min: 1, max: 5, step: 1 },
    },
    {
      id: "openness",
      name: "Open source, open data, open standards",
      weight: 1,
      scale: { min: 1, max: 5, step: 1 },
    },
    {
      id: "presentation",
      name: "Clarity of the three-minute demo",
      weight: 1,
      scale: { min: 1, max: 5, step: 1 },
    },
  ];
  const scores = [];
  const quality = projects.map(() => random() * 4);
  for (const judge of judges) {
    const harshness = random() - 0.5;
    projects.forEach((project, p) => {
      if (project.eligibility.builtThisWeekend === false) return;
      for (const criterion of criteria) {
        const raw = 1 + quality[p] + harshness + (random() - 0.5) * 1.5;
        scores.push({
          judge: judge.id,
          project: project.id,
          criterion: criterion.id,
          score: Math.max(1, Math.min(5, Math.round(raw))),
        });
      }
    });
  }
  const conflicted = projects[2];
  const conflictTeam = teams.find((t) => t.id === conflicted.team);
  const judgeAffiliation = judges[1].affiliations[0];

  const session = (id, title, kind, start, end, extra = {}) => ({ id, title, kind, start, end, ...extra });
  return {
    id: "nhs-hack-day-31",
    name: "NHS Hack Day 31: London",
    edition: 31,
    series: { id: "nhs-hack-day", name: "NHS Hack Day", url: "https://nhshackday.example.org" },
    description:
      "A free weekend where clinicians, patients and coders build things that make the NHS better. Pitch an idea " +
      "on Saturday morning, form a team, and demo what you built on Sunday afternoon.",
    url: "https://nhshackday.example.org/31",
    timezone: "Europe/London",
    start: "2026-05-16",
    end: "2026-05-17",
    currency: "GBP",
    codeOfConduct: "https://nhshackday.example.org/code-of-conduct",
    status: "scheduled",
    venue: {
      id: "riverside-institute",
      name: "The Riverside Institute",
      address: {
        street: "12 Wharf Lane",
        locality: "London",
        postalCode: "SE1 9ZZ",
        country: "GB",
      },
      geo: { lat: 51.5045, lon: -0.0865 },
      url: "https://riverside-institute.example.org",
      directions: "Five minutes from London Bridge; step-free entrance on Wharf Lane.",
      openingHours: [
        { date: "2026-05-16", opens: "08:00", closes: "21:00" },
        { date: "2026-05-17", opens: "08:00", closes: "19:00" },
      ],
      rooms: [
        {
          id: "main-hall",
          name: "Main Hall",
          capacity: 200,
          accessibility: "Step-free; hearing loop; live captions",
        },
        { id: "seminar-1", name: "Seminar Room 1", capacity: 40, accessibility: "Step-free" },
        {
          id: "seminar-2",
          name: "Seminar Room 2",
          capacity: 30,
          accessibility: "Step-free; quiet room next door",
        },
        {
          id: "atrium",
          name: "Atrium Café",
          capacity: 150,
          bookings: [
            { start: "2026-05-16T08:00", end: "2026-05-16T20:30" },
            { start: "2026-05-17T08:00", end: "2026-05-17T18:00" },
          ],
        },
      ],
    },
    people,
    sponsors: [
      {
        id: "northgate-health-data",
        name: "Northgate Health Data",
        tier: "headline",
        url: "https://northgate.example.com",
        pledges: [{ kind: "cash", amount: "£3,000.00", description: "Towards venue costs and lunch" }],
      },
      {
        id: "openwell-foundation",
        name: "Openwell Foundation",
        tier: "gold",
        url: "https://openwell.example.org",
        pledges: [
          { kind: "cash", amount: "£1,500.00", description: "Healthy lunch", restrictedTo: "catering" },
        ],
      },
      {
        id: "riverside-institute",
        name: "The Riverside Institute",
        tier: "venue",
        url: "https://riverside-institute.example.org",
        pledges: [{ kind: "in-kind", amount: "£4,000.00", description: "Venue hire for the weekend" }],
      },
      {
        id: "lumen-labs",
        name: "Lumen Labs",
        tier: "silver",
        url: "https://lumenlabs.example.com",
        pledges: [{ kind: "cash", amount: "750 GBP", description: "Tea, coffee and pastries" }],
      },
      {
        id: "pixel-surgery",
        name: "Pixel Surgery",
        tier: "supporter",
        url: "https://pixelsurgery.example.com",
        pledges: [{ kind: "cash", amount: "£500", description: "Accessibility award prize" }],
      },
      {
        id: "kettle-and-crumb",
        name: "Kettle & Crumb",
        tier: "supporter",
        pledges: [{ kind: "in-kind", amount: "£250.00", description: "Sunday afternoon cakes" }],
      },
    ],
    tracks: [
      { id: "main", name: "Main stage" },
      { id: "workshops", name: "Workshops", description: "Short hands-on sessions for newcomers" },
    ],
    sessions: [
      session("crew-briefing", "Crew briefing", "talk", "2026-05-16T08:15", "2026-05-16T08:45", {
        room: "seminar-2",
        speakers: [organisers[0].id, organisers[5].id],
        visibility: "internal",
      }),
      session(
        "registration-sat",
        "Registration and breakfast",
        "registration",
        "2026-05-16T09:00",
        "2026-05-16T09:30",
        {
          room: "atrium",
        },
      ),
      session(
        "welcome",
        "Welcome and how the weekend works",
        "talk",
        "2026-05-16T09:30",
        "2026-05-16T09:45",
        {
          room: "main-hall",
          track: "main",
          speakers: [organisers[0].id],
        },
      ),
      session(
        "pitches",
        "Pitches: 25 ideas in one minute each",
        "pitches",
        "2026-05-16T09:45",
        "2026-05-16T10:30",
        {
          room: "main-hall",
          track: "main",
          description: "Anyone can pitch a problem. One minute, no slides needed.",
        },
      ),
      session("team-forming", "Team forming", "social", "2026-05-16T10:30", "2026-05-16T11:00", {
        room: "atrium",
      }),
      session("hacking-sat", "Hacking", "hacking", "2026-05-16T11:00", "2026-05-16T19:00", {
        room: "main-hall",
      }),
      session(
        "intro-nhs-apis",
        "Workshop: the NHS APIs in 30 minutes",
        "talk",
        "2026-05-16T11:15",
        "2026-05-16T11:45",
        {
          room: "seminar-1",
          track: "workshops",
          speakers: [speakers[0].id],
        },
      ),
      session("lunch-sat", "Healthy lunch", "meal", "2026-05-16T12:30", "2026-05-16T13:30", {
        room: "atrium",
      }),
      session("open-data-clinic", "Open data clinic", "talk", "2026-05-16T14:00", "2026-05-16T14:45", {
        room: "seminar-1",
        track: "workshops",
        speakers: [speakers[1].id],
      }),
      session("tea-sat", "Tea break", "break", "2026-05-16T15:30", "2026-05-16T15:45", { room: "atrium" }),
      session("social-sat", "Pizza and games", "social", "2026-05-16T19:00", "2026-05-16T20:30", {
        room: "atrium",
      }),
      session(
        "registration-sun",
        "Doors open, breakfast",
        "registration",
        "2026-05-17T09:00",
        "2026-05-17T09:30",
        {
          room: "atrium",
        },
      ),
      session("hacking-sun", "Hacking", "hacking", "2026-05-17T09:30", "2026-05-17T14:00", {
        room: "main-hall",
      }),
      session("lunch-sun", "Lunch", "meal", "2026-05-17T12:30", "2026-05-17T13:30", { room: "atrium" }),
      session("demos", "Project presentations", "demos", "2026-05-17T14:00", "2026-05-17T16:00", {
        room: "main-hall",
        track: "main",
        description: "Three minutes per team plus two minutes of questions from the panel.",
      }),
      session("tea-sun", "Tea and cake", "break", "2026-05-17T16:00", "2026-05-17T16:15", { room: "atrium" }),
      session("judging", "Judges deliberate", "judging", "2026-05-17T16:00", "2026-05-17T16:45", {
        room: "seminar-2",
        speakers: judges.map((j) => j.id),
        visibility: "internal",
      }),
      session("prizegiving", "Prizegiving and thanks", "prizegiving", "2026-05-17T16:45", "PT30M", {
        room: "main-hall",
        track: "main",
      }),
    ].map((s) => (s.end?.startsWith("PT") ? (({ end, ...rest }) => ({ ...rest, duration: end }))(s) : s)),
    prizes: [
      {
        id: "best-overall",
        name: "Best in Show",
        description: "The project the panel thinks would most help patients and staff.",
        awardedBy: "panel",
        method: "rubric",
        requires: ["builtThisWeekend", "usable"],
      },
      {
        id: "patient-choice",
        name: "Patients' Choice",
        description: "Chosen by the patient panel's ranking.",
        awardedBy: "community",
        method: "schulze",
      },
      {
        id: "open-data-challenge",
        name: "Open Data Challenge",
        sponsor: "northgate-health-data",
        description: "Best use of open NHS data.",
        value: "£250.00",
        awardedBy: "sponsor",
        method: "borda",
        judges: [judges[2].id],
      },
      {
        id: "accessibility-award",
        name: "Accessibility Award",
        sponsor: "pixel-surgery",
        description: "The project most usable by everyone.",
        value: "£500.00",
        awardedBy: "panel",
        method: "rubric",
        requires: ["notCommercial"],
      },
    ],
    teams,
    projects,
    judging: {
      method: "rubric",
      criteria,
      redLines: [
        { id: "built-this-weekend", description: "Built during the weekend", requires: "builtThisWeekend" },
        { id: "usable", description: "Something a clinician or patient could try", requires: "usable" },
        {
          id: "not-commercial",
          description: "Not a pitch for an existing product",
          requires: "notCommercial",
        },
      ],
      panel: judges.map((j) => j.id),
      conflicts: [
        { judge: judges[0].id, team: conflictTeam.id, reason: "Supervises a team member" },
        { judge: judges[1].id, organisation: judgeAffiliation, reason: "Employer" },
      ],
      multipleWins: false,
      ballots: { scores },
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A large expo-style event across the autumn clock change (Europe/London, 25 October 2026).
function largeEvent() {
  const random = rng(2026);
  const people = makePeople(random, 700);
  const judges = people.slice(0, 48).map((p) => {
    p.roles = ["judge"];
    return p;
  });
  const organisers = people.slice(48, 56).map((p) => {
    p.roles = ["organiser"];
    p.public = true;
    return p;
  });
  const hackers = people.slice(56);
  const ADJ = [
    "Quiet",
    "Rapid",
    "Open",
    "Bright",
    "Kind",
    "Clear",
    "Tiny",
    "Shared",
    "Local",
    "Green",
    "Calm",
    "Brave",
  ];
  const NOUN = [
    "Ledger",
    "Map",
    "Queue",
    "Garden",
    "Signal",
    "Bridge",
    "Compass",
    "Lantern",
    "Harbour",
    "Beacon",
  ];
  const prizeIds = ["grand-prize", "best-hardware", "best-civic", "best-first-hack"];
  const teams = [];
  const projects = [];
  let next = 0;
  for (let i = 0; i < 220; i++) {
    const title = `${ADJ[i % ADJ.length]} ${NOUN[Math.floor(i / ADJ.length) % NOUN.length]}${i >= 120 ? ` ${Math.floor(i / 120) + 1}` : ""}`;
    const id = slug(title);
    const size = 2 + (i % 3);
    const members = hackers.slice(next, next + size).map((p) => p.id);
    next += size;
    teams.push({ id: `team-${id}`, name: title, members });
    const prizes = ["grand-prize"];
    if (i % 5 === 0) prizes.push("best-hardware");
    if (i % 3 === 0) prizes.push("best-civic");
    if (i % 7 === 0) prizes.push("best-first-hack");
    projects.push({
      id,
      title,
      summary: `${title}: a weekend build for the expo.`,
      team: `team-${id}`,
      links: { code: `https://git.example.org/expo26/${id}` },
      prizes,
      table: i + 1,
      eligibility: { builtThisWeekend: true, usable: true, notCommercial: true },
    });
  }
  const conflicts = [];
  for (let c = 0; c < 30; c++) {
    conflicts.push({
      judge: judges[Math.floor(random() * judges.length)].id,
      project: projects[Math.floor(random() * projects.length)].id,
      reason: "Mentored the team",
    });
  }
  const seen = new Set();
  const uniqueConflicts = conflicts.filter(
    (c) => !seen.has(c.judge + c.project) && seen.add(c.judge + c.project),
  );
  return {
    id: "riverbend-expo-2026",
    name: "Riverbend Hack Expo 2026",
    edition: "2026",
    series: { id: "riverbend-expo", name: "Riverbend Hack Expo" },
    description:
      "A 36-hour student hackathon with science-fair judging: judges visit tables, three times per project.",
    url: "https://expo.example.org/2026",
    timezone: "Europe/London",
    start: "2026-10-24",
    end: "2026-10-25",
    currency: "GBP",
    status: "rescheduled",
    previousStartDate: "2026-10-17",
    venue: {
      id: "riverbend-exhibition-centre",
      name: "Riverbend Exhibition Centre",
      address: { street: "1 Quay Road", locality: "Bristol", postalCode: "BS1 0ZZ", country: "GB" },
      geo: { lat: 51.4495, lon: -2.5983 },
      openingHours: [
        { date: "2026-10-24", opens: "08:00", closes: "23:59" },
        { date: "2026-10-25", opens: "00:00", closes: "20:00" },
      ],
      rooms: [
        { id: "expo-hall-a", name: "Expo Hall A (tables 1–110)", capacity: 600 },
        { id: "expo-hall-b", name: "Expo Hall B (tables 111–220)", capacity: 600 },
        {
          id: "stage",
          name: "Main Stage",
          capacity: 900,
          accessibility: "Step-free; wheelchair spaces at front",
        },
      ],
    },
    people,
    sponsors: [
      {
        id: "quayside-cloud",
        name: "Quayside Cloud",
        tier: "headline",
        pledges: [{ kind: "cash", amount: "£12,000.00" }],
      },
      {
        id: "west-circuit",
        name: "West Circuit",
        tier: "gold",
        pledges: [{ kind: "in-kind", amount: "£2,500", description: "Hardware library" }],
      },
      {
        id: "civic-works",
        name: "Civic Works",
        tier: "silver",
        pledges: [{ kind: "cash", amount: "£3,000" }],
      },
    ],
    tracks: [
      { id: "stage", name: "Stage" },
      { id: "expo", name: "Expo" },
    ],
    sessions: [
      {
        id: "check-in",
        title: "Check-in",
        kind: "registration",
        start: "2026-10-24T08:30",
        end: "2026-10-24T10:00",
        room: "stage",
      },
      {
        id: "opening",
        title: "Opening ceremony",
        kind: "talk",
        start: "2026-10-24T10:00",
        end: "2026-10-24T10:45",
        room: "stage",
        track: "stage",
        speakers: [organisers[0].id],
      },
      {
        id: "hacking-day-1",
        title: "Hacking starts",
        kind: "hacking",
        start: "2026-10-24T11:00",
        end: "2026-10-24T22:00",
        room: "expo-hall-a",
      },
      {
        id: "dinner",
        title: "Dinner",
        kind: "meal",
        start: "2026-10-24T18:30",
        end: "2026-10-24T19:30",
        room: "expo-hall-b",
      },
      {
        id: "overnight-hacking",
        title: "Overnight hacking (the clocks go back at 02:00: one extra hour)",
        kind: "hacking",
        start: "2026-10-24T22:00",
        end: "2026-10-25T08:00",
        room: "expo-hall-a",
        description: "Runs eleven real hours: BST ends at 02:00 and the clocks go back to 01:00.",
      },
      {
        id: "night-owl-quiz",
        title: "Night-owl quiz (in the first 01:30, before the clocks go back)",
        kind: "social",
        start: "2026-10-25T01:30+01:00",
        duration: 45,
        room: "stage",
      },
      {
        id: "midnight-snack",
        title: "Midnight snack",
        kind: "meal",
        start: "2026-10-25T00:00",
        end: "2026-10-25T00:30",
        room: "expo-hall-b",
      },
      {
        id: "breakfast",
        title: "Breakfast",
        kind: "meal",
        start: "2026-10-25T08:00",
        end: "2026-10-25T09:00",
        room: "expo-hall-b",
      },
      {
        id: "hacking-day-2",
        title: "Final hacking",
        kind: "hacking",
        start: "2026-10-25T09:00",
        end: "2026-10-25T11:00",
        room: "expo-hall-a",
      },
      {
        id: "expo-judging",
        title: "Expo judging",
        kind: "judging",
        start: "2026-10-25T11:30",
        end: "2026-10-25T14:30",
        room: "expo-hall-a",
        track: "expo",
        speakers: judges.map((j) => j.id),
      },
      {
        id: "judges-lunch",
        title: "Judges' lunch",
        kind: "meal",
        start: "2026-10-25T14:30",
        end: "2026-10-25T15:15",
        room: "stage",
        visibility: "internal",
      },
      {
        id: "closing",
        title: "Closing ceremony and prizes",
        kind: "prizegiving",
        start: "2026-10-25T15:30",
        end: "2026-10-25T16:30",
        room: "stage",
        track: "stage",
      },
    ],
    prizes: [
      { id: "grand-prize", name: "Grand Prize", awardedBy: "panel", method: "crowd-bt", value: "£1,000" },
      {
        id: "best-hardware",
        name: "Best Hardware Hack",
        sponsor: "west-circuit",
        awardedBy: "sponsor",
        method: "crowd-bt",
        judges: judges.slice(0, 4).map((j) => j.id),
      },
      {
        id: "best-civic",
        name: "Best Civic Tech",
        sponsor: "civic-works",
        awardedBy: "sponsor",
        method: "borda",
        judges: judges.slice(4, 8).map((j) => j.id),
      },
      { id: "best-first-hack", name: "Best First Hack", awardedBy: "panel", method: "crowd-bt" },
    ].filter((p) => prizeIds.includes(p.id)),
    teams,
    projects,
    judging: {
      method: "crowd-bt",
      panel: judges.map((j) => j.id),
      conflicts: uniqueConflicts,
      multipleWins: true,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Team formation for the small weekend: its 17 projects were pitched along with 8 ideas that did not make it;
// every attendee ranks up to five pitches (skewed to the popular ones), a few tie or rule pitches out, a few come
// in pairs. Its own generator, so the rest of the example does not change when this does.
const EXTRA_PITCHES = [
  ["ward-wayfinding", "Ward Wayfinding", ["design"]],
  ["sepsis-timer", "Sepsis Timer", ["clinical", "python"]],
  ["blood-stock", "Blood Stock", ["data"]],
  ["parking-permits", "Parking Permits", ["javascript"]],
  ["referral-bot", "Referral Bot", ["clinical"]],
  ["dementia-music", "Dementia Music", ["ux research"]],
  ["shift-food", "Night Shift Food", ["product"]],
  ["consent-forms", "Consent Forms", ["accessibility", "clinical"]],
];
function smallFormation(event) {
  const random = rng(3131);
  const attendees = event.people.filter((p) => p.roles.includes("attendee"));
  const wants = [["clinical"], ["design", "python"], ["javascript"], ["data", "clinical"], ["ux research"]];
  const pitchers = new Set(event.projects.map((p) => p.pitchedBy));
  const free = attendees.filter((p) => !pitchers.has(p.id));
  const pitches = [
    ...event.projects.map((project, i) => ({
      id: project.id,
      title: project.title,
      pitcher: project.pitchedBy,
      minSize: 3,
      maxSize: 6,
      skillsWanted: wants[i % wants.length],
    })),
    ...EXTRA_PITCHES.map(([id, title, skillsWanted], i) => ({
      id,
      title,
      pitcher: free[i].id,
      minSize: 3,
      maxSize: 5,
      skillsWanted,
    })),
  ];
  const popularity = pitches.map((_, j) => 1 / (1 + ((j * 7) % pitches.length)));
  const rows = attendees.map((person) => {
    const pool = pitches.filter((p) => p.pitcher !== person.id);
    const picked = [];
    while (picked.length < 5) {
      const total = pool.reduce((sum, p) => sum + popularity[pitches.indexOf(p)], 0);
      let r = random() * total;
      let at = 0;
      while (at < pool.length - 1 && r >= popularity[pitches.indexOf(pool[at])])
        r -= popularity[pitches.indexOf(pool[at++])];
      picked.push(pool.splice(at, 1)[0].id);
    }
    const ranking =
      random() < 0.1 ? `${picked[0]}>${picked[1]}=${picked.slice(2).join(">")}` : picked.join(">");
    const avoid = random() < 0.08 ? [pool[Math.floor(random() * pool.length)].id] : [];
    return { person: person.id, ranking, avoid };
  });
  const loose = free.slice(EXTRA_PITCHES.length);
  const groups = [0, 1, 2, 3].map((g) => ({ members: [loose[2 * g].id, loose[2 * g + 1].id] }));
  groups[0].note = "came together from the same ward";
  const csv = [
    "person,ranking,avoid",
    ...rows.map((r) => `${r.person},${r.ranking},${r.avoid.join(" ")}`),
  ].join("\n");
  return { formation: { pitches, groups }, csv: `${csv}\n` };
}

const small = smallEvent();
const { formation, csv } = smallFormation(small);
write(
  "nhs-hack-day-31.yaml",
  `${SCHEMA_COMMENT}\n# A small NHS-Hack-Day-like weekend. All names are fictional.`,
  { ...small, formation },
);
writeFileSync(new URL("../examples/nhs-hack-day-31.prefs.csv", import.meta.url), csv);
write(
  "riverbend-expo-2026.yaml",
  `${SCHEMA_COMMENT}\n# A large expo-style hackathon across the autumn clock change. All names are fictional.`,
  largeEvent(),
);
