// Runs just before the ad server's tag (both deferred, in this order): a slot this screen does not show
// (the article's rail on a phone, hidden by the stylesheet) loses its data-ad-slot, so the tag, which
// fills every [data-ad-slot], never puts an ad where nobody can see it.
(function () {
    "use strict";
    document.querySelectorAll("[data-ad-slot]").forEach(function (frame) {
        if (!frame.getClientRects().length) {
            frame.removeAttribute("data-ad-slot");
        }
    });
})();
