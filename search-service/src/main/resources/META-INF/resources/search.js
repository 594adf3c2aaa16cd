// Story text never becomes markup: everything is inserted as text, except the <mark> tags of snippets, which are
// rebuilt as elements from an Elasticsearch snippet that it has already HTML-escaped.
const FACETS = {fandom: 'Fandoms', relationship: 'Relationships', character: 'Characters', freeform: 'Tags',
  rating: 'Ratings', warning: 'Warnings', category: 'Categories', language: 'Languages'};
const FILTER_PARAM = {fandom: 'fandom', relationship: 'relationship', character: 'character', freeform: 'tag',
  rating: 'rating', warning: 'warning', category: 'category', language: 'language'};
const COUNTERS = ['kudos', 'hits', 'bookmarks', 'comments', 'favourites', 'follows', 'reviews'];
const form = document.getElementById('search-form');
const status = document.getElementById('status');
const results = document.getElementById('results');
const facets = document.getElementById('facets');
const more = document.getElementById('more');
const keyForm = document.getElementById('key-form');
const KEY = 'ficmirror-api-key';
let next = null;

function element(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function appendSnippet(parent, snippet) {
  const decode = (html) => new DOMParser().parseFromString(html, 'text/html').documentElement.textContent;
  snippet.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const marked = part.match(/^<mark>(.*)<\/mark>$/);
    if (marked) {
      parent.appendChild(element('mark', decode(marked[1])));
    } else if (part) {
      parent.appendChild(document.createTextNode(decode(part)));
    }
  });
}

function workLink(hit) {
  const link = element('a', hit.title || '(untitled)');
  link.href = '?work=' + encodeURIComponent(hit.workId);
  return link;
}

function hitItem(hit) {
  const item = element('li');
  const title = element('h2');
  title.appendChild(workLink(hit));
  const meta = element('p', [(hit.authors || []).join(', ') || 'anonymous', (hit.fandoms || []).join(', '),
    hit.rating, hit.wordCount + ' words'].filter(Boolean).join(' · '), 'meta');
  item.append(title, meta);
  const counts = COUNTERS.filter((name) => (hit.engagement || {})[name] !== undefined)
    .map((name) => name + ' ' + hit.engagement[name].toLocaleString('en'));
  if (counts.length > 0) item.appendChild(element('p', counts.join(' · '), 'meta'));
  if (hit.snippet) {
    const snippet = element('p');
    appendSnippet(snippet, hit.snippet);
    item.appendChild(snippet);
  }
  return item;
}

function renderFacets(result, params) {
  facets.replaceChildren();
  for (const [name, label] of Object.entries(FACETS)) {
    const values = (result.facets || {})[name] || [];
    if (values.length === 0) continue;
    const group = element('fieldset');
    group.appendChild(element('legend', label));
    const chosen = params.getAll(FILTER_PARAM[name]);
    for (const facet of values.slice(0, 10)) {
      const id = 'facet-' + name + '-' + group.childElementCount;
      const box = element('input');
      box.type = 'checkbox';
      box.id = id;
      box.checked = chosen.includes(facet.value);
      box.addEventListener('change', () => {
        const updated = new URLSearchParams(location.search);
        const kept = updated.getAll(FILTER_PARAM[name]).filter((v) => v !== facet.value);
        updated.delete(FILTER_PARAM[name]);
        kept.forEach((v) => updated.append(FILTER_PARAM[name], v));
        if (box.checked) updated.append(FILTER_PARAM[name], facet.value);
        navigate(updated);
      });
      const text = element('label', facet.value + ' (' + facet.count + ')');
      text.htmlFor = id;
      const row = element('div', null, 'facet');
      row.append(box, text);
      group.appendChild(row);
    }
    facets.appendChild(group);
  }
}

// Reads need the API key when the service protects them: the page asks for it once and keeps it for this tab only.
async function api(path) {
  const key = sessionStorage.getItem(KEY);
  const response = await fetch(path, key ? {headers: {'X-Api-Key': key}} : {});
  if (response.status === 401) {
    askForKey(key ? 'That key was refused; try again.' : '');
  }
  return response;
}

