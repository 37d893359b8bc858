/** The public pages' only stylesheet: small, readable, phone-first, no JavaScript needed. */
export const SITE_CSS = `
:root { --fg: #1d2327; --muted: #4d5a63; --bg: #fff; --accent: #005eb8; --accent-dark: #003d78; --line: #d8dde0;
  --ok: #007f3b; --warn: #8a1538; --soft: #f0f4f5; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg); line-height: 1.5; font-size: 1.0625rem; }
a { color: var(--accent); } a:hover { color: var(--accent-dark); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible {
  outline: 3px solid #ffb81c; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header.site { background: var(--accent); color: #fff; padding: .75rem 1rem; display: flex; flex-wrap: wrap;
  gap: .5rem 1.5rem; align-items: center; }
header.site a { color: #fff; } .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
header.site nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
header.site .area { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem; text-align: center; font-size: .9rem; }
h1 { font-size: 1.75rem; line-height: 1.2; } h2 { font-size: 1.35rem; margin-top: 2rem; }
.muted { color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; overflow-wrap: normal; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.time { white-space: nowrap; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr)); gap: 1rem;
  padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
.card > :first-child { margin-top: 0; } .card > :last-child { margin-bottom: 0; }
.card h2, .card h3 { font-size: 1.15rem; }
.tag { display: inline-block; background: var(--soft); border-radius: 3px; padding: 0 .4rem; font-size: .85rem; }
.notice { border-left: 4px solid var(--accent); background: var(--soft); padding: .75rem 1rem; margin: 1rem 0; }
.notice.warn { border-color: var(--warn); } .notice.ok { border-color: var(--ok); }
.now-next { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr)); gap: 1rem; }
.now-next section { border: 2px solid var(--accent); border-radius: 6px; padding: .75rem 1rem; }
.now-next h2 { margin: 0 0 .25rem; font-size: 1rem; text-transform: uppercase; letter-spacing: .05em; }
tr.current { background: #fff6d9; }
.chart img, .chart svg { max-width: 100%; height: auto; display: block; }
.filters { display: flex; flex-wrap: wrap; gap: .25rem .75rem; padding: 0; list-style: none; }
.filters a[aria-current] { font-weight: 700; color: var(--fg); }
@media (max-width: 30rem) { h1 { font-size: 1.4rem; } }
`;
