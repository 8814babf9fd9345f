/* The moderation queue by keyboard: j/k move, a approves, r picks a house rule (Enter rejects), f features,
   x selects for a bulk action. Without this file every action is a plain form. */
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll(".moderation-row"));
  if (!rows.length) return;
  var KEY = "krant-moderation:" + location.pathname;
  var index = Math.min(Number(sessionStorage.getItem(KEY)) || 0, rows.length - 1);

  function current(i, focus) {
    index = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (row, n) {
      row.classList.toggle("is-current", n === index);
      row.setAttribute("aria-current", n === index ? "true" : "false");
    });
    if (focus) rows[index].focus();
    rows[index].scrollIntoView({ block: "nearest" });
  }

  function control(name) {
    return rows[index].querySelector('[data-shortcut="' + name + '"]');
  }

  function submit(name) {
    var button = control(name);
    if (!button) return;
    sessionStorage.setItem(KEY, String(index));
    button.click();
  }

  rows.forEach(function (row, n) {
    row.addEventListener("focusin", function () { if (index !== n) current(n, false); });
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.matches('select[data-shortcut="r"]')) {
      if (event.key === "Enter" && target.value) {
        event.preventDefault();
        submit("reject");
      } else if (event.key === "Escape") {
        current(index, true);
      }
      return;
    }
    if (target.matches("input, textarea, select, [contenteditable]")) return;
    switch (event.key) {
      case "j": current(index + 1, true); break;
      case "k": current(index - 1, true); break;
      case "a": submit("a"); break;
      case "f": submit("f"); break;
      case "r": var select = control("r"); if (select) select.focus(); break;
      case "x": var box = control("x"); if (box) box.click(); break;
      default: return;
    }
    event.preventDefault();
  });

  // Selecting every row of the page needs this script; without it each row's box is ticked by hand.
  var all = document.querySelector("[data-select-all]");
  if (all) {
    all.closest("label").hidden = false;
    all.addEventListener("change", function () {
      document.querySelectorAll('[data-shortcut="x"]').forEach(function (box) { box.checked = all.checked; });
    });
  }

  current(index, false);
})();
