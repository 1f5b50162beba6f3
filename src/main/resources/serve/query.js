// The query page: runs the editor's SPARQL against the dataset's endpoint and
// shows the answer. Results are built from text nodes only, never as HTML.
(function () {
  'use strict';
  var editor = document.getElementById('query');
  var endpoint = editor.getAttribute('data-endpoint');
  var status = document.getElementById('status');
  var results = document.getElementById('results');
  var ID = 'https://w3id.org/entente/id/';

  function href(iri) {
    return iri.indexOf(ID) === 0 ? '/id/' + iri.substring(ID.length)
                                 : '/resource?iri=' + encodeURIComponent(iri);
  }

  function cell(term) {
    var td = document.createElement('td');
    if (!term) { return td; }
    if (term.type === 'uri') {
      var a = document.createElement('a');
      a.href = href(term.value);
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      var tag = term['xml:lang'] ? '@' + term['xml:lang'] : '';
      if (tag) {
        var s = document.createElement('span');
        s.className = 'lang';
        s.textContent = ' ' + tag;
        td.appendChild(s);
      }
    }
    return td;
  }

  function table(json) {
    var t = document.createElement('table');
    t.id = 'result-table';
    var head = document.createElement('tr');
    json.head.vars.forEach(function (v) {
      var th = document.createElement('th');
      th.textContent = v;
      head.appendChild(th);
    });
    t.appendChild(head);
    json.results.bindings.forEach(function (b) {
      var tr = document.createElement('tr');
      json.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
      t.appendChild(tr);
    });
    return t;
  }

  function run() {
    status.textContent = 'Running…';
    results.textContent = '';
    var body = new URLSearchParams();
    body.set('query', editor.value);
    fetch(endpoint, {
      method: 'POST',
      body: body,
      headers: { 'Accept': 'application/sparql-results+json, text/turtle;q=0.9, text/plain;q=0.5' }
    }).then(function (r) {
      var type = r.headers.get('Content-Type') || '';
      return r.text().then(function (text) {
        if (!r.ok) {
          status.textContent = 'Error ' + r.status;
          var pre = document.createElement('pre');
          pre.className = 'error';
          pre.textContent = text;
          results.appendChild(pre);
        } else if (type.indexOf('sparql-results+json') >= 0) {
          var json = JSON.parse(text);
          if (typeof json.boolean === 'boolean') {
            status.textContent = 'Answer: ' + (json.boolean ? 'yes' : 'no');
          } else {
            status.textContent = json.results.bindings.length + ' row(s)';
            results.appendChild(table(json));
          }
        } else {
          status.textContent = 'Graph';
          var out = document.createElement('pre');
          out.textContent = text;
          results.appendChild(out);
        }
      });
    }).catch(function (e) {
      status.textContent = 'Failed: ' + e;
    });
  }

  // The search box finds resources by a word of their label or alias: it
  // writes a text:query (the store's full-text index) into the editor and runs it.
  function searchQuery(words) {
    var literal = '"' + words.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
    return 'PREFIX text: <http://jena.apache.org/text#>\n' +
      'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n' +
      '# Resources whose label or alias has these words; entities first, best match first.\n' +
      'SELECT ?resource ?label (MAX(?hit) AS ?score) WHERE {\n' +
      '  (?resource ?hit) text:query (' + literal + ' 200) .\n' +
      '  ?resource rdfs:label ?label .\n' +
      '}\n' +
      'GROUP BY ?resource ?label\n' +
      'ORDER BY (!STRSTARTS(STR(?resource), "' + ID + 'entity/")) DESC(?score) ?label\n' +
      'LIMIT 50\n';
  }

  var search = document.getElementById('search');
  if (search) {
    search.addEventListener('submit', function (e) {
      e.preventDefault();
      // Words only: Lucene's query syntax (quotes, wildcards, AND/OR) is not for a search box.
      var words = document.getElementById('search-text').value
        .replace(/[^\p{L}\p{N}\s'-]/gu, ' ').replace(/\s+/g, ' ').trim();
      if (!words) { return; }
      editor.value = searchQuery(words);
      run();
    });
  }

  document.getElementById('run').addEventListener('click', run);
  Array.prototype.forEach.call(document.querySelectorAll('button.question'), function (b) {
    b.addEventListener('click', function () {
      editor.value = b.getAttribute('data-query');
      run();
    });
  });
}());
