/*
 * Site search for the default theme. It downloads the page language's search index (search-index.json and the
 * parts it lists, written by the build) and searches it in the browser, so search works on any static host.
 *
 * Progressive enhancement: the search page works without this script (it explains the other ways to find pages),
 * and a browser too old to run it simply keeps that explanation. Nothing here is inline, evaluated or built as HTML
 * from strings, so a strict Content-Security-Policy allows it and text from the index is only ever inserted as text.
 */
(() => {
  'use strict';

  const form = document.querySelector('form[data-search-index]');
  if (!form) return;
  const input = form.querySelector('input[name="q"]');
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  const noScript = document.getElementById('search-no-script');
  const strings = form.dataset;
  const language = document.documentElement.lang || 'en';

  // ---- Words -------------------------------------------------------------------------------------------

  // Case and accents are ignored (ŵ is w, é is e), as are Arabic vowel marks. Arabic-keyboard letters become the
  // Urdu ones (ي ى → ی, ك → ک), and the tatweel and joiners, which change only how letters join, are dropped.
  const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[\u064A\u0649]/g, '\u06CC').replace(/\u0643/g, '\u06A9').replace(/[\u0640\u200C\u200D]/g, '');
  const words = (text) => fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  // A word as written in the page, marks included, so an extract can quote it.
  const WRITTEN_WORD = /[\p{L}\p{M}\p{N}]+/gu;

  // Where a search word counts most: the title, then tags, the summary, the text.
  const FIELDS = [['title', 8], ['tags', 5], ['summary', 3], ['text', 1]];
  const fieldText = (page, name) => (name === 'tags' ? (page.tags || []).join(' ') : page[name] || '');
  // Spaces round every word, so " divers" finds words that start with "divers" and nothing in the middle of one.
  const haystack = (text) => ` ${words(text).join(' ')} `;
  const has = (hay, term) => hay.includes(` ${term}`);

  // ---- The index -----------------------------------------------------------------------------------------

  const json = (url) => fetch(url, { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  });

  // The index file lists its parts (addresses relative to its own), each a run of the pages in order; they are
  // downloaded side by side and joined in that order.
  let index = null;
  const load = () => {
    if (!index) {
      const base = new URL(strings.searchIndex, document.baseURI);
      index = json(base)
        .then((file) => Promise.all(file.parts.map((part) => json(new URL(part, base)))))
        .then((parts) => parts.flatMap((part) => part.pages).map((page) => ({
          page,
          fields: FIELDS.map(([name, weight]) => ({ name, weight, hay: haystack(fieldText(page, name)) })),
        })));
      // A failed download is tried again at the next search.
      index.catch(() => { index = null; });
    }
    return index;
  };

  // Every word must be found somewhere in a page; pages where it is in the title come first, then by date.
  const search = (entries, terms) => entries
    .map((entry) => {
      let score = 0;
      for (const term of terms) {
        const weights = entry.fields.filter((f) => has(f.hay, term)).map((f) => f.weight);
        if (weights.length === 0) return null;
        score += Math.max(...weights);
      }
      return { entry, score };
    })
    .filter(Boolean)
    .sort((a, b) => b.score - a.score
      || (b.entry.page.date || '').localeCompare(a.entry.page.date || '')
      || a.entry.page.title.localeCompare(b.entry.page.title, language));

  // ---- Showing results -----------------------------------------------------------------------------------

  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const capitalised = (word) => word.charAt(0).toUpperCase() + word.slice(1);

  // The words around the first place the text matches, with the matches marked: shown when the title and
  // summary do not explain why the page was found.
  const extract = (entry, terms) => {
    const shown = entry.fields.filter((f) => f.name === 'title' || f.name === 'summary');
    if (terms.every((t) => shown.some((f) => has(f.hay, t)))) return null;
    const text = entry.page.text || '';
    const hits = [];
    for (const match of text.matchAll(WRITTEN_WORD)) {
      const folded = fold(match[0]);
      if (terms.some((t) => folded.startsWith(t))) hits.push([match.index, match.index + match[0].length]);
    }
    if (hits.length === 0) return null;
    // About a line of words either side, cut at spaces.
    let start = Math.max(0, hits[0][0] - 80);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      start = space >= 0 && space < hits[0][0] ? space + 1 : hits[0][0];
    }
    let end = Math.min(text.length, hits[0][1] + 120);
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), hits[0][1]);

    const p = element('p', 'search-result__extract');
    if (start > 0) p.append('… ');
    let at = start;
    for (const [from, to] of hits) {
      if (from < start || to > end) continue;
      p.append(text.slice(at, from), element('mark', null, text.slice(from, to)));
      at = to;
    }
    p.append(text.slice(at, end));
    if (end < text.length) p.append(' …');
    return p;
  };

  const result = ({ entry }, terms) => {
    const { page } = entry;
    const item = element('li', 'listing__item');
    const heading = element('h2', 'listing__title');
    const link = element('a', null, page.title);
    link.href = page.url;
    heading.append(link);
    item.append(heading);

    const meta = element('p', 'listing__meta');
    const section = page.section && strings[`section${capitalised(page.section)}`];
    if (section) meta.append(element('span', 'listing__section', section));
    if (page.easyRead) meta.append(element('span', 'listing__section', strings.easyRead));
    if (page.date && page.displayDate) {
      const time = element('time', null, page.displayDate);
      time.dateTime = page.date;
      meta.append(time);
    }
    if (meta.hasChildNodes()) item.append(meta);
    if (page.summary) item.append(element('p', 'listing__summary', page.summary));
    const quoted = extract(entry, terms);
    if (quoted) item.append(quoted);
    return item;
  };

  const show = (found, terms) => {
    if (found.length === 0) {
      results.replaceChildren();
      return;
    }
    const list = element('ol', 'listing search-results__list');
    list.append(...found.map((f) => result(f, terms)));
    results.replaceChildren(list);
  };

  // ---- Announcing ----------------------------------------------------------------------------------------

  let plurals;
  try {
    plurals = new Intl.PluralRules(language);
  } catch {
    plurals = { select: (n) => (n === 1 ? 'one' : 'other') };
  }
  const numbers = new Intl.NumberFormat(language);

  // The sentence for a count, from the language's own plural forms; {0} is the count, {1} the words searched for,
  // isolated so a right-to-left sentence keeps left-to-right words in order (and the reverse).
  const sentence = (count, query) => {
    const template = count === 0 ? strings.noResults
      : strings[`results${capitalised(plurals.select(count))}`] || strings.resultsOther;
    return template.split(/(\{[01]\})/).filter(Boolean).map((part) => {
      if (part === '{0}') return document.createTextNode(numbers.format(count));
      if (part === '{1}') return element('bdi', null, query);
      return document.createTextNode(part);
    });
  };

  // A live region speaks when its words change; the same words again (the same search twice) are cleared first,
  // so the count is heard again.
  let pending;
  const announce = (nodes) => {
    clearTimeout(pending);
    const text = nodes.map((n) => n.textContent).join('');
    if (text === status.textContent) {
      status.replaceChildren();
      pending = setTimeout(() => status.replaceChildren(...nodes), 150);
    } else {
      status.replaceChildren(...nodes);
    }
  };

  // ---- Searching -----------------------------------------------------------------------------------------

  // The search in the address, so a search can be bookmarked, shared, or reloaded.
  const remember = (query) => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  };

  let latest = 0;
  const run = async (value, { updateAddress }) => {
    const query = value.trim();
    const terms = [...new Set(words(query))];
    const ticket = ++latest;
    if (updateAddress) remember(query);
    if (terms.length === 0) {
      clearTimeout(pending);
      results.replaceChildren();
      status.replaceChildren();
      return;
    }
    let entries;
    try {
      entries = await load();
    } catch {
      if (ticket === latest) {
        results.replaceChildren();
        announce([document.createTextNode(strings.error)]);
      }
      return;
    }
    // Typing on while the index downloads starts a newer search; only the newest one shows.
    if (ticket !== latest) return;
    const found = search(entries, terms);
    show(found, terms);
    announce(sentence(found.length, query));
  };

  noScript.hidden = true;
  let typing;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // Results follow the typing, but the count is announced once the reader pauses, not at every letter.
    typing = setTimeout(() => run(input.value, { updateAddress: true }), 300);
  });
  input.addEventListener('focus', () => load().catch(() => {}), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    run(input.value, { updateAddress: true });
  });

  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial, { updateAddress: false });
  }
})();
