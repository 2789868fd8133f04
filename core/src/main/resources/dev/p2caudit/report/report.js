// Pages and filters the findings of each rule, so a rule with 50,000 findings stays usable:
// only one page of rows is shown at a time. No data is read from anywhere but this page.
(function () {
  'use strict';
  var PAGE = 50;
  Array.prototype.forEach.call(document.querySelectorAll('section.rule'), function (section) {
    var filter = section.querySelector('input.filter');
    if (!filter) {
      return;
    }
    var rows = Array.prototype.slice.call(section.querySelector('table.findings').tBodies[0].rows);
    var pager = section.querySelector('.pager');
    var prev = section.querySelector('button.prev');
    var next = section.querySelector('button.next');
    var all = section.querySelector('button.all');
    var matching = rows;
    var shown = rows.slice(0, PAGE);
    var page = 0;

    function show(list) {
      shown.forEach(function (row) { row.hidden = true; });
      list.forEach(function (row) { row.hidden = false; });
      shown = list;
    }

    function render() {
      var from = page * PAGE;
      var to = Math.min(from + PAGE, matching.length);
      show(matching.slice(from, to));
      pager.textContent = matching.length === 0 ? 'No finding matches'
        : 'Showing ' + (from + 1) + '–' + to + ' of ' + matching.length;
      prev.disabled = page === 0;
      next.disabled = to >= matching.length;
    }

    filter.addEventListener('input', function () {
      var needle = filter.value.trim().toLowerCase();
      matching = needle === '' ? rows : rows.filter(function (row) {
        return row.textContent.toLowerCase().indexOf(needle) >= 0;
      });
      page = 0;
      render();
    });
    prev.addEventListener('click', function () { page -= 1; render(); });
    next.addEventListener('click', function () { page += 1; render(); });
    all.addEventListener('click', function () {
      show(matching);
      pager.textContent = 'Showing all ' + matching.length;
      prev.disabled = true;
      next.disabled = true;
    });
    render();
  });
}());
