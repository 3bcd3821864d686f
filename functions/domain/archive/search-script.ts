import { FOLD } from '../extract/text-tools.js';
import { STOPWORD_LIST } from './search-index.js';

/**
 * The archive's search, run in the reader's browser from archive/search-index.json: no server, no
 * library. It folds and matches exactly as search-index.ts does (a unit test runs this script in Node
 * against the TypeScript over many queries), and builds results with textContent only, never HTML.
 */
const CLIENT = String.raw`
function lowerAz(s) { return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase(); }
function foldName(s) {
  var out = '';
  for (var ch of lowerAz(s.normalize('NFC'))) out += Object.prototype.hasOwnProperty.call(FOLD, ch) ? FOLD[ch] : ch;
  return out.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '')
    .replace(/dzh/g, 'j').replace(/kh/g, 'x').replace(/j/g, 'c').replace(/y(?=[aeiou])/g, '')
    .replace(/([a-z])\1+/g, '$1').replace(/gh/g, 'g').replace(/^[gh]/, 'q');
}
function searchWords(text) {
  return text.split(/[^\p{L}\p{N}]+/u).map(foldName).filter(function (w) { return w.length > 0 && STOPWORDS.indexOf(w) < 0; });
}
function wordMatches(word, token) {
  if (token.startsWith(word)) return true;
  return token.length >= 4 && word.startsWith(token) && word.length - token.length <= 4;
}
function search(index, query) {
  var words = searchWords(query);
  if (words.length === 0) return [];
  var sets = words.map(function (word) {
    var found = new Set();
    index.tokens.forEach(function (token, i) {
      if (wordMatches(word, token)) index.postings[i].forEach(function (n) { found.add(n); });
    });
    return found;
  });
  return Array.from(sets[0]).filter(function (n) { return sets.every(function (s) { return s.has(n); }); })
    .sort(function (a, b) { return a - b; });
}
function start() {
  var form = document.getElementById('search');
  if (!form) return;
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('status');
  var lang = document.documentElement.lang === 'en' ? 'en' : 'az';
  var words = JSON.parse(document.getElementById('search-words').textContent);
  var index = null;
  function show() {
    if (!index) return;
    var hits = search(index, input.value).slice(0, 200);
    list.textContent = '';
    hits.forEach(function (n) {
      var doc = index.docs[n];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '/archive/' + lang + '/events/' + encodeURIComponent(doc.id) + '.html';
      a.textContent = doc.headline[lang];
      li.appendChild(a);
      var meta = document.createElement('span');
      meta.className = 'mt';
      meta.textContent = ' · ' + doc.date + (doc.partner[lang] ? ' · ' + doc.partner[lang] : '');
      li.appendChild(meta);
      list.appendChild(li);
    });
    status.textContent = input.value.trim() ? words.found[hits.length === 1 ? 0 : 1].replace('{n}', String(hits.length)) : '';
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); show(); });
  input.addEventListener('input', show);
  var q = new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  fetch('/archive/search-index.json').then(function (r) { return r.json(); }).then(function (data) {
    index = data;
    form.setAttribute('data-ready', 'true');
    show();
  });
}
if (typeof document !== 'undefined') start();
`;

/** The script file (archive/search.js), with the fold table and stopwords shared with the server side. */
export function searchScript(): string {
  return `(function () {\n'use strict';\nvar FOLD = ${JSON.stringify(FOLD)};\nvar STOPWORDS = ${JSON.stringify(STOPWORD_LIST)};\n${CLIENT}\nif (typeof globalThis.__bulletinSearch === 'object') globalThis.__bulletinSearch = { foldName: foldName, search: search };\n})();\n`;
}
