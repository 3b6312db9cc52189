// Filters by severity and rule: findings not shown lose their cells' highlight too.
(function () {
  "use strict";
  var form = document.querySelector("form.filters");
  var select = form.querySelector("select[name=rule]");
  var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var rules = {};
  findings.forEach(function (f) { rules[f.getAttribute("data-rule")] = true; });
  Object.keys(rules).sort().forEach(function (r) {
    var o = document.createElement("option");
    o.value = r;
    o.textContent = r;
    select.appendChild(o);
  });
  function apply() {
    var shown = {};
    form.querySelectorAll("input[name=severity]").forEach(function (box) { shown[box.value] = box.checked; });
    var rule = select.value;
    var visible = {};
    var counts = {};
    findings.forEach(function (f) {
      var sev = f.getAttribute("data-severity");
      var on = shown[sev] !== false && (rule === "" || f.getAttribute("data-rule") === rule);
      f.classList.toggle("hidden", !on);
      if (on) { visible[f.id] = true; counts[sev] = (counts[sev] || 0) + 1; }
    });
    document.querySelectorAll("td.hit").forEach(function (td) {
      var on = td.getAttribute("data-findings").split(" ").some(function (id) { return visible[id]; });
      td.classList.toggle("off", !on);
    });
    form.querySelectorAll("[data-count]").forEach(function (n) { n.textContent = counts[n.getAttribute("data-count")] || 0; });
  }
  form.addEventListener("change", apply);
  // a link to a cell of a folded table opens the table first
  window.addEventListener("hashchange", function () {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var d = target && target.closest("details");
    if (d && !d.open) { d.open = true; target.scrollIntoView(); }
  });
  apply();
})();
