// The Scorebord's pages (krant.scores). A change of score or status arrives as a 'krant:live' event
// (live.js) with the match's id and version only; each score of that match on the page is replaced by the
// server-rendered fragment, fetched at an address per version so no cache answers with the previous one.
// When a match shown becomes final, a competition's page offers to load the new standings (a link that
// reloads: the table is the server's to compute). Without JavaScript the pages are the same, only not
// live: a reload shows the new score.
(function () {
    "use strict";

    var root = document.querySelector("[data-score-url]");
    if (!root || !window.fetch) {
        return;
    }
    var base = root.getAttribute("data-score-url");
    var newest = {};
    var notice = document.querySelector("[data-standings-notice]");

    document.addEventListener("krant:live", function (event) {
        var data = event.detail;
        if (data.type !== "score") {
            return;
        }
        var selector = '[data-match="' + parseInt(data.match, 10) + '"]';
        if (!document.querySelector(selector) || (newest[data.match] || 0) >= data.version) {
            return;
        }
        newest[data.match] = data.version;
        fetch(base + parseInt(data.match, 10) + "/score/?v=" + encodeURIComponent(data.version), { credentials: "omit" })
            .then(function (response) {
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                if (html === null || newest[data.match] !== data.version) {
                    return;
                }
                var holder = document.createElement("template");
                holder.innerHTML = html; // our own escaped fragment
                var fresh = holder.content.firstElementChild;
                var nodes = document.querySelectorAll(selector);
                var ended = Array.prototype.some.call(nodes, function (node) {
                    return !node.classList.contains("score--afgelopen");
                }) && fresh.classList.contains("score--afgelopen");
                nodes.forEach(function (node) {
                    node.replaceWith(fresh.cloneNode(true));
                });
                if (ended && notice) {
                    notice.querySelector("a").href = window.location.href;
                    notice.hidden = false;
                }
            }, function () {});
    });
})();
