// The live channel (krant.live). One stream per page for the channels its [data-live-channel] elements
// name (Server-Sent Events, resumed by the browser with Last-Event-ID), or polling /live/poll/ when the
// stream keeps failing (a proxy that buffers or cuts it). Each event goes to the page as a 'krant:live'
// DOM event (community/thread.js listens); this file shows 'N nieuwe berichten' in [data-live-news] and
// the breaking-news banner and the weather warnings (their slots, below).
// Without this file, or without JavaScript, the pages are the same, only not live.
(function () {
    "use strict";

    var nodes = document.querySelectorAll("[data-live-channel]");
    if (!nodes.length || !window.fetch || !window.CustomEvent) {
        return;
    }
    var channels = [];
    nodes.forEach(function (node) {
        var name = node.getAttribute("data-live-channel");
        if (channels.indexOf(name) === -1) {
            channels.push(name);
        }
    });
    var query = channels.map(function (name) {
        return "kanaal=" + encodeURIComponent(name);
    }).join("&");
    // The first connection asks for the events since the page was rendered (its Last-Modified, which every
    // cache keeps), so none is lost while the page was cached or loading; later ones resume from the last id.
    var rendered = Math.floor(Date.parse(document.lastModified) / 1000);
    var since = rendered > 0 ? "&sinds=" + rendered : "";
    var streamUrl = (document.body.getAttribute("data-live") || "/live/") + "?" + query + since;
    var pollUrl = "/live/poll/?" + query;
    var last = null;
    var failures = 0;
    var MAX_FAILURES = 3; // reconnects in a row without an open stream before polling takes over

    function deliver(data, id) {
        if (id) {
            last = id;
        }
        document.dispatchEvent(new CustomEvent("krant:live", { detail: data }));
    }

    function poll() {
        var url = pollUrl + (last ? "&na=" + encodeURIComponent(last) : since);
        fetch(url, { credentials: "omit", cache: "no-store" })
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (answer) {
                if (answer) {
                    answer.events.forEach(function (event) {
                        deliver(event, null);
                    });
                    last = answer.last;
                }
                setTimeout(poll, ((answer && answer.wait) || 30) * 1000);
            }, function () {
                setTimeout(poll, 30000);
            });
    }

    function stream() {
        var source = new EventSource(streamUrl);
        source.onopen = function () {
            failures = 0;
            // Events from here on reach this page (what a test waits for before it changes something).
            document.documentElement.dataset.live = "open";
        };
        source.onmessage = function (message) {
            deliver(JSON.parse(message.data), message.lastEventId);
        };
        source.onerror = function () {
            failures += 1;
            if (failures >= MAX_FAILURES || source.readyState === EventSource.CLOSED) {
                source.close();
                poll();
            }
        };
    }

    var news = document.querySelector("[data-live-news]");
    var fresh = [];
    document.addEventListener("krant:live", function (event) {
        var data = event.detail;
        if (!news || data.type !== "article" || fresh.indexOf(data.article) !== -1) {
            return;
        }
        if (document.querySelector('main a[href*="/' + data.article + '/"]')) {
            return; // an update of an article this page shows already
        }
        fresh.push(data.article);
        var link = news.querySelector("a");
        link.textContent = fresh.length === 1
            ? news.getAttribute("data-one")
            : news.getAttribute("data-many").replace("{n}", fresh.length);
        link.href = window.location.href;
        news.hidden = false;
    });

    // The banners: the breaking-news banner in [data-banner-url] (krant.banner) and the weather warnings in
    // [data-weather-warnings-url] (krant.weather). An event carries only a version; the text comes from the
    // cached fragment, at an address per version so no cache can answer it with the previous one.
    function fragmentSlot(attribute, type) {
        var slot = document.querySelector("[" + attribute + "]");
        var shown = null;
        if (!slot) {
            return;
        }
        slot.setAttribute("role", "status"); // before any change, so the change is announced
        function show(version) {
            shown = version;
            var url = slot.getAttribute(attribute) + (version ? "?v=" + encodeURIComponent(version) : "");
            fetch(url, { credentials: "omit" })
                .then(function (response) {
                    return response.ok ? response.text() : null;
                })
                .then(function (html) {
                    if (html !== null && version === shown) {
                        slot.innerHTML = html; // our own escaped fragment
                    }
                }, function () {});
        }
        document.addEventListener("krant:live", function (event) {
            var data = event.detail;
            if (data.type === type) {
                show(String(data.version));
            } else if (data.type === "reset") {
                show(null);
            }
        });
    }
    fragmentSlot("data-banner-url", "banner");
    fragmentSlot("data-weather-warnings-url", "weather-warnings");

    if (window.EventSource) {
        stream();
    } else {
        poll();
    }
})();
