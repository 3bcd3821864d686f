// `npm run bench`: runs every `bench:*` script of package.json in turn. Benchmarks print figures; none asserts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const benches = Object.keys(scripts)
  .filter((name) => name.startsWith('bench:'))
  .sort();
if (benches.length === 0) console.log('no bench:* scripts yet');
let failed = 0;
for (const name of benches) {
  console.log(`\n== npm run ${name}`);
  const result = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