function askForKey(problem) {
  sessionStorage.removeItem(KEY);
  document.getElementById('key-problem').textContent = problem;
  keyForm.hidden = false;
  document.getElementById('search-view').hidden = true;
  document.getElementById('work-view').hidden = true;
  document.getElementById('api-key').focus();
}

async function search(params, append) {
  status.textContent = 'Searching…';
  const query = new URLSearchParams(params);
  query.set('size', '20');
  if (append && next) query.set('after', next);
  const response = await api('api/search?' + query);
  if (!response.ok) {
    const refusal = response.status === 400 ? (await response.json().catch(() => ({}))).error : null;
    status.textContent = response.status === 401 ? ''
      : refusal ? 'Search refused: ' + refusal : 'Search failed (' + response.status + ').';
    return;
  }
  const result = await response.json();
  if (!append) {
    results.replaceChildren();
    renderFacets(result, params);
  }
  status.textContent = result.total + (result.total === 1 ? ' work' : ' works') + ' found';
  result.hits.forEach((hit) => results.appendChild(hitItem(hit)));
  next = result.next;
  more.hidden = !next;
}

async function showWork(workId) {
  document.getElementById('search-view').hidden = true;
  const view = document.getElementById('work-view');
  view.hidden = false;
  const response = await api('api/works/' + encodeURIComponent(workId));
  if (response.status === 401) return;
  if (!response.ok) {
    document.getElementById('work-title').textContent = 'This work is not in the index.';
    return;
  }
  const work = await response.json();
  document.title = (work.title || 'Untitled') + ' · ficmirror';
  document.getElementById('work-title').textContent = work.title || '(untitled)';
  const meta = document.getElementById('work-meta');
  const rows = [['By', (work.creators || []).join(', ') || 'anonymous'], ['Fandoms', work.fandoms],
    ['Relationships', work.relationships], ['Characters', work.characters], ['Tags', work.freeforms],
    ['Rating', work.rating], ['Warnings', work.warnings], ['Language', work.language],
    ['Words', String(work.wordCount)], ['Chapters', String(work.chapterCount)],
    ...COUNTERS.map((name) => [name[0].toUpperCase() + name.slice(1), (work.engagement || {})[name]?.toLocaleString('en')]),
    ['Published', work.publishedAt],
    ['Updated', work.updatedAt], ['Found in', (work.sources || []).map((s) => s.archive + ': ' + s.uri)]];
  for (const [label, value] of rows) {
    const text = Array.isArray(value) ? value.join(', ') : value;
    if (!text) continue;
    meta.append(element('dt', label), element('dd', text));
  }
  document.getElementById('work-summary').textContent = work.summary || '';
  const body = document.getElementById('work-text');
  (work.body || '').split(/\n{2,}/).forEach((paragraph) => body.appendChild(element('p', paragraph)));
  const similar = await api('api/works/' + encodeURIComponent(workId) + '/similar?size=5');
  if (similar.ok) {
    (await similar.json()).forEach((hit) => {
      const item = element('li');
      item.appendChild(workLink(hit));
      document.getElementById('similar').appendChild(item);
    });
  }
}

function navigate(params) {
  history.pushState(null, '', '?' + params);
  route();
}

function route() {
  keyForm.hidden = true;
  const params = new URLSearchParams(location.search);
  if (params.get('work')) {
    showWork(params.get('work'));
    return;
  }
  document.getElementById('search-view').hidden = false;
  document.getElementById('work-view').hidden = true;
  document.getElementById('q').value = params.get('q') || '';
  document.getElementById('sort').value = params.get('sort') || '';
  if ([...params.keys()].length > 0) {
    search(params, false);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  const query = document.getElementById('q').value.trim();
  if (query) params.set('q', query);
  const sort = document.getElementById('sort').value;
  if (sort) params.set('sort', sort);
  if (!query && !sort) params.set('sort', 'published');
  navigate(params);
});
keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY, document.getElementById('api-key').value.trim());
  document.getElementById('api-key').value = '';
  route();
});
more.addEventListener('click', () => search(new URLSearchParams(location.search), true));
window.addEventListener('popstate', route);
route();
