// Writes the 10,000 most common passwords that are long enough to pass the
// length rule (8 characters), most common first, one per line. Shorter ones
// are refused by the length rule already. Source: the frequency-ordered list of
// @zxcvbn-ts/language-common (MIT, from Dropbox's zxcvbn).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const source = require.resolve('@zxcvbn-ts/language-common/package.json');
const all = JSON.parse(readFileSync(path.join(path.dirname(source), 'src/passwords.json'), 'utf8'));
const chosen = all.filter((p) => [...p].length >= 8).slice(0, 10_000);
const out = path.join(here, '../../store/data/common-passwords.txt');
writeFileSync(out, chosen.join('\n') + '\n');
console.log(`wrote ${chosen.length} passwords to ${path.relative(process.cwd(), out)}`);
