/** @jsxImportSource hono/jsx */
import { ordinal } from "../format.js";
import type { SiteLinks } from "../links.js";
import type { ResultsData } from "../results.js";

/** Winners per prize with the judges' explanation; says plainly when a result was too close to call. */
export function ResultsView({ results, links }: { results: ResultsData | undefined; links: SiteLinks }) {
  if (!results || results.prizes.length === 0) {
    return <p>The results have not been published yet. They appear here once the judges have decided.</p>;
  }
  return (
    <>
      {results.published && (
        <p class="muted">
          Announced{" "}
          <time datetime={results.published}>{results.published.replace("T", " ").slice(0, 16)}</time> (UTC).
        </p>
      )}
      {results.prizes.map((prize) => (
        <section aria-labelledby={`prize-${prize.id}`} class="card">
          <h2 id={`prize-${prize.id}`}>
            {prize.name}
            {prize.sponsor && <span class="muted">{` (from ${prize.sponsor})`}</span>}
          </h2>
          <ol>
            {prize.winners.map((w) => (
              <li>
                <strong>{ordinal(w.place)}</strong>: <a href={links.project(w.id)}>{w.title}</a>
              </li>
            ))}
          </ol>
          {prize.explanation && <p>{prize.explanation}</p>}
          {prize.tooClose && (
            <p class="notice warn">
              Too close to call: the top places could not be separated with confidence, so the judges decided.
            </p>
          )}
          {prize.confidence !== undefined && (
            <p class="muted">{`Confidence in the winner: ${Math.round(prize.confidence * 100)}%.`}</p>
          )}
        </section>
      ))}
    </>
  );
}
