import loadHighs from "highs";

const h = await loadHighs();
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = h.solve(`Minimize\n obj: 10 y0 - 10 c0\nSubject To\n cy: c0 - y0 <= 0\nBinary\n y0 c0\nEnd`, {
    output_flag: false,
  });
  console.log(r.Status, performance.now() - t);
}
// big objective-only model
const n = 3000;
const lp = `Minimize\n obj: ${Array.from({ length: n }, (_, i) => `${i % 7} v${i}`).join("\n + ")}\nSubject To\n r: ${Array.from(
  { length: n },
  (_, i) => `v${i}`,
)
  .slice(0, 50)
  .join(" + ")} >= 1\nBinary\n ${Array.from({ length: n }, (_, i) => `v${i}`).join("\n ")}\nEnd`;
const t = performance.now();
const r = h.solve(lp, { output_flag: false });
console.log("big", r.Status, performance.now() - t);
