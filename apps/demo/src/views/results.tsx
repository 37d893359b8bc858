import { rankingScore } from "@hackdaykit/judging";
import type { HackDayEvent } from "@hackdaykit/schema";
import { DataTable } from "@hackdaykit/site";
import { type JudgedResult, namedLines } from "../confidence.js";
import type { PrizeResult } from "../integrations/types.js";

/** The heading of the method's number per project (μ, Points, Rating…), as the judging package names it. */
const scoreLabel = (result: PrizeResult) => rankingScore(result.method)?.label ?? "Score";

/** A plain horizontal bar chart of each project's score (SVG, no library): a picture of how close it was. */
export function ScoreChart({ result }: { result: PrizeResult }) {
  const rows = result.ranking.filter((r) => r.value !== undefined).slice(0, 12);
  if (rows.length === 0) return null;
  const values = rows.map((r) => r.value!);
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const barHeight = 22;
  const labelWidth = 220;
  const width = 640;
  const plot = width - labelWidth - 70;
  const height = rows.length * (barHeight + 6) + 10;
  const x0 = labelWidth + ((0 - min) / span) * plot;
  return (
    <figure class="chart">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`chart-${result.prize}-title`}
      >
        <title
          id={`chart-${result.prize}-title`}
        >{`${result.name}: ${scoreLabel(result)} per project (${result.method}), best first`}</title>
        {rows.map((r, i) => {
          const y = 5 + i * (barHeight + 6);
          const x = labelWidth + ((Math.min(0, r.value!) - min) / span) * plot;
          const w = Math.max(1, (Math.abs(r.value!) / span) * plot);
          return (
            <g>
              <text x={labelWidth - 8} y={y + 16} text-anchor="end" font-size="13" fill="#1d2327">
                {r.title.length > 30 ? `${r.title.slice(0, 29)}…` : r.title}
              </text>
              <rect x={x} y={y} width={w} height={barHeight} fill={r.rank === 1 ? "#005eb8" : "#768692"} />
              <text x={Math.max(x + w, x0) + 6} y={y + 16} font-size="13" fill="#1d2327">
                {r.valueLabel ?? String(Math.round(r.value! * 1000) / 1000)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted">{`${scoreLabel(result)} per project (${result.method}); the table below has every figure.`}</figcaption>
    </figure>
  );
}

/** Every figure the method produced: for organisers checking a result before they publish it. */
export function ResultTable({ result }: { result: PrizeResult }) {
  return (
    <DataTable
      caption={`Full ranking for ${result.name}`}
      columns={[
        { label: "Rank", numeric: true },
        { label: "Project" },
        { label: scoreLabel(result), numeric: true },
      ]}
      rows={result.ranking.map((r) => [
        r.rank,
        r.title,
        r.valueLabel ?? (r.value === undefined ? "" : String(Math.round(r.value * 1000) / 1000)),
      ])}
    />
  );
}

export type ShownResult = JudgedResult & { published?: string | null; fullOrder?: boolean };

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How sure the result is, in words (from the bootstrap), with the too-close flag. */
export function ConfidenceNote({ result, title }: { result: ShownResult; title: (id: string) => string }) {
  const c = result.confidence;
  if (!c) return null;
  const top = c.first[0];
  const over = c.unit === "judge" ? "the judges" : "the ballots";
  return (
    <>
      <p class="confidence">
        {`${c.ballots} ${c.ballots === 1 ? "ballot" : "ballots"} from ${c.judges} ${c.judges === 1 ? "judge" : "judges"}. `}
        {top &&
          `Redrawing ${over} at random ${c.samples} times, ${title(top.id)} came first in ${percent(top.share)} of the redraws.`}
      </p>
      {c.tooClose && (
        <div class="notice warn" role="note">
          <strong>Too close to call.</strong>{" "}
          {c.ahead
            ? `${title(c.ahead.first)} finished ahead of ${title(c.ahead.second)} in only ${percent(c.ahead.share)} of the redraws: a few different ballots could change the winner.`
            : "There are not enough ballots to separate the leaders."}
        </div>
      )}
    </>
  );
}

/** The public order: rank and how often each project came first when the ballots were redrawn, no raw scores. */
function PublicOrder({ result }: { result: ShownResult }) {
  const share = new Map(result.confidence?.first.map((f) => [f.id, f.share]));
  return (
    <DataTable
      caption={`Full order for ${result.name}`}
      columns={[
        { label: "Place", numeric: true },
        { label: "Project" },
        { label: "First in", numeric: true },
      ]}
      rows={result.ranking.map((r) => [r.rank, r.title, share.has(r.id) ? percent(share.get(r.id)!) : ""])}
    />
  );
}

/**
 * Results as the public sees them (winners, confidence, the full order only if the organiser chose to publish
 * it) or, for organisers, with every score and the chart. Projects and prizes appear by name, never by id.
 */
export function ResultsView({
  event,
  results,
  audience = "public",
}: {
  event: HackDayEvent;
  results: ShownResult[];
  audience?: "public" | "admin";
}) {
  if (results.length === 0) {
    return <p>No results have been published yet. Winners appear here once the judges have decided.</p>;
  }
  // The titles as they were when the result was computed, so a ranking and its names always match.
  const titles = new Map(event.projects.map((p) => [p.id, p.title]));
  for (const r of results) for (const entry of r.ranking) titles.set(entry.id, entry.title);
  const title = (id: string) => titles.get(id) ?? "a withdrawn project";
  return (
    <>
      {results.map((result) => (
        <section aria-labelledby={`prize-${result.prize}`}>
          <h2 id={`prize-${result.prize}`}>{result.name}</h2>
          <p>
            <strong>
              {result.winners.length === 0
                ? "No winner could be decided."
                : result.winners.length === 1
                  ? `Winner: ${title(result.winners[0]!)}`
                  : `Joint winners: ${result.winners.map(title).join(", ")}`}
            </strong>
          </p>
          <ConfidenceNote result={result} title={title} />
          <details open={audience === "admin"}>
            <summary>How this was decided</summary>
            <ul>
              {namedLines(event, result.explanation).map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          </details>
          {audience === "admin" ? (
            <>
              <ScoreChart result={result} />
              <ResultTable result={result} />
            </>
          ) : (
            result.fullOrder && <PublicOrder result={result} />
          )}
          {result.ineligible.length > 0 && (
            <>
              <h3>Not eligible for this prize</h3>
              <ul>
                {result.ineligible.map((i) => (
                  <li>
                    {i.title}: {namedLines(event, [i.reason])[0]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  );
}
