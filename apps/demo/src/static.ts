/** The site's only stylesheet: small, readable, phone-first. */
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
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); padding: 1rem; text-align: center; font-size: .9rem; }
h1 { font-size: 1.75rem; line-height: 1.2; } h2 { font-size: 1.35rem; margin-top: 2rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; padding: 0;
  list-style: none; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
.card h3 { margin-top: 0; }
.tag { display: inline-block; background: var(--soft); border-radius: 3px; padding: 0 .4rem; font-size: .85rem; }
.notice { border-left: 4px solid var(--accent); background: var(--soft); padding: .75rem 1rem; margin: 1rem 0; }
.notice.warn { border-color: var(--warn); } .notice.ok { border-color: var(--ok); }
.now-next { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
.now-next section { border: 2px solid var(--accent); border-radius: 6px; padding: .75rem 1rem; }
.now-next h2 { margin: 0 0 .25rem; font-size: 1rem; text-transform: uppercase; letter-spacing: .05em; }
tr.current { background: #fff6d9; }
form.stack label { display: block; margin-top: .75rem; font-weight: 600; }
form.stack input[type=text], form.stack input[type=url], form.stack input[type=password],
form.stack input[type=datetime-local], form.stack input[type=number], form.stack input[type=date],
form.stack textarea, form.stack select { width: 100%; max-width: 32rem; padding: .5rem; font-size: 1rem;
  border: 2px solid var(--muted); border-radius: 4px; }
form.inline { display: inline; }
label.plain { display: inline; font-weight: normal; }
button, .button { font-size: 1rem; padding: .6rem 1rem; border-radius: 4px; border: 2px solid var(--accent);
  background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; display: inline-block; min-height: 44px; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: var(--warn); border-color: var(--warn); }
.choice { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.choice button { width: 100%; min-height: 5rem; font-size: 1.1rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: 1rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; }
fieldset.scale label { display: inline-block; margin-right: .75rem; font-weight: normal; }
progress { width: 100%; height: 1rem; }
.chart svg { max-width: 100%; height: auto; }
@media (max-width: 30rem) { .choice { grid-template-columns: 1fr; } h1 { font-size: 1.4rem; } }
`;

/** Progressive enhancement only: refresh the agenda's "now / next" box every minute. */
export const APP_JS = `
(function () {
  var box = document.getElementById("now-next");
  if (!box || !window.fetch) return;
  function refresh() {
    fetch("/agenda/now-next", { headers: { accept: "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) box.outerHTML = html; box = document.getElementById("now-next"); })
      .catch(function () {});
  }
  setInterval(refresh, 60000);
})();
`;
