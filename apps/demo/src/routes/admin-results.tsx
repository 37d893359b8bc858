import { DataTable } from "@hackdaykit/site";
import { Hono } from "hono";
import {
  confidenceOf,
  DEFAULT_MIN_BALLOTS,
  type JudgedResult,
  MIN_BALLOTS_KEY,
  namedLines,
  SAMPLES,
} from "../confidence.js";
import type { AppDeps, AppEnv } from "../context.js";
import { computeResult, RESULT_KEYS, resultLabel } from "../integrations/judging.js";
import { adminPageFor, type Flash } from "../views/admin-page.js";
import { ActionButton, Csrf } from "../views/layout.js";
import { ResultsView, type ShownResult } from "../views/results.js";

/** Run each prize, check how sure it is, publish winners (and the full order if chosen). */
export function resultRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { store } = deps;
  const Page = adminPageFor(store);

  const minBallots = () => Number(store.meta(MIN_BALLOTS_KEY) ?? DEFAULT_MIN_BALLOTS);
  const storedResults = (): ShownResult[] =>
    store.results.list().map((r) => ({
      ...(JSON.parse(r.json) as JudgedResult),
      computed: r.computed,
      published: r.published,
      fullOrder: r.full_order === 1,
    }));

  const resultsPage = (csrf: string, flash?: Flash) => {
    const event = store.event();
    const stored = new Map(storedResults().map((r) => [r.prize, r]));
    const min = minBallots();
    return (
      <Page title="Results" path="/admin/results" csrf={csrf} flash={flash}>
        <p>
          Run a prize to compute its result from the ballots so far, with how sure it is (the judges' ballots
          redrawn at random {SAMPLES} times). Check it here, then publish the winners, and the full order if
          you choose. A result that is too close to call needs your acknowledgement; a prize with fewer than{" "}
          {min} ballots cannot be published.
        </p>
        <form method="post" action="/admin/results/minimum" class="inline">
          <Csrf token={csrf} />
          <label for="min-ballots" class="plain">
            Fewest ballots to publish
          </label>{" "}
          <input id="min-ballots" name="min" type="number" min={1} max={10000} value={String(min)} required />{" "}
          <button type="submit" class="secondary">
            Save
          </button>
        </form>
        <DataTable
          caption="Each prize's result and what you can do with it"
          columns={[{ label: "Prize" }, { label: "Status" }, { label: "Actions" }]}
          rows={RESULT_KEYS(event).map((key) => {
            const row = stored.get(key);
            const c = row?.confidence;
            const tooFew = !c || c.ballots < min;
            return [
              resultLabel(event, key),
              <>
                {row
                  ? row.published
                    ? `published ${row.published.slice(0, 16).replace("T", " ")} UTC${row.fullOrder ? " (full order)" : " (winners only)"}`
                    : `computed ${row.computed?.slice(0, 16).replace("T", " ")} UTC`
                  : "not run"}
                {c?.tooClose && (
                  <>
                    {" "}
                    <span class="tag warn">too close to call</span>
                  </>
                )}
                {row && tooFew && (
                  <>
                    {" "}
                    <span class="tag">{`${c?.ballots ?? 0} of ${min} ballots`}</span>
                  </>
                )}
              </>,
              <>
                <ActionButton action="/admin/results/run" csrf={csrf} label="Run" fields={{ prize: key }} />{" "}
                {row?.published ? (
                  <ActionButton
                    action="/admin/results/publish"
                    csrf={csrf}
                    label="Unpublish"
                    fields={{ prize: key, publish: "0" }}
                    kind="danger"
                  />
                ) : (
                  row &&
                  !tooFew && (
                    <form method="post" action="/admin/results/publish" class="inline publish">
                      <Csrf token={csrf} />
                      <input type="hidden" name="prize" value={key} />
                      <input type="hidden" name="publish" value="1" />
                      <label class="plain">
                        <input type="checkbox" name="fullOrder" value="1" /> full order
                      </label>{" "}
                      {c?.tooClose && (
                        <label class="plain">
                          <input type="checkbox" name="acknowledge" value="1" required /> I know it is too
                          close to call
                        </label>
                      )}{" "}
                      <button type="submit" class="primary">
                        Publish
                      </button>
                    </form>
                  )
                )}
              </>,
            ];
          })}
        />
        <h2>Preview</h2>
        <ResultsView event={event} results={[...stored.values()]} audience="admin" />
      </Page>
    );
  };
  app.get("/results", (c) => c.html(resultsPage(c.var.csrf)));
  app.post("/results/minimum", (c) => {
    const min = Number(c.var.form.min);
    if (!Number.isInteger(min) || min < 1 || min > 10_000) {
      return c.html(
        resultsPage(c.var.csrf, { kind: "warn", text: "The minimum is a whole number from 1." }),
        400,
      );
    }
    store.setMeta(MIN_BALLOTS_KEY, String(min));
    return c.html(
      resultsPage(c.var.csrf, { kind: "ok", text: `Prizes now need ${min} ballots to publish.` }),
    );
  });
  app.post("/results/run", (c) => {
    const event = store.eventWithBallots();
    const key = c.var.form.prize ?? "";
    if (!RESULT_KEYS(event).includes(key)) return c.notFound();
    const outcome = computeResult(event, key);
    if (!outcome.ok) {
      return c.html(
        resultsPage(c.var.csrf, { kind: "warn", text: namedLines(event, [outcome.message])[0]! }),
        400,
      );
    }
    const confidence = confidenceOf(event, key, outcome.result);
    const judged: JudgedResult = { ...outcome.result, ...(confidence && { confidence }) };
    store.results.save(key, JSON.stringify(judged));
    return c.html(
      resultsPage(c.var.csrf, {
        kind: confidence?.tooClose ? "warn" : "ok",
        text: `Computed ${outcome.result.name}.${confidence?.tooClose ? " It is too close to call: read the preview before you publish." : " Check it, then publish."}`,
      }),
    );
  });
  app.post("/results/publish", (c) => {
    const key = c.var.form.prize ?? "";
    const row = storedResults().find((r) => r.prize === key);
    if (!row) return c.notFound();
    if (c.var.form.publish !== "1") {
      store.results.publish(key, false);
      return c.html(resultsPage(c.var.csrf, { kind: "ok", text: `${row.name}: unpublished.` }));
    }
    const ballots = row.confidence?.ballots ?? 0;
    if (ballots < minBallots()) {
      return c.html(
        resultsPage(c.var.csrf, {
          kind: "warn",
          text: `Not published: ${row.name} has ${ballots} ballots and needs at least ${minBallots()}.`,
        }),
        400,
      );
    }
    const acknowledged = c.var.form.acknowledge === "1";
    if (row.confidence?.tooClose && !acknowledged) {
      return c.html(
        resultsPage(c.var.csrf, {
          kind: "warn",
          text: `Not published: ${row.name} is too close to call. Tick "I know it is too close to call" to publish it anyway.`,
        }),
        400,
      );
    }
    const fullOrder = c.var.form.fullOrder === "1";
    store.results.publish(key, true, { fullOrder, acknowledged });
    return c.html(
      resultsPage(c.var.csrf, {
        kind: "ok",
        text: `${row.name}: published (${fullOrder ? "full order" : "winners only"}).`,
      }),
    );
  });

  return app;
}
