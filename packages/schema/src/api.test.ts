import { expect, it } from "vitest";
import { apiReport } from "../../../api-report.js";
import * as devpost from "./devpost.js";
import * as main from "./index.js";
import * as internal from "./internal.js";
import * as lite from "./lite.js";

// Every change to the public surface shows in review: update api.txt with `npx vitest run src/api.test.ts -u`.
it("the public runtime exports are the reviewed list in api.txt", async () => {
  await expect(
    apiReport({
      "@hackdaykit/schema": main,
      "@hackdaykit/schema/lite": lite,
      "@hackdaykit/schema/devpost": devpost,
      "@hackdaykit/schema/internal": internal,
    }),
  ).toMatchFileSnapshot("../api.txt");
});
