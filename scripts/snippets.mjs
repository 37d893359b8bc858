// Runs the TypeScript code blocks of a Markdown page as a reader would: each block on its own, type-checked against
// the packages' published types (so a name the block never defines is an error, even on a line that would not run),
// then executed by Node from the repository root with `@hackdaykit/*` resolved to the built packages.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The ```ts blocks of a Markdown file, with the line each starts on (1-based, the line after the fence). */
export function codeBlocks(markdownFile, language = "ts") {
  const text = readFileSync(markdownFile, "utf8");
  const blocks = [];
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, "gm");
  for (const match of text.matchAll(fence)) {
    const line = text.slice(0, match.index).split("\n").length + 1;
    blocks.push({ code: match[1], line });
  }
  return blocks;
}

// What a Node project's strict tsconfig would say.
const compilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts"], // not the default, which adds the DOM and with it a global `event`
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ["node"],
  skipLibCheck: true,
  noEmit: true,
};

/**
 * Type-checks and runs every ```ts block of `markdownFile`. Returns each block's standard output; throws with the
 * file and line of the first block that does not type-check or that exits non-zero.
 */
export function runSnippets(markdownFile, { env = {} } = {}) {
  const blocks = codeBlocks(markdownFile);
  if (blocks.length === 0) throw new Error(`${markdownFile}: no \`\`\`ts blocks`);
  // Inside the repository so that `@hackdaykit/*` resolves through its node_modules, as in a user's project.
  const folder = mkdtempSync(join(repoRoot, ".snippets-"));
  try {
    writeFileSync(join(folder, "package.json"), '{ "type": "module" }\n');
    const files = blocks.map((_, i) => join(folder, `block-${i + 1}.ts`));
    blocks.forEach((block, i) => writeFileSync(files[i], block.code));

    const program = ts.createProgram(files, compilerOptions);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file) return message;
      const i = files.indexOf(resolve(d.file.fileName));
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      return i < 0
        ? `${d.file.fileName}: ${message}`
        : `${markdownFile}:${blocks[i].line + line}: ${message}`;
    });
    if (problems.length > 0) throw new Error(`code blocks do not type-check:\n${problems.join("\n")}`);

    return blocks.map((block, i) => {
      const js = ts.transpileModule(block.code, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const script = files[i].replace(/\.ts$/, ".mjs");
      writeFileSync(script, js);
      try {
        return execFileSync(process.execPath, [script], {
          cwd: repoRoot,
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1", ...env },
          stdio: ["ignore", "pipe", "pipe"],
        });
      } catch (error) {
        throw new Error(`${markdownFile}:${block.line}: the block failed:\n${error.stderr || error.message}`);
      }
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
