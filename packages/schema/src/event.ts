import { z } from "zod";
import { FormationSchema } from "./formation.js";
import { IdSchema, refTo } from "./ids.js";
import { EligibilityFlagSchema, JudgingMethodSchema, JudgingSchema } from "./judging.js";
import { isCurrencyCode, unknownCurrency } from "./money.js";
import { MoneySchema } from "./money-schema.js";
import { TEXT_LIMITS } from "./text.js";
import {
  DurationSchema,
  InstantSchema,
  IsoDateSchema,
  TimeZoneSchema,
  WallTimeSchema,
} from "./time-schema.js";

const text = (description: string, max: number = TEXT_LIMITS.name) =>
  z.string().min(1).max(max).meta({ description });
const longText = (max: number = TEXT_LIMITS.description) => z.string().max(max);
/** Web links only: a `javascript:` or `data:` URL in an event file must never reach a published page. */
const url = (description: string) =>
  z
    .url({ protocol: /^https?$/, error: "expected a web address starting with http:// or https://" })
    .meta({ description });
const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d([+-]\d{2}:\d{2})?$/, {
    message: "expected a clock time HH:MM (with an offset like +01:00 only where the clocks go back)",
  })
  .meta({
    description:
      "Local clock time, HH:MM. Add an offset (01:30+01:00) only to pick one of two times when the clocks go back.",
  });

export const ROLES = ["organiser", "judge", "mentor", "attendee", "speaker", "volunteer"] as const;
export const SESSION_KINDS = [
  "registration",
  "pitches",
  "hacking",
  "meal",
  "break",
  "talk",
  "demos",
  "judging",
  "prizegiving",
  "social",
] as const;

export const SeriesSchema = z
  .strictObject({
    id: IdSchema,
    name: text("Series name, e.g. NHS Hack Day"),
    url: url("Series home page").optional(),
  })
  .meta({ id: "Series", description: "The series of events this edition belongs to" });

export const AddressSchema = z
  .strictObject({
    street: z.string().optional().meta({ description: "Street address, e.g. 12 Wharf Lane" }),
    locality: z.string().optional().meta({ description: "Town or city" }),
    region: z.string().optional().meta({ description: "County, state or province" }),
    postalCode: z.string().optional().meta({ description: "Postcode or ZIP code" }),
    country: z.string().optional().meta({ description: "Country name or ISO 3166 code" }),
  })
  .meta({ id: "Address", description: "Postal address" });

export const GeoSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).meta({ description: "Latitude in degrees, north positive" }),
    lon: z.number().min(-180).max(180).meta({ description: "Longitude in degrees, east positive" }),
  })
  .meta({ id: "Geo", description: "WGS 84 coordinates" });

export const OpeningHoursSchema = z
  .strictObject({ date: IsoDateSchema, opens: ClockTime, closes: ClockTime })
  .meta({
    id: "OpeningHours",
    description: "When the venue is open on one day (closes may be after midnight)",
  });

export const BookingSchema = z
  .strictObject({ start: WallTimeSchema, end: WallTimeSchema })
  .meta({ id: "Booking", description: "A span the room is booked for" });

export const RoomSchema = z
  .strictObject({
    id: IdSchema,
    name: text("Room name as signposted"),
    capacity: z.number().int().positive().optional().meta({ description: "How many people the room holds" }),
    accessibility: z
      .string()
      .optional()
      .meta({ description: "Step-free access, hearing loop, quiet space…" }),
    bookings: z
      .array(BookingSchema)
      .optional()
      .meta({ description: "When the room is ours; omit if all event" }),
  })
  .meta({ id: "Room", description: "A room in the venue" });

export const VenueSchema = z
  .strictObject({
    id: IdSchema,
    name: text("Venue name"),
    address: AddressSchema.optional(),
    geo: GeoSchema.optional(),
    url: url("Venue web page").optional(),
    directions: z
      .string()
      .optional()
      .meta({ description: "How to get there and find the way in, for attendees" }),
    openingHours: z.array(OpeningHoursSchema).default([]),
    rooms: z.array(RoomSchema).default([]),
  })
  .meta({ id: "Venue", description: "Where the event happens" });

export const PersonSchema = z
  .strictObject({
    id: IdSchema,
    name: text("Full name"),
    pronouns: longText(TEXT_LIMITS.short)
      .optional()
      .meta({ description: "e.g. she/her, shown beside the name" }),
    email: z.email().optional().meta({ description: "Private: never published" }),
    phone: z.string().optional().meta({ description: "Private: never published" }),
    affiliations: z.array(z.string()).default([]).meta({ description: "Employers or organisations" }),
    skills: z
      .array(z.string())
      .default([])
      .meta({ description: "What they can bring, e.g. clinician, backend; matched against pitches" }),
    roles: z
      .array(z.enum(ROLES))
      .default([])
      .meta({ description: "What they do at the event, e.g. judge, mentor" }),
    public: z.boolean().default(false).meta({
      description: "Consent to show this person's name publicly; without it they appear as a neutral label",
    }),
    url: url("Personal page").optional(),
  })
  .meta({ id: "Person", description: "Someone taking part; contact details stay private" });

