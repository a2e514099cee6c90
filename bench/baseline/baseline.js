// The plain-DOM floor of the benchmark: table 3 of the report (25 rows × 7 columns) drawn once
// with createElement, uncontrolled <input>s carrying the app's field names, and ONE delegated
// `input` listener that recomputes the 总计 column, the （七）总计 row and the 勾稽关系
// (一 + 二 = （七）总计 + 四, per column) and writes them into text nodes and attributes.
// No framework, no build. Its rows, labels and values come from window.TABLE3, which the runner
// generates from src/domain (so it is the same table as the app's) and serves as table3-data.js.
(function () {
  'use strict';
  var data = window.TABLE3;
  var cols = data.columns.map(function (c) {
    return c.key;
  });
  var TOTAL = data.total.key;
  var allCols = cols.concat([TOTAL]);
  var rows = data.rows;
  var inputRows = rows.filter(function (r) {
    return r.type === 'input';
  });
  var resultsKey = rows.filter(function (r) {
    return r.type === 'computed';
  })[0].key;
  // Rows summed by （七）总计: the inputs inside 三、本年度办理结果 (rows with a group).
  var resultRows = inputRows.filter(function (r) {
    return r.groups.length > 0;
  });
  // The four items of the 勾稽关系: the top-level input rows and the results row.
  var topRows = inputRows
    .filter(function (r) {
      return r.groups.length === 0;
    })
    .map(function (r) {
      return r.key;
    });
  var received = topRows[0],
    carriedOver = topRows[1],
    carriedForward = topRows[2];

  var inputs = {}; // path -> <input>
  var texts = {}; // computed path -> Text node
  var cells = {}; // computed path -> <td>
  var values = {}; // path -> number (blank = 0)

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) if (attrs[k] !== undefined) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.appendChild(document.createTextNode(text));
    return e;
  }
  function computedCell(path) {
    var td = el('td', { class: 'num', 'data-computed': path });
    texts[path] = td.appendChild(document.createTextNode('0'));
    cells[path] = td;
    return td;
  }

  document.getElementById('title').textContent = data.title;
  document.getElementById('note').textContent = data.note;
  var table = el('table', { 'aria-label': data.title });
  var thead = table.appendChild(el('thead'));
  var h1 = thead.appendChild(el('tr'));
  h1.appendChild(el('th', { rowspan: '2' }, ''));
  h1.appendChild(el('th', { colspan: String(allCols.length) }, data.applicantHeader));
  var h2 = thead.appendChild(el('tr'));
  data.columns.forEach(function (c) {
    h2.appendChild(el('th', {}, c.group ? c.group + ' · ' + c.label : c.label));
  });
  h2.appendChild(el('th', {}, data.total.label));
  var tbody = table.appendChild(el('tbody'));
  rows.forEach(function (r) {
    var tr = tbody.appendChild(el('tr'));
    tr.appendChild(el('td', { class: 'label' }, r.groups.concat([r.label]).join(' / ')));
    cols.forEach(function (c) {
      var path = 'requests.' + r.key + '.' + c;
      if (r.type !== 'input') return tr.appendChild(computedCell(path));
      var v = data.values[path];
      var input = el('input', {
        name: path,
        inputmode: 'numeric',
        autocomplete: 'off',
        'aria-label': r.label + ' ' + c,
        value: v === null || v === undefined ? '' : String(v),
      });
      inputs[path] = input;
      values[path] = v || 0;
      tr.appendChild(el('td', { class: 'num' })).appendChild(input);
    });
    tr.appendChild(computedCell('requests.' + r.key + '.' + TOTAL));
  });
  document.getElementById('grid').appendChild(table);

  function set(path, n) {
    var node = texts[path];
    var s = String(n);
    if (node.data !== s) node.data = s;
  }
  function flag(elm, attr, on) {
    if (on) {
      if (elm.getAttribute(attr) !== 'true') elm.setAttribute(attr, 'true');
    } else if (elm.hasAttribute(attr)) elm.removeAttribute(attr);
  }
  function val(row, col) {
    if (row === resultsKey || col === TOTAL) return totals['requests.' + row + '.' + col];
    return values['requests.' + row + '.' + col];
  }
  var totals = {};
  function recompute() {
    inputRows.forEach(function (r) {
      var s = 0;
      cols.forEach(function (c) {
        s += values['requests.' + r.key + '.' + c];
      });
      totals['requests.' + r.key + '.' + TOTAL] = s;
    });
    allCols.forEach(function (c) {
      var s = 0;
      resultRows.forEach(function (r) {
        s += val(r.key, c);
      });
      totals['requests.' + resultsKey + '.' + c] = s;
    });
    for (var p in totals) set(p, totals[p]);
    allCols.forEach(function (c) {
      var bad =
        val(received, c) + val(carriedOver, c) !== val(resultsKey, c) + val(carriedForward, c);
      [received, carriedOver, carriedForward].forEach(function (row) {
        var path = 'requests.' + row + '.' + c;
        if (inputs[path]) flag(inputs[path], 'aria-invalid', bad);
        else flag(cells[path], 'data-invalid', bad);
      });
      flag(cells['requests.' + resultsKey + '.' + c], 'data-invalid', bad);
    });
  }

  table.addEventListener('input', function (e) {
    var t = e.target;
    if (!t.name || !(t.name in inputs)) return;
    var text = t.value.trim();
    var n = /^\d+$/.test(text) ? Number(text) : 0;
    values[t.name] = n;
    recompute();
  });
  // Select the content on focus, as the app does (typing replaces the value).
  table.addEventListener('focusin', function (e) {
    if (e.target.select) e.target.select();
  });
  recompute();
  // The app's "ready" signal (bench/measure/load.mjs): the whole table is there at once.
  document.getElementById('grid').setAttribute('data-editor-ready', '');
})();
