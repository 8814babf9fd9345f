// Chapters seek the page's player. Without this script each chapter link opens the audio at its
// time (a #t= media fragment), so the list works without JavaScript too.
(function () {
    "use strict";
    var audio = document.getElementById("podcast-audio");
    if (!audio) return;
    document.querySelectorAll(".podcast-chapters a[data-start]").forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            audio.currentTime = Number(link.getAttribute("data-start"));
            audio.play().catch(function () {});
            audio.focus();
        });
    });
})();
