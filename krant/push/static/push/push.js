// Pushmeldingen: the reader's settings page. Nothing happens on load but reading what this browser already
// has: the permission prompt comes only from the reader's press on the button, as the browsers ask.
(function () {
    "use strict";
    var form = document.querySelector("[data-push-form]");
    if (!form) return;
    var nojs = document.querySelector("[data-push-nojs]");
    if (nojs) nojs.hidden = true;
    var supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
    if (!supported) {
        document.querySelector("[data-push-unsupported]").hidden = false;
        return;
    }
    form.hidden = false;
    var status = form.querySelector("[data-push-status]");
    var buttons = {
        on: form.querySelector("[data-push-on]"),
        save: form.querySelector("[data-push-save]"),
        off: form.querySelector("[data-push-off]"),
    };
    var STORED = "krant-push-topics";
    var messages = {};
    document.querySelector("[data-push-messages]").content.querySelectorAll("[data-message]").forEach(function (node) {
        messages[node.getAttribute("data-message")] = node.textContent;
    });

    function say(key) { status.textContent = messages[key] || ""; }
    function boxes() { return Array.prototype.slice.call(form.querySelectorAll("input[name=topic]")); }
    function chosen() { return boxes().filter(function (box) { return box.checked; }).map(function (box) { return box.value; }); }
    function tick(topics) { boxes().forEach(function (box) { box.checked = topics.indexOf(box.value) !== -1; }); }
    function showState(on) {
        buttons.on.hidden = on;
        buttons.save.hidden = !on;
        buttons.off.hidden = !on;
    }
    function base64ToBytes(text) {
        var padded = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
        var raw = atob(padded);
        var bytes = new Uint8Array(raw.length);
        for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
        return bytes;
    }
    function key() {
        return fetch(form.dataset.keyUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) { if (!response.ok) throw new Error("key"); return response.json(); });
    }
    function post(path, body, token) {
        return fetch(path, {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": token },
            body: JSON.stringify(body),
        }).then(function (response) {
            return response.json().then(function (data) {
                if (!response.ok) throw { server: data.error && data.error.message };
                return data;
            });
        });
    }
    function existing() {
        return navigator.serviceWorker.getRegistration("/").then(function (registration) {
            return registration ? registration.pushManager.getSubscription() : null;
        });
    }

    // A topic named in the address (?onderwerp=liveblog:12, from a liveblog) is ticked for the reader to confirm.
    var wanted = new URLSearchParams(location.search).get("onderwerp");
    existing().then(function (subscription) {
        var stored = JSON.parse(localStorage.getItem(STORED) || "null");
        if (subscription && stored) tick(stored);
        if (wanted) boxes().forEach(function (box) { if (box.value === wanted) box.checked = true; });
        showState(Boolean(subscription));
        if (Notification.permission === "denied") document.querySelector("[data-push-denied]").hidden = false;
    });

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var topics = chosen();
        if (!topics.length) { say("none"); return; }
        var token;
        // The prompt must come straight from the press: ask first, then fetch the key.
        Notification.requestPermission().then(function (permission) {
            if (permission !== "granted") { say("denied"); throw null; }
            return Promise.all([key(), navigator.serviceWorker.register("/sw.js", { scope: "/" })]);
        }).then(function (results) {
            token = results[0].csrf_token;
            var publicKey = base64ToBytes(results[0].public_key);
            return navigator.serviceWorker.ready.then(function (registration) {
                return registration.pushManager.getSubscription().then(function (subscription) {
                    return subscription || registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey });
                });
            });
        }).then(function (subscription) {
            return post(form.dataset.subscribeUrl, { subscription: subscription.toJSON(), topics: topics }, token);
        }).then(function (data) {
            localStorage.setItem(STORED, JSON.stringify(data.topics));
            say(buttons.on.hidden ? "saved" : "on");
            showState(true);
        }).catch(function (problem) {
            if (problem === null) return;
            // Our server's refusals are written for readers; the browser's own errors are not (and in English).
            status.textContent = (problem && problem.server) || messages.failed;
        });
    });

    buttons.off.addEventListener("click", function () {
        existing().then(function (subscription) {
            if (!subscription) return null;
            return key().then(function (data) {
                return post(form.dataset.unsubscribeUrl, { subscription: subscription.toJSON() }, data.csrf_token);
            }).then(function () { return subscription.unsubscribe(); });
        }).then(function () {
            localStorage.removeItem(STORED);
            showState(false);
            say("off");
        }).catch(function () { say("failed"); });
    });
})();
