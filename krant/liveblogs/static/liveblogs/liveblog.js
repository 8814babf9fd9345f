// A liveblog's page (krant.liveblogs). New updates arrive as events of the live channel (live.js sends
// them as 'krant:live'); they are counted behind 'Toon N nieuwe updates', so the page never moves while
// someone reads, and fetched, on a click, as the server-rendered fragment of the updates after the newest
// shown. Edits and deletions are replaced or removed in place, and 'Belangrijkste ontwikkelingen' (pins)
// is fetched again after each. Without JavaScript the page is the same,
// with 'Oudere updates' links; without this file it is not live.
(function () {
    "use strict";

    var section = document.querySelector("[data-liveblog]");
    if (!section || !window.fetch) {
        return;
    }
    var channel = section.getAttribute("data-live-channel");
    var list = section.querySelector("[data-updates]");
    var notice = section.querySelector("[data-liveblog-new]");
    var button = notice.querySelector("button");
    var url = section.getAttribute("data-updates-url");
    var newestPage = !section.hasAttribute("data-older-page");
    var pending = [];

    function shownIds() {
        return Array.prototype.map.call(list.querySelectorAll("[data-update]"), function (node) {
            return parseInt(node.getAttribute("data-update"), 10);
        });
    }

    function newest() {
        return shownIds().reduce(function (max, id) {
            return Math.max(max, id);
        }, 0);
    }

    function fetchUpdates(query) {
        return fetch(url + "?" + query, { credentials: "omit", cache: "no-cache" }).then(function (response) {
            if (response.status === 404) {
                return null;
            }
            if (!response.ok) {
                throw new Error(response.status);
            }
            return response.text().then(function (html) {
                var holder = document.createElement("template");
                holder.innerHTML = html;
                return holder.content.querySelector("[data-updates]");
            });
        });
    }

    function showNotice() {
        if (!pending.length) {
            notice.hidden = true;
            return;
        }
        button.textContent = pending.length === 1
            ? notice.getAttribute("data-one")
            : notice.getAttribute("data-many").replace("{n}", pending.length);
        notice.hidden = false;
    }

    button.addEventListener("click", function () {
        fetchUpdates("na=" + newest()).then(function (fragment) {
            if (!fragment || fragment.getAttribute("data-complete") !== "1") {
                window.location.reload(); // too far behind for one fragment: the page itself is quicker
                return;
            }
            var empty = list.querySelector(".liveblog__empty");
            if (empty) {
                empty.remove();
            }
            var added = Array.prototype.slice.call(fragment.querySelectorAll("[data-update]"));
            added.reverse().forEach(function (node) {
                if (!list.querySelector('[data-update="' + node.getAttribute("data-update") + '"]')) {
                    list.insertBefore(node, list.firstElementChild);
                }
            });
            pending = [];
            showNotice();
            var first = list.firstElementChild;
            if (first) {
                first.setAttribute("tabindex", "-1");
                first.focus();
            }
        }).catch(function () {
            window.location.reload();
        });
    });

    function replace(id) {
        var node = list.querySelector('[data-update="' + id + '"]');
        if (!node) {
            return;
        }
        fetchUpdates("id=" + id).then(function (fragment) {
            var fresh = fragment && fragment.querySelector("[data-update]");
            if (fresh) {
                node.replaceWith(fresh);
            } else {
                node.remove();
            }
        }).catch(function () {});
    }

    function refreshPinned() {
        var pinned = document.querySelector("[data-liveblog-pinned]");
        if (!pinned) {
            return; // an older page: it shows no pinned updates
        }
        fetch(url + "?vastgezet=1", { credentials: "omit", cache: "no-cache" }).then(function (response) {
            return response.ok ? response.text() : null;
        }).then(function (html) {
            if (html === null) {
                return;
            }
            var holder = document.createElement("template");
            holder.innerHTML = html;
            var fresh = holder.content.querySelector("[data-liveblog-pinned]");
            if (fresh) {
                pinned.replaceWith(fresh);
            }
        }).catch(function () {});
    }

    document.addEventListener("krant:live", function (event) {
        var data = event.detail;
        if (data.channel !== channel || data.type !== "liveblog") {
            return;
        }
        var id = data.update;
        if (data.action === "new" && newestPage) {
            if (pending.indexOf(id) === -1 && shownIds().indexOf(id) === -1) {
                pending.push(id);
                showNotice();
            }
        } else if (data.action === "edit") {
            replace(id);
            refreshPinned();
        } else if (data.action === "delete") {
            refreshPinned();
            pending = pending.filter(function (other) {
                return other !== id;
            });
            showNotice();
            var node = list.querySelector('[data-update="' + id + '"]');
            if (node) {
                node.remove();
            }
        }
    });
})();
