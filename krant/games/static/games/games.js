/* Spellen: arrow keys through the grid, a check without reload, a timer, progress kept.
   Without this script the grid is a plain form that the server checks. Progress: for a member on the
   server (their own uncached endpoint), for anyone else in this browser only (localStorage). */
(function () {
    "use strict";
    var form = document.querySelector("form[data-puzzle]");
    if (!form || !window.fetch || !window.FormData) return;

    var size = parseInt(form.dataset.size, 10);
    var symbols = form.dataset.symbols;
    var storageKey = "krant-puzzel:" + form.dataset.puzzle;
    var status = document.querySelector("[data-puzzle-status]");
    var timerBox = document.querySelector("[data-puzzle-timer]");
    var timerText = timerBox.querySelector("span");
    var inputs = Array.prototype.slice.call(form.querySelectorAll("input[name^='c']"));
    var seconds = 0;
    var finished = false;
    var member = null; // {csrf: token} once the server says we are logged in
    var saveTimer = null;

    function cellAt(row, col) {
        return inputs[row * size + col];
    }

    function cells() {
        return inputs.map(function (input) { return input.value || "."; }).join("");
    }

    function show(message, solved) {
        status.textContent = message;
        status.classList.toggle("games__status--solved", !!solved);
    }

    function markWrong(indexes) {
        var wrong = {};
        indexes.forEach(function (i) { wrong[i] = true; });
        inputs.forEach(function (input, i) {
            var cell = input.parentNode;
            cell.classList.toggle("puzzle__cell--wrong", !!wrong[i]);
            if (wrong[i]) input.setAttribute("aria-invalid", "true");
            else input.removeAttribute("aria-invalid");
        });
    }

    function tick() {
        if (finished) return;
        seconds += 1;
        renderTime();
        if (seconds % 15 === 0) store();
    }

    function renderTime() {
        var minutes = Math.floor(seconds / 60);
        var rest = seconds % 60;
        timerText.textContent = minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }

    function finish() {
        finished = true;
        inputs.forEach(function (input) { input.readOnly = true; });
    }

    function restore(saved) {
        if (!saved || typeof saved.cells !== "string" || saved.cells.length !== inputs.length) return;
        inputs.forEach(function (input, i) {
            var value = saved.cells.charAt(i);
            if (!input.readOnly && symbols.indexOf(value) >= 0) input.value = value;
        });
        seconds = saved.seconds || 0;
        renderTime();
        if (saved.solved) {
            show(form.dataset.messageSolved, true);
            finish();
        }
    }

    function store() {
        var state = { cells: cells(), seconds: seconds, solved: finished };
        if (member) {
            clearTimeout(saveTimer);
            saveTimer = setTimeout(function () {
                fetch(form.dataset.progress, {
                    method: "POST",
                    credentials: "same-origin",
                    headers: { "Content-Type": "application/json", "X-CSRFToken": member.csrf, Accept: "application/json" },
                    body: JSON.stringify({ cells: state.cells, seconds: state.seconds })
                }).catch(function () {});
            }, 1000);
            return;
        }
        try { localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* private mode */ }
    }

    function loadProgress() {
        var account = /(?:^|;\s*)krant_account=/.test(document.cookie);
        if (!account) {
            try { restore(JSON.parse(localStorage.getItem(storageKey) || "null")); } catch (e) { /* nothing kept */ }
            return;
        }
        fetch(form.dataset.progress, { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) {
                if (data && data.member) {
                    member = { csrf: data.csrf_token };
                    restore(data.progress);
                }
            })
            .catch(function () {});
    }

    function submit(action) {
        if (action === "oplossing" && !window.confirm(form.dataset.messageReveal)) return;
        var body = new FormData(form);
        body.append("actie", action);
        fetch(form.action, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) {
                return response.json().then(function (data) { return { ok: response.ok, data: data }; });
            })
            .then(function (answer) {
                var data = answer.data;
                if (!answer.ok) {
                    show(data.error ? data.error.message : form.dataset.messageFailed);
                    return;
                }
                if (data.solution) {
                    inputs.forEach(function (input, i) { input.value = data.solution.charAt(i); });
                    markWrong([]);
                    show(form.dataset.messageRevealed);
                    finish();
                    return;
                }
                markWrong(data.wrong);
                show(data.message, data.solved);
                if (data.solved) {
                    finish();
                    store();
                }
            })
            .catch(function () { show(form.dataset.messageFailed); });
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var submitter = event.submitter;
        submit(submitter && submitter.value === "oplossing" ? "oplossing" : "controleer");
    });

    form.addEventListener("keydown", function (event) {
        var input = event.target;
        var index = inputs.indexOf(input);
        if (index < 0) return;
        var row = Math.floor(index / size);
        var col = index % size;
        var moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
        var move = moves[event.key];
        if (move) {
            event.preventDefault();
            var next = cellAt((row + move[0] + size) % size, (col + move[1] + size) % size);
            next.focus();
            next.select();
            return;
        }
        if (input.readOnly || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
        event.preventDefault(); // one allowed symbol replaces the cell; anything else is ignored
        if (symbols.indexOf(event.key) >= 0) {
            input.value = event.key;
            input.parentNode.classList.remove("puzzle__cell--wrong");
            input.removeAttribute("aria-invalid");
            store();
        } else if (event.key === " " && symbols === "01") {
            input.value = input.value === "" ? "0" : input.value === "0" ? "1" : "";
            store();
        }
    });

    form.addEventListener("input", function (event) {
        var input = event.target;
        if (inputs.indexOf(input) < 0) return;
        var last = input.value.slice(-1);
        input.value = symbols.indexOf(last) >= 0 ? last : "";
        store();
    });

    // A page that shows a check's answer or the solution came from the server: not the reader's stored state.
    if (!status.textContent.trim()) loadProgress();
    timerBox.hidden = false;
    renderTime();
    setInterval(tick, 1000);
})();