export const PledgeSchema = z
  .strictObject({
    id: IdSchema.optional(),
    kind: z
      .enum(["cash", "in-kind"])
      .default("cash")
      .meta({ description: "Money, or goods and services given instead of money" }),
    amount: MoneySchema.meta({ description: "Cash pledged, or the value of in-kind support" }),
    description: z.string().optional().meta({ description: "What it pays for or what is given" }),
    restrictedTo: z
      .string()
      .optional()
      .meta({ description: "Budget line a restricted gift may only be spent on" }),
  })
  .meta({ id: "Pledge", description: "What a sponsor has promised" });

export const SponsorSchema = z
  .strictObject({
    id: IdSchema,
    name: text("Sponsor name"),
    tier: longText(TEXT_LIMITS.short).optional().meta({ description: "e.g. headline, gold, supporter" }),
    url: url("Sponsor web site").optional(),
    logo: z.string().optional().meta({ description: "Logo URL or path" }),
    description: longText().optional().meta({ description: "About the sponsor" }),
    // prefault, not default: zod's JSON Schema (io "input") drops the default of a list whose items transform
    // (money text → Money), and [] parses to [] either way.
    pledges: z.array(PledgeSchema).prefault([]).meta({ description: "What the sponsor has promised" }),
  })
  .meta({ id: "Sponsor", description: "An organisation supporting the event (sponsors are public)" });

export const TrackSchema = z
  .strictObject({
    id: IdSchema,
    name: text("Track name"),
    description: z.string().optional().meta({ description: "What the track is about" }),
  })
  .meta({ id: "Track", description: "A thread of sessions, e.g. main stage or workshops" });

export const SessionSchema = z
  .strictObject({
    id: IdSchema,
    title: text("Session title"),
    kind: z.enum(SESSION_KINDS).meta({
      description: "What happens in the slot; judging rotas are planned for `judging` sessions",
    }),
    start: WallTimeSchema,
    end: WallTimeSchema.optional(),
    duration: DurationSchema.optional(),
    room: refTo("room").optional(),
    track: refTo("track").optional(),
    speakers: z.array(refTo("person")).default([]),
    description: longText()
      .optional()
      .meta({ description: "What happens, shown in the agenda and calendar feeds" }),
    visibility: z
      .enum(["public", "internal"])
      .default("public")
      .meta({ description: "Internal sessions (crew briefings) are never published" }),
    updated: InstantSchema.optional().meta({
      description: "When the session last changed (calendar DTSTAMP)",
    }),
  })
  .refine((s) => (s.end === undefined) !== (s.duration === undefined), {
    message: "give either end or duration, not both or neither",
  })
  .meta({ id: "Session", description: "A slot in the agenda, in the event's local time" });

export const PrizeSchema = z
  .strictObject({
    id: IdSchema,
    name: text("Prize or challenge name"),
    sponsor: refTo("sponsor").optional(),
    description: longText().optional().meta({ description: "What the prize is for" }),
    value: MoneySchema.optional().meta({
      description: "What the prize is worth, if it is money or has a value",
    }),
    awardedBy: z
      .enum(["panel", "community", "sponsor"])
      .default("panel")
      .meta({ description: "Who decides: the judging panel, a public vote or the sponsor" }),
    method: JudgingMethodSchema.optional().meta({ description: "Overrides judging.method for this prize" }),
    judges: z.array(refTo("person")).default([]).meta({ description: "Prize-specific judges" }),
    requires: z
      .array(EligibilityFlagSchema)
      .default([])
      .meta({ description: "Eligibility flags a project needs" }),
    rules: z.array(z.string()).default([]).meta({ description: "Other eligibility rules, in words" }),
  })
  .meta({ id: "Prize", description: "A prize or sponsor challenge that projects enter" });

export const TeamSchema = z
  .strictObject({ id: IdSchema, name: text("Team name"), members: z.array(refTo("person")).default([]) })
  .meta({ id: "Team", description: "People working on a project together" });

export const LinksSchema = z
  .strictObject({
    code: url("Source repository").optional(),
    demo: url("Live demo").optional(),
    video: url("Video").optional(),
    slides: url("Slides").optional(),
  })
  .meta({ id: "Links", description: "Where to see the project" });

export const ProjectSchema = z
  .strictObject({
    id: IdSchema,
    title: text("Project title", TEXT_LIMITS.title),
    summary: longText(TEXT_LIMITS.summary)
      .optional()
      .meta({ description: "The project in one or two sentences" }),
    team: refTo("team").optional(),
    pitchedBy: refTo("person").optional(),
    links: LinksSchema.default({}),
    licence: longText(TEXT_LIMITS.short).optional().meta({ description: "SPDX licence id, e.g. MIT" }),
    prizes: z.array(refTo("prize")).default([]).meta({ description: "Prizes and challenges entered" }),
    table: z.number().int().positive().optional().meta({ description: "Table number at the expo" }),
    themes: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: "Themes the project addresses, e.g. mental health, open data (for archives)" }),
    eligibility: z
      .strictObject({
        builtThisWeekend: z
          .boolean()
          .optional()
          .meta({ description: "Built during the event, not brought finished" }),
        usable: z.boolean().optional().meta({ description: "Works well enough to demonstrate" }),
        notCommercial: z.boolean().optional().meta({ description: "Not a company selling its own product" }),
      })
      .default({})
      .meta({ description: "The red-line answers; unset means not yet checked" }),
  })
  .meta({ id: "Project", description: "What a team built" });

