// Het Woord with JavaScript: the reader's game is fetched into the cached page, guesses are sent without a
// reload and an on-screen keyboard shows each letter's state. The server keeps the rules and the answer;
// this script only shows the marks it is sent. Without it the forms work as they are.
(function () {
    "use strict";

    var root = document.querySelector("[data-woord]");
    if (!root || !window.fetch) {
        return;
    }
    var gameUrl = root.getAttribute("data-woord");
    var form = root.querySelector("[data-woord-form]");
    var input = form.querySelector("input[name=gok]");
    var boardEl = root.querySelector("[data-woord-board]");
    var statusEl = root.querySelector("[data-woord-status]");
    var errorEl = root.querySelector("[data-woord-error]");
    var keyboardEl = root.querySelector("[data-woord-keyboard]");
    var labels = {
        goed: "goed",
        elders: "komt voor, op een andere plek",
        niet: "niet in het woord"
    };
    var symbols = {goed: "✓", elders: "↔", niet: "✕"};
    var lang = document.documentElement.lang;
    if (lang === "en") {
        labels = {goed: "correct", elders: "in the word, elsewhere", niet: "not in the word"};
    }
    var keyRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    var busy = false;

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    function tile(letter, mark, last) {
        var span = el("span", "tile" + (mark ? " tile--" + mark : ""), letter ? letter.toUpperCase() : "");
        if (mark) {
            var symbol = el("span", "tile__symbol", symbols[mark]);
            symbol.setAttribute("aria-hidden", "true");
            span.appendChild(symbol);
            span.appendChild(el("span", "visually-hidden", " " + labels[mark] + (last ? "" : ",")));
        } else {
            span.setAttribute("aria-hidden", "true");
        }
        return span;
    }

    function renderBoard(state) {
        boardEl.textContent = "";
        state.rows.forEach(function (row, index) {
            var li = el("li", "woord-board__row");
            li.appendChild(el("span", "visually-hidden", (lang === "en" ? "Guess " : "Poging ") + (index + 1) + ":"));
            for (var i = 0; i < row.letters.length; i++) {
                li.appendChild(tile(row.letters[i], row.marks[i], i === row.letters.length - 1));
            }
            boardEl.appendChild(li);
        });
        for (var r = state.rows.length; r < 6; r++) {
            var empty = el("li", "woord-board__row woord-board__row--empty");
            empty.appendChild(el("span", "visually-hidden", lang === "en" ? "not guessed yet" : "nog niet geraden"));
            for (var j = 0; j < 5; j++) {
                empty.appendChild(tile("", ""));
            }
            boardEl.appendChild(empty);
        }
    }

    function renderKeyboard(states) {
        keyboardEl.textContent = "";
        keyRows.forEach(function (letters, index) {
            var row = el("div", "woord-keyboard__row");
            if (index === 2) {
                row.appendChild(key("enter", lang === "en" ? "Guess" : "Raden"));
            }
            letters.split("").forEach(function (letter) {
                var mark = states[letter];
                var button = key(letter, letter, mark);
                button.setAttribute("aria-label", letter.toUpperCase() + (mark ? ", " + labels[mark] : ""));
                row.appendChild(button);
            });
            if (index === 2) {
                var back = key("backspace", "⌫");
                back.setAttribute("aria-label", lang === "en" ? "Delete letter" : "Wis letter");
                row.appendChild(back);
            }
            keyboardEl.appendChild(row);
        });
        keyboardEl.hidden = false;
    }

    function key(value, text, mark) {
        var button = el("button", mark ? "tile--" + mark : "", text);
        button.type = "button";
        button.setAttribute("data-key", value);
        return button;
    }

    function render(state) {
        renderBoard(state);
        renderKeyboard(state.keyboard);
        var play = root.querySelector("[data-woord-play]");
        var end = root.querySelector("[data-woord-end]");
        var attempt = form.querySelector("label");
        if (attempt && lang !== "en") {
            attempt.textContent = "Poging " + (state.rows.length + 1) + ": typ een woord van vijf letters";
        }
        play.hidden = state.over;
        end.hidden = !state.over;
        if (state.over) {
            var count = state.rows.length;
            root.querySelector("[data-woord-result]").textContent = state.won
                ? (lang === "en" ? "Solved in " + count + (count === 1 ? " guess!" : " guesses!") : "Geraden in " + count + (count === 1 ? " poging!" : " pogingen!"))
                : (lang === "en" ? "Not solved this time." : "Helaas, niet geraden.");
            var answer = root.querySelector("[data-woord-answer]");
            answer.textContent = (lang === "en" ? "The word was " : "Het woord was ");
            answer.appendChild(el("strong", "woord__answer", state.answer.toUpperCase()));
            answer.appendChild(document.createTextNode("."));
            root.querySelector("[data-woord-share]").value = state.share;
            var copy = root.querySelector("[data-woord-copy]");
            if (navigator.clipboard) {
                copy.hidden = false;
            }
        }
    }

    function showError(message) {
        errorEl.textContent = "";
        if (message) {
            errorEl.appendChild(el("p", "notice notice--error", message));
        }
    }

    function load() {
        fetch(gameUrl, {headers: {Accept: "application/json"}, credentials: "same-origin"})
            .then(function (response) { return response.json(); })
            .then(render)
            .catch(function () { renderKeyboard({}); });
    }

    function submit(event) {
        event.preventDefault();
        if (busy) {
            return;
        }
        busy = true;
        fetch(gameUrl, {
            method: "POST",
            body: new FormData(form),
            headers: {Accept: "application/json"},
            credentials: "same-origin"
        })
            .then(function (response) { return response.json(); })
            .then(function (state) {
                if (state.rows) {
                    render(state);
                }
                showError(state.error);
                statusEl.textContent = state.message || "";
                if (!state.error) {
                    input.value = "";
                }
                if (!state.over) {
                    input.focus();
                }
            })
            .catch(function () {
                showError(lang === "en" ? "Your guess did not arrive. Try again." : "Je gok kwam niet aan. Probeer het opnieuw.");
            })
            .then(function () { busy = false; });
    }

    form.addEventListener("submit", submit);
    keyboardEl.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-key]");
        if (!button) {
            return;
        }
        var value = button.getAttribute("data-key");
        if (value === "enter") {
            if (form.reportValidity()) {
                form.requestSubmit();
            }
        } else if (value === "backspace") {
            input.value = input.value.slice(0, -1);
        } else if (input.value.length < 5) {
            input.value += value;
        }
    });
    var copyButton = root.querySelector("[data-woord-copy]");
    copyButton.addEventListener("click", function () {
        navigator.clipboard.writeText(root.querySelector("[data-woord-share]").value).then(function () {
            statusEl.textContent = lang === "en" ? "Copied." : "Gekopieerd.";
        });
    });
    load();
}());
