// Fills every audit timeline fragment (templates/fragments/audit.html) from the timeline API.
// Texts come localized from the server; values are inserted as text, never as HTML.
(function () {
  'use strict';
  function cell(row, text, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    td.textContent = text == null ? '' : String(text);
    row.appendChild(td);
    return td;
  }
  function changes(td, list) {
    if (!list || !list.length) { return; }
    var ul = document.createElement('ul');
    ul.className = 'audit-changes';
    list.forEach(function (c) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.className = 'mono';
      name.textContent = c.field + ': ';
      li.appendChild(name);
      li.appendChild(document.createTextNode(
        (c.before == null ? '—' : c.before) + ' → ' + (c.after == null ? '—' : c.after)));
      ul.appendChild(li);
    });
    td.appendChild(ul);
  }
  function load(section) {
    var url = section.getAttribute('data-audit-url') +
      '?objectType=' + encodeURIComponent(section.getAttribute('data-audit-type')) +
      '&objectId=' + encodeURIComponent(section.getAttribute('data-audit-id'));
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (entries) {
        var body = section.querySelector('tbody');
        if (!entries.length) {
          section.querySelector('.audit-timeline__empty').hidden = false;
        }
        entries.forEach(function (e) {
          var row = document.createElement('tr');
          row.setAttribute('data-action', e.action);
          cell(row, e.seq, 'num');
          cell(row, e.time, 'mono');
          cell(row, e.actor);
          cell(row, e.actionLabel);
          changes(cell(row, ''), e.changes);
          body.appendChild(row);
        });
        section.setAttribute('data-loaded', 'true');
      })
      .catch(function () {
        section.querySelector('.audit-timeline__error').hidden = false;
        section.setAttribute('data-loaded', 'error');
      });
  }
  function start() {
    document.querySelectorAll('.audit-timeline[data-audit-id]').forEach(load);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
