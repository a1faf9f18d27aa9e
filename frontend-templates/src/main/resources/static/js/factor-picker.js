// Searchable factor picker of the activity-line form: searches the declaration's factor release by
// code, name, unit or geography through the JSON endpoint named in data-endpoint, lists the hits
// and, on choice, fills the background factor code and the quantity unit the factor is per. The
// plain text box keeps working without JavaScript; the CSP forbids inline scripts, hence this file.
(function () {
  'use strict';
  var picker = document.getElementById('factor-picker');
  if (!picker) {
    return;
  }
  var fetcher = typeof window.bcfFetch === 'function'
    ? window.bcfFetch
    : function (url, options) { return fetch(url, Object.assign({ credentials: 'same-origin' }, options)); };
  var input = document.getElementById('factor-picker-q');
  var results = document.getElementById('factor-picker-results');
  var codeField = document.getElementById('factorCode');
  var unitField = document.getElementById('unit');
  var endpoint = picker.getAttribute('data-endpoint');
  var release = picker.getAttribute('data-release');
  var emptyText = picker.getAttribute('data-empty');
  var chosenText = picker.getAttribute('data-chosen');
  var status = document.getElementById('factor-picker-status');
  var timer = null;
  var sequence = 0;

  picker.hidden = false;

  function clear() {
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
  }

  function choose(item) {
    if (codeField) {
      codeField.value = item.code;
    }
    if (unitField && item.quantityUnit) {
      unitField.value = item.quantityUnit;
    }
    ['factorValue', 'factorUnit'].forEach(function (id) {
      var field = document.getElementById(id);
      if (field) {
        field.value = '';
      }
    });
    clear();
    status.textContent = chosenText.replace('{0}', item.code).replace('{1}', item.quantityUnit || '');
  }

  function render(items) {
    clear();
    if (items.length === 0) {
      status.textContent = emptyText;
      return;
    }
    status.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'factor-picker__option';
      button.setAttribute('data-code', item.code);
      var code = document.createElement('span');
      code.className = 'mono';
      code.textContent = item.code;
      var text = document.createElement('span');
      text.textContent = ' ' + item.name + ' · ' + item.unit + ' · ' + item.geographyName + ' · ' + item.year;
      button.appendChild(code);
      button.appendChild(text);
      button.addEventListener('click', function () {
        choose(item);
      });
      li.appendChild(button);
      results.appendChild(li);
    });
  }

  function search() {
    var q = input.value.trim();
    if (q.length < 1) {
      clear();
      status.textContent = '';
      return;
    }
    var mine = ++sequence;
    var url = endpoint + '?release=' + encodeURIComponent(release) + '&q=' + encodeURIComponent(q);
    fetcher(url, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (items) {
        if (mine === sequence) {
          render(items);
        }
      })
      .catch(function () {
        clear();
      });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 200);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      window.clearTimeout(timer);
      search();
    }
  });
}());