export const PrizeWinnerSchema = z
  .strictObject({
    project: refTo("project"),
    place: z
      .number()
      .int()
      .positive()
      .meta({ description: "1 for the winner, 2 for runner-up…; ties share a place" }),
  })
  .meta({ id: "PrizeWinner", description: "A project placed in a prize" });

export const PrizeResultSchema = z
  .strictObject({
    prize: refTo("prize"),
    winners: z.array(PrizeWinnerSchema).min(1),
    explanation: z
      .string()
      .optional()
      .meta({ description: "Why these projects won, in words, for the public" }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({ description: "How sure the method is of the winner (0–1), e.g. from a bootstrap" }),
    tooClose: z
      .boolean()
      .optional()
      .meta({ description: "The top places were too close to separate with confidence" }),
  })
  .meta({ id: "PrizeResult", description: "The published outcome of one prize" });

export const ResultsSchema = z
  .strictObject({
    published: InstantSchema.optional().meta({ description: "When the results were announced" }),
    prizes: z.array(PrizeResultSchema).default([]),
  })
  .meta({ id: "Results", description: "Published results: present only once the organisers announce them" });

export const EventSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: "JSON Schema reference for editors" }),
    id: IdSchema,
    name: text("Event name"),
    edition: z
      .union([z.number().int(), z.string()])
      .optional()
      .meta({ description: "Edition number or name within the series, e.g. 31" }),
    series: SeriesSchema.optional(),
    description: longText().optional().meta({ description: "About the event" }),
    url: url("Event web site").optional(),
    timezone: TimeZoneSchema,
    start: IsoDateSchema.meta({ description: "First day, local date" }),
    end: IsoDateSchema.meta({ description: "Last day, local date" }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: "expected an ISO 4217 currency code such as GBP", abort: true })
      .superRefine((code, ctx) => {
        if (!isCurrencyCode(code)) ctx.addIssue({ code: "custom", message: unknownCurrency(code) });
      })
      .optional()
      .meta({ description: "Main ISO 4217 currency of the accounts" }),
    codeOfConduct: url("Code of conduct").optional(),
    status: z.enum(["scheduled", "rescheduled", "cancelled"]).default("scheduled").meta({
      description: "Published in calendar feeds and JSON-LD; rescheduled events give previousStartDate",
    }),
    previousStartDate: IsoDateSchema.optional().meta({
      description: "Original first day of a rescheduled event",
    }),
    submissionDeadline: WallTimeSchema.optional().meta({
      description:
        "When teams must have submitted their projects (local time); after it team pages are read-only. Default: when the first demos or judging session starts",
    }),
    venue: VenueSchema.optional(),
    people: z.array(PersonSchema).default([]),
    // prefault: see Sponsor.pledges.
    sponsors: z.array(SponsorSchema).prefault([]),
    tracks: z.array(TrackSchema).default([]),
    sessions: z.array(SessionSchema).default([]),
    prizes: z.array(PrizeSchema).prefault([]),
    teams: z.array(TeamSchema).default([]),
    projects: z.array(ProjectSchema).default([]),
    judging: JudgingSchema.optional(),
    results: ResultsSchema.optional(),
    formation: FormationSchema.optional().meta({ description: "Team formation from the pitches" }),
  })
  .meta({
    id: "Event",
    title: "hackdaykit event",
    description: "A hack-day event: when and where, who, the agenda, the projects and how they are judged",
  });

export type Series = z.infer<typeof SeriesSchema>;
export type Address = z.infer<typeof AddressSchema>;
export type Geo = z.infer<typeof GeoSchema>;
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;
export type Room = z.infer<typeof RoomSchema>;
export type Venue = z.infer<typeof VenueSchema>;
export type Role = (typeof ROLES)[number];
export type Person = z.infer<typeof PersonSchema>;
export type Pledge = z.infer<typeof PledgeSchema>;
export type Sponsor = z.infer<typeof SponsorSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type Session = z.infer<typeof SessionSchema>;
export type Prize = z.infer<typeof PrizeSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type PrizeWinner = z.infer<typeof PrizeWinnerSchema>;
export type PrizeResult = z.infer<typeof PrizeResultSchema>;
export type Results = z.infer<typeof ResultsSchema>;
/** A hack day event as parsed from its file (named so it does not shadow the DOM's global `Event`). */
export type HackDayEvent = z.infer<typeof EventSchema>;
/** @deprecated Use `HackDayEvent` (`Event` shadows the DOM's global `Event`); this alias goes in a later minor. */
export type Event = HackDayEvent;
/** The event file as written, before defaults and money parsing. */
export type EventInput = z.input<typeof EventSchema>;
