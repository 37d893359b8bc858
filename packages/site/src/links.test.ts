import { posix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relative, staticLinks } from "./links.js";

const segment = fc.constantFrom("a", "b", "projects", "archive", "x-1");
const path = fc
  .tuple(fc.array(segment, { maxLength: 3 }), fc.constantFrom("index.html", "p.html"))
  .map(([dirs, file]) => [...dirs, file].join("/"));

describe("relative links", () => {
  it("resolve from the page back to the target, whatever the two paths", () => {
    fc.assert(
      fc.property(path, path, (from, to) => {
        const link = relative(from, to);
        expect(link.startsWith("/")).toBe(false);
        expect(posix.normalize(posix.join(posix.dirname(from), link))).toBe(to);
      }),
    );
  });

  it("take the shortest way within an event's folder", () => {
    const links = staticLinks("nhs/projects/bedflow.html", "nhs/");
    expect(links.home).toBe("../index.html");
    expect(links.project("open-waits")).toBe("open-waits.html");
    expect(links.stylesheet).toBe("../../site.css");
    expect(links.file("calendar/room/main.ics")).toBe("../calendar/room/main.ics");
  });
});
