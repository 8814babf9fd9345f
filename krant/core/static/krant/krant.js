// Small enhancements only: every feature works without this file.
(function () {
    "use strict";

    // The menu is a <details>; close it with Escape or a click outside, as readers expect of a menu.
    var menu = document.querySelector("[data-menu]");
    if (menu) {
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && menu.open) {
                menu.open = false;
                menu.querySelector("summary").focus();
            }
        });
        document.addEventListener("click", function (event) {
            if (menu.open && !menu.contains(event.target)) {
                menu.open = false;
            }
        });
    }

    // After a failed submit, bring the error summary into view and focus so it is read first.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }
})();
