// The service worker of push alerts (served at /sw.js): shows the alert and opens the article on a click.
"use strict";

self.addEventListener("push", function (event) {
    var data = {};
    try { data = event.data ? event.data.json() : {}; } catch (error) { data = {}; }
    if (!data.title) return;
    event.waitUntil(self.registration.showNotification(data.title, {
        body: data.body || "",
        tag: data.tag,  // the same item twice replaces the first instead of showing again
        data: { url: data.url || "/" },
        icon: "/apple-touch-icon.png",
    }));
});

self.addEventListener("notificationclick", function (event) {
    event.notification.close();
    var url = new URL(event.notification.data && event.notification.data.url || "/", self.location.origin);
    event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(function (windows) {
        for (var i = 0; i < windows.length; i++) {
            if (windows[i].url === url.href && "focus" in windows[i]) return windows[i].focus();
        }
        return self.clients.openWindow(url.href);
    }));
});
