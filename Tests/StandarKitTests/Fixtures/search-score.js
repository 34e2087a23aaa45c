// Scores the site's search (assets/cari.js over cari/indeks.json) on a list of queries.
// Usage: node search-score.js PUBLIC_DIR search-queries.tsv  ->  one JSON line {queries, first, top3, misses}
'use strict';
const fs = require('fs');
const path = require('path');
const [site, tsv] = process.argv.slice(2);
const cari = require(path.resolve(site, 'assets', 'cari.js'));
const idx = cari.siapkan(JSON.parse(fs.readFileSync(path.join(site, 'cari', 'indeks.json'), 'utf8')));
let queries = 0, first = 0, top3 = 0;
const misses = [];
for (const line of fs.readFileSync(tsv, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [q, want] = line.split('\t').map((s) => s.trim());
  queries++;
  const got = cari.cari(idx, q).map((x) => x.it.path);
  if (got[0] === want) first++;
  else misses.push(q + ' -> ' + (got[0] || '(tidak ada)') + ' (diharapkan ' + want + ')');
  if (got.slice(0, 3).includes(want)) top3++;
}
console.log(JSON.stringify({ queries, first, top3, misses }));
