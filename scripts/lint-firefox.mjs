// Mozilla's add-on linter (web-ext lint, as addons.mozilla.org runs it) on the Firefox build, one line
// per finding. Errors fail; warnings are listed for review but pass (today all come from bundled
// libraries: React's innerHTML, zod's and core-js's Function constructor, which never runs here).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = resolve(root, process.argv[2] ?? '.output/firefox-mv2');
if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
  console.error(`${sourceDir} has no manifest.json: build first (npx wxt build -b firefox).`);
  process.exit(1);
}

const result = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
for (const level of ['errors', 'warnings', 'notices']) {
  for (const m of result[level]) {
    const where = m.file ? `${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}` : '';
    console.log(`${level.slice(0, -1).padEnd(7)} ${m.code.padEnd(28)} ${where.padEnd(40)} ${m.message}`);
  }
}
const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 ? 0 : 1);
