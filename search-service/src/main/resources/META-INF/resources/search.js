// Story text never becomes markup: everything is inserted as text, except the <mark> tags of snippets, which are
// rebuilt as elements from an Elasticsearch snippet that it has already HTML-escaped.
const form = document.getElementById('search-form');
const status = document.getElementById('status');
const results = document.getElementById('results');

function appendSnippet(parent, snippet) {
  const decode = (html) => new DOMParser().parseFromString(html, 'text/html').documentElement.textContent;
  snippet.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const marked = part.match(/^<mark>(.*)<\/mark>$/);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1]);
      parent.appendChild(mark);
    } else if (part) {
      parent.appendChild(document.createTextNode(decode(part)));
    }
  });
}

async function search(query) {
  status.textContent = 'Searching…';
  results.replaceChildren();
  const response = await fetch('api/search?size=20&q=' + encodeURIComponent(query));
  if (!response.ok) {
    status.textContent = 'Search failed (' + response.status + ').';
    return;
  }
  const result = await response.json();
  status.textContent = result.total + (result.total === 1 ? ' work' : ' works') + ' found';
  for (const hit of result.hits) {
    const item = document.createElement('li');
    const title = document.createElement('h2');
    title.textContent = hit.title || '(untitled)';
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [(hit.authors || []).join(', ') || 'anonymous', (hit.fandoms || []).join(', '),
      hit.wordCount + ' words'].filter(Boolean).join(' · ');
    item.append(title, meta);
    if (hit.snippet) {
      const snippet = document.createElement('p');
      appendSnippet(snippet, hit.snippet);
      item.appendChild(snippet);
    }
    results.appendChild(item);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = document.getElementById('q').value.trim();
  if (query) {
    history.replaceState(null, '', '?q=' + encodeURIComponent(query));
    search(query);
  }
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  document.getElementById('q').value = initial;
  search(initial);
}
