/** Styles for the organiser pages only (the public stylesheet is shared with the static site). */
export const ADMIN_CSS = `
.admin-nav { background: var(--soft); border-bottom: 1px solid var(--line); margin: -1rem -1rem 1rem; padding: .5rem 1rem; }
.admin-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .35rem; margin: 0; padding: 0; align-items: center; }
.admin-nav a { display: inline-block; padding: .35rem .6rem; border-radius: 4px; text-decoration: none; color: var(--accent-dark); }
.admin-nav a:hover { background: #fff; }
.admin-nav a[aria-current=page] { background: var(--accent); color: #fff; }
.admin-nav .logout { margin-left: auto; }
.admin-nav .logout button { min-height: 36px; padding: .3rem .7rem; }
main { max-width: 72rem; overflow-wrap: break-word; }
main td, main th { overflow-wrap: normal; }
/* Wide tables scroll inside themselves on a phone; the page never scrolls sideways. */
main table { display: block; overflow-x: auto; max-width: 100%; }
main input, main select, main textarea { max-width: 100%; }
.table-wrap { overflow-x: auto; max-width: 100%; }
td form.inline + form.inline { margin-left: .25rem; }
.conflicts.has { border-left: 4px solid var(--warn); padding-left: .75rem; }
.tag.warn { background: #fde8ec; color: var(--warn); font-weight: 600; }
.issues { margin: 0; padding-left: 1.2rem; }
.diff h3 { margin-bottom: .25rem; } .diff .added { color: var(--ok); } .diff .removed { color: var(--warn); }
.sheet { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; list-style: none; padding: 0; }
.sheet li { border: 1px dashed var(--muted); padding: .75rem; break-inside: avoid; overflow-wrap: anywhere; }
.sheet svg { width: 10rem; height: 10rem; display: block; margin: .5rem 0; }
.sheet .link { font-family: ui-monospace, monospace; font-size: .75rem; }
.grid-2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
.bar { background: var(--soft); border-radius: 3px; height: .6rem; min-width: 4rem; }
.bar span { display: block; height: 100%; background: var(--accent); border-radius: 3px; }
.stale { color: var(--warn); }
form.stack fieldset.choices label { display: block; font-weight: normal; margin-top: .25rem; }
@media print {
  header.site, .admin-nav, .no-print, .skip { display: none !important; }
  main { max-width: none; padding: 0; }
  .sheet li { border: 1px solid #000; }
}
@media (max-width: 40rem) { .admin-nav .logout { margin-left: 0; } }
`;

/**
 * The judging dashboard's live refresh: poll the JSON endpoint every few seconds and update the figures in place
 * (no framework; the page works without it, only staler).
 */
export const ADMIN_JS = `
(function () {
  var root = document.querySelector("[data-poll]");
  if (!root || !window.fetch) return;
  function refresh() {
    fetch(root.getAttribute("data-poll"), { credentials: "same-origin", headers: { accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        Object.keys(data.fields).forEach(function (key) {
          var el = document.getElementById(key);
          if (el) el.textContent = data.fields[key];
        });
        var stamp = document.getElementById("dash-updated");
        if (stamp) stamp.textContent = data.updated;
      })
      .catch(function () {});
  }
  setInterval(refresh, 3000);
})();
`;
