import type { HackDayEvent } from "@hackdaykit/schema";

/** One placed project, as the results view shows it. */
export interface PlacedProject {
  id: string;
  title: string;
  place: number;
}

/** One prize's published outcome: plain data, so results from any source (the event file, a live app) fit. */
export interface PrizeOutcome {
  id: string;
  name: string;
  sponsor?: string;
  winners: PlacedProject[];
  explanation?: string;
  /** 0–1: how sure the method is of the winner. */
  confidence?: number;
  /** The top places were too close to separate with confidence. */
  tooClose?: boolean;
}

export interface ResultsData {
  /** When they were announced (an instant), if known. */
  published?: string;
  prizes: PrizeOutcome[];
}

/** The results published in an event file, as the view's plain data; undefined until they are published. */
export function resultsOf(event: HackDayEvent): ResultsData | undefined {
  const results = event.results;
  if (!results) return undefined;
  const prizes = new Map(event.prizes.map((p) => [p.id, p]));
  const sponsors = new Map(event.sponsors.map((s) => [s.id, s.name]));
  const projects = new Map(event.projects.map((p) => [p.id, p.title]));
  return {
    ...(results.published !== undefined && { published: results.published }),
    prizes: results.prizes.map((r) => {
      const prize = prizes.get(r.prize);
      const sponsor = prize?.sponsor === undefined ? undefined : sponsors.get(prize.sponsor);
      return {
        id: r.prize,
        name: prize?.name ?? r.prize,
        ...(sponsor !== undefined && { sponsor }),
        winners: [...r.winners]
          .sort((a, b) => a.place - b.place || (a.project < b.project ? -1 : 1))
          .map((w) => ({ id: w.project, title: projects.get(w.project) ?? w.project, place: w.place })),
        ...(r.explanation !== undefined && { explanation: r.explanation }),
        ...(r.confidence !== undefined && { confidence: r.confidence }),
        ...(r.tooClose !== undefined && { tooClose: r.tooClose }),
      };
    }),
  };
}

/** What each project won: prize name and place, best place first. */
export function awardsByProject(
  results: ResultsData | undefined,
): Map<string, { prize: string; place: number }[]> {
  const awards = new Map<string, { prize: string; place: number }[]>();
  for (const prize of results?.prizes ?? []) {
    for (const w of prize.winners) {
      const list = awards.get(w.id) ?? [];
      list.push({ prize: prize.name, place: w.place });
      awards.set(w.id, list);
    }
  }
  for (const list of awards.values()) list.sort((a, b) => a.place - b.place);
  return awards;
}
