// Role translation speed (moved here from tests/unit/knowledge/role-translation.test.ts: tests do not assert
// timings, and that one failed on a loaded machine). `node --import tsx bench/roles.ts`; run by `npm run bench`.
import { translateRole } from '../functions/domain/knowledge/role-translation.js';

const ROLES: ['en' | 'az' | 'ru', string][] = [
  ['en', 'Minister of Science and Education'],
  ['en', "Azerbaijan's Minister of Science and Education"],
  ['en', 'Chairman of the Council of Higher Education of Türkiye'],
  ['en', 'Rector of ADA University'],
  ['en', 'Ambassador of China to Azerbaijan'],
  ['en', 'Vice-Rector of ADA University'],
  ['en', 'Rector of Kazan Federal University'],
  ['az', 'Elm və təhsil naziri'],
  ['az', 'ADA Universitetinin rektoru'],
  ['ru', 'Министр образования, науки и молодежи Грузии'],
];

for (const [from, role] of ROLES) translateRole(role, from, 'az');
const rounds = 200;
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const [from, role] of ROLES) {
    translateRole(role, from, 'en');
    translateRole(role, from, 'az');
  }
}
const perCall = (performance.now() - started) / (rounds * ROLES.length * 2);
console.log(`roles: ${perCall.toFixed(3)} ms per role translation, warm (target < 0.2 ms)`);
