import type { Event } from "@hackdaykit/schema";
import type { PrizeResult } from "../integrations/types.js";

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
        >{`${result.name}: ${result.method} scores, best first`}</title>
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
      <figcaption class="muted">{`${result.method} score per project (the table below has every figure).`}</figcaption>
    </figure>
  );
}

export function ResultTable({ result }: { result: PrizeResult }) {
  return (
    <table>
      <caption class="muted">{`Full ranking for ${result.name}`}</caption>
      <thead>
        <tr>
          <th scope="col" class="num">
            Rank
          </th>
          <th scope="col">Project</th>
          <th scope="col" class="num">
            Score
          </th>
        </tr>
      </thead>
      <tbody>
        {result.ranking.map((r) => (
          <tr>
            <td class="num">{r.rank}</td>
            <td>{r.title}</td>
            <td class="num">
              {r.valueLabel ?? (r.value === undefined ? "" : String(Math.round(r.value * 1000) / 1000))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ResultsView({ event, results }: { event: Event; results: PrizeResult[] }) {
  if (results.length === 0) {
    return <p>No results have been published yet. Winners appear here once the judges have decided.</p>;
  }
  const title = (id: string) => event.projects.find((p) => p.id === id)?.title ?? id;
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
          <details open>
            <summary>How this was decided</summary>
            <ul>
              {result.explanation.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          </details>
          <ScoreChart result={result} />
          <ResultTable result={result} />
          {result.ineligible.length > 0 && (
            <>
              <h3>Not eligible for this prize</h3>
              <ul>
                {result.ineligible.map((i) => (
                  <li>
                    {i.title}: {i.reason}
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
