// The thread under an article. The article page is the same for every reader; this script loads the
// thread's fragment (cached, the same for every member) and then applies what is personal, from one small
// uncached request: the CSRF token, my respect, my own comments, the members I ignore. Forms post with
// fetch and the fragment is loaded again. Without this file the block's links lead to the login and to
// the thread's own page (<article>/reacties/), which works fully.
(function () {
    "use strict";

    var block = document.querySelector("[data-thread]");
    if (!block || !window.fetch || !window.FormData) {
        return;
    }
    var body = block.querySelector("[data-thread-body]");
    var countBox = block.querySelector("[data-thread-count]");
    var loggedIn = /(^|;\s*)krant_account=/.test(document.cookie);
    var me = null;
    var query = "";

    function getJSON(url) {
        return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } }).then(function (response) {
            return response.ok ? response.json() : null;
        });
    }

    function fragmentUrl() {
        var base = me && me.fragment ? me.fragment : block.getAttribute("data-thread");
        if (!query) {
            return base;
        }
        return base + (base.indexOf("?") === -1 ? "?" : "&") + query;
    }

    function loadMe() {
        if (!loggedIn) {
            return Promise.resolve(null);
        }
        var url = block.getAttribute("data-thread-me");
        var shared = window.krantPersonal;
        // The header's script asked this already for the page (community/account.js): use its answer once.
        var asked = shared && shared.url === url && !shared.used ? shared.answer : getJSON(url);
        if (shared) {
            shared.used = true;
        }
        return asked.then(function (data) {
            me = data && data.member ? data : null;
            if (data && !data.member && data.fragment) {
                me = null;
            }
            return me;
        });
    }

    function loadFragment(focusTop, fresh) {
        // After a write the browser's own copy (kept a second) is checked with the server first.
        var options = { credentials: "omit", cache: fresh ? "no-cache" : "default" };
        return fetch(fragmentUrl(), options).then(function (response) {
            if (response.status === 403 && me) {
                // Yesterday's key ran out while the page was open: ask for today's.
                return loadMe().then(function () {
                    return fetch(fragmentUrl(), options);
                });
            }
            return response;
        }).then(function (response) {
            return response.ok ? response.text() : null;
        }).then(function (html) {
            if (html === null) {
                return;
            }
            var holder = document.createElement("div");
            holder.innerHTML = html; // our own server-rendered fragment: every member text in it is escaped
            var thread = holder.querySelector("[data-thread-fragment]");
            if (!thread) {
                return;
            }
            body.replaceChildren(thread);
            if (countBox && thread.getAttribute("data-count-text")) {
                countBox.textContent = thread.getAttribute("data-count-text");
            }
            applyPersonal(thread);
            if (focusTop) {
                block.scrollIntoView({ block: "start" });
            }
        });
    }

    function has(list, id) {
        return list && list.indexOf(id) !== -1;
    }

    function hiddenInput(name, value) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        return input;
    }

    function applyPersonal(thread) {
        if (!me) {
            return;
        }
        var owner = thread.querySelector("template[data-owner-tools]");
        if (!me.may_post) {
            thread.querySelectorAll("[data-post-form], .comment__reply").forEach(function (node) {
                node.hidden = true;
            });
            if (me.closed && !thread.querySelector("[data-thread-closed]")) {
                var closed = document.createElement("p");
                closed.className = "thread__closed";
                closed.textContent = me.closed;
                thread.prepend(closed);
            }
        }
        if (me.waiting && me.waiting.length) {
            var mine = document.createElement("section");
            mine.className = "thread__mine";
            var title = document.createElement("h3");
            title.className = "thread__mine-title";
            title.textContent = block.getAttribute("data-waiting-title") || "";
            var list = document.createElement("ul");
            list.className = "comments comments--mine";
            me.waiting.forEach(function (waiting) {
                var item = document.createElement("li");
                item.className = "comment comment--waiting";
                var text = document.createElement("div");
                text.className = "comment__body";
                text.innerHTML = waiting.html; // escaped by the server (krant.community.text.to_html)
                var note = document.createElement("p");
                note.className = "comment__note";
                note.textContent = waiting.note;
                item.append(text, note);
                list.append(item);
            });
            if (title.textContent) {
                mine.append(title);
            }
            mine.append(list);
            var form = thread.querySelector("[data-post-form]");
            (form || thread.firstChild).after(mine);
        }
        thread.querySelectorAll("li[data-comment]").forEach(function (item) {
            var id = Number(item.getAttribute("data-comment"));
            var author = Number(item.getAttribute("data-author"));
            var card = item.querySelector(":scope > .comment__card");
            if (!card) {
                return; // a tombstone
            }
            if (has(me.ignored, author)) {
                card.hidden = true;
                var note = document.createElement("p");
                note.className = "comment__ignored";
                note.textContent = block.getAttribute("data-ignored-text") || "";
                card.before(note);
                return;
            }
            if (has(me.mine, id)) {
                card.querySelectorAll("[data-others], .comment__reply").forEach(function (node) {
                    node.hidden = true;
                });
                var own = card.querySelector("form[data-respect] button");
                if (own) {
                    own.disabled = true; // no respect for oneself; the count stays in sight
                }
                if (owner) {
                    var tools = owner.content.cloneNode(true);
                    tools.querySelectorAll("form[data-action]").forEach(function (form) {
                        form.action = form.getAttribute("data-action").replace("/0/", "/" + id + "/");
                    });
                    var edit = tools.querySelector("[data-edit]");
                    if (edit && has(me.editable, id)) {
                        edit.hidden = false;
                        var area = edit.querySelector("textarea");
                        area.id = "bewerk-" + id;
                        edit.querySelector("[data-label]").setAttribute("for", area.id);
                        area.value = card.querySelector(".comment__body").innerText.trim();
                    }
                    card.querySelector(".comment__actions").append(tools);
                }
                return;
            }
            var respect = card.querySelector("form[data-respect]");
            if (respect && has(me.respected, id)) {
                respect.append(hiddenInput("intrekken", "1"));
                respect.querySelector("button").setAttribute("aria-pressed", "true");
            }
            if (has(me.reported, id)) {
                card.querySelectorAll("details[data-others]").forEach(function (node) {
                    node.hidden = true;
                });
            }
        });
        thread.querySelectorAll("form").forEach(function (form) {
            form.append(hiddenInput("csrfmiddlewaretoken", me.csrf_token));
        });
    }

    function showError(form, message) {
        var box = form.querySelector("[data-form-error]");
        if (!box) {
            box = document.createElement("p");
            box.className = "comment-form__error";
            box.setAttribute("role", "alert");
            form.append(box);
        }
        box.textContent = message;
        box.hidden = false;
    }

    block.addEventListener("click", function (event) {
        var link = event.target.closest("a[data-thread-link]");
        if (!link) {
            return;
        }
        event.preventDefault();
        query = link.search.replace(/^\?/, "");
        loadFragment(true);
    });

    block.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.matches("form") || !me) {
            return;
        }
        event.preventDefault();
        if (form.getAttribute("data-confirm") && !window.confirm(form.getAttribute("data-confirm"))) {
            return;
        }
        var button = form.querySelector("button[type=submit]");
        if (button) {
            button.disabled = true;
        }
        fetch(form.action, {
            method: "POST",
            body: new FormData(form),
            credentials: "same-origin",
            headers: { Accept: "application/json", "X-CSRFToken": me.csrf_token },
        })
            .then(function (response) {
                return response.json().catch(function () {
                    return { error: { message: block.getAttribute("data-failed-text") || "" } };
                });
            })
            .then(function (data) {
                if (button) {
                    button.disabled = false;
                }
                if (data.error) {
                    showError(form, data.error.message);
                    return;
                }
                return loadMe().then(function () {
                    return loadFragment(false, true);
                }).then(function () {
                    var status = block.querySelector("[data-thread-status]");
                    if (status) {
                        status.textContent = data.message || "";
                    }
                    if (data.comment) {
                        var placed = document.getElementById("reactie-" + data.comment);
                        if (placed) {
                            placed.scrollIntoView({ block: "center" });
                        }
                    }
                });
            })
            .catch(function () {
                if (button) {
                    button.disabled = false;
                }
            });
    });

    // New comments, answers and respect of this thread (the live channel, live/live.js): load the fragment
    // again, a moment later (every server process sees the purge within 0.1 s; several events, one load),
    // and never while the reader is writing in it.
    var channel = block.getAttribute("data-live-channel");
    var refresh = null;
    document.addEventListener("krant:live", function (event) {
        var data = event.detail;
        if (data.channel !== channel && data.type !== "reset") {
            return;
        }
        clearTimeout(refresh);
        refresh = setTimeout(function () {
            var writing = Array.prototype.some.call(body.querySelectorAll("textarea"), function (area) {
                return area.value.trim() !== "";
            });
            if (!writing) {
                loadFragment(false, true);
            }
        }, 300);
    });

    loadMe()
        .then(function () {
            return loadFragment(false);
        })
        .catch(function () {
            // The block's links stay: they lead to the login and to the thread's own page.
        });
})();
