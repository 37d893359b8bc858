import { packageBuild } from "../../tsup.base.js";

export default [
  packageBuild(),
  packageBuild({ entry: ["src/bin.ts"], format: ["esm"], dts: false, clean: false }),
];
