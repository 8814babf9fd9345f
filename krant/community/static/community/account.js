// The personal part of the header: cached pages are the same for everyone, so a logged-in member's
// name and logout come from one small uncached request. Without this file the header's community
// link leads to the account pages, which work fully.
(function () {
    "use strict";

    var box = document.querySelector("[data-account]");
    // The account cookie says someone is logged in; readers without it cost no request.
    if (!box || !/(^|;\s*)krant_account=/.test(document.cookie) || !window.fetch) {
        return;
    }
    // Under an article the thread's personal request says the same and more: one request serves both
    // (community/thread.js takes this answer instead of asking again).
    var thread = document.querySelector("[data-thread-me]");
    var url = thread ? thread.getAttribute("data-thread-me") : box.getAttribute("data-account");
    var answer = fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
            return response.ok ? response.json() : null;
        });
    window.krantPersonal = { url: url, answer: answer };
    answer
        .then(function (data) {
            if (!data || !data.member) {
                return;
            }
            var who = document.createElement("a");
            who.href = data.member.profile || data.links.account;
            who.textContent = box.getAttribute("data-signed-in") + " " + data.member.name;
            var form = document.createElement("form");
            form.method = "post";
            form.action = data.links.logout;
            var token = document.createElement("input");
            token.type = "hidden";
            token.name = "csrfmiddlewaretoken";
            token.value = data.csrf_token;
            var button = document.createElement("button");
            button.type = "submit";
            button.className = "account__logout";
            button.textContent = box.getAttribute("data-logout");
            form.append(token, button);
            box.replaceChildren(who);
            if (data.member.newsroom) {
                var badge = document.createElement("span");
                badge.className = "badge badge--newsroom";
                badge.textContent = box.getAttribute("data-newsroom");
                box.append(badge);
            }
            box.append(form);
        })
        .catch(function () {
            // The community link stays: it leads to the same account pages.
        });
})();
