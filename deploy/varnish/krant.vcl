# Varnish in front of krant (Varnish 7 with the xkey vmod: Debian's varnish and varnish-modules).
#
# Run:   varnishd -a :80 -f /path/to/krant.vcl -p vcl_path=/path/to/dir/with/backends.vcl -s malloc,1G
# krant sends every public page with an `xkey` header naming the content it shows (article, section,
# dossier, author, front, latest, menus ...). A publish purges those keys: krant sends
# `PURGE /` with `xkey-purge: KEY KEY ...` to every address in KRANT_PURGE_URLS, and only the pages that
# show that content are dropped. `backends.vcl` (next to this file) lists the app servers.
vcl 4.1;

import cookie;
import directors;
import std;
import xkey;

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new app = directors.round_robin();
    # The live channel's processes (`krant serve` starts one beside its workers, on --live-port).
    new live = directors.round_robin();
}

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();
    # krant's Cache-Control: s-maxage (purges keep pages fresh), stale-while-revalidate=30 and
    # stale-if-error=86400. While an app server answers, a stale page is served at most 30 s during a
    # refetch; with health probes in backends.vcl and every app server down, for up to a day.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 30s;
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header missing"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    # The live channel's stream: to a live process, never cached, each event passed on as it comes
    # (vcl_backend_response). Any live process sends every event: they all follow the same log.
    if (req.url ~ "^/live/(\?|$)") {
        set req.backend_hint = live.backend();
        return (pass);
    }
    if (req.url ~ "^/live/poll/") {
        return (pass);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The newsroom (the account cookie krant.community sets) sees private pages; the read counter, the
    # admin and the community's account pages and writes in either language (all but the public profiles
    # and the thread fragments) are never cached, nor what an API key opens (Authorization: Token,
    # krant.api.tokens). A member's session is dropped below with the other cookies: members read the same
    # cached pages as everyone. A thread's fragments (/community/draad/<id>/, the members' one by its daily
    # key) are the same for everyone and cached; its personal part (/community/draad/<id>/ik/) and the
    # writes are not (krant.core.cache.ACCOUNT_PAGES).
    if (req.url ~ "^/(admin|teller|healthz)(/|$)" || req.url ~ "^/(en/)?community/(?!(leden|draad)/[0-9]+/(\?|$))" || req.http.Authorization || req.http.Cookie ~ "(^|;\s*)krant_account=staff(;|$)") {
        return (pass);
    }
    # An article's thread without JavaScript (<article>/reacties/) has a member's own forms: cached for
    # anonymous readers only (krant.core.cache.MEMBER_FORM_PATHS).
    if (req.url ~ "/reacties/(\?|$)" && req.http.Cookie ~ "(^|;\s*)krant_account=") {
        return (pass);
    }
    # Het Woord's own game (<page>/mijn-spel/) shows the reader's guesses from their cookie or session:
    # never cached, cookies passed (krant.woord.views).
    if (req.url ~ "/mijn-spel/(\?|$)") {
        return (pass);
    }
    # Pages vary only on the consent choice: keep that cookie when it is well formed, drop the rest,
    # so an address has at most nine copies.
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        cookie.keep("krant_consent");
        set req.http.Cookie = cookie.get_string();
        if (req.http.Cookie !~ "^krant_consent=v1:((advertising|analytics|social)(\.(advertising|analytics|social))*)?$") {
            unset req.http.Cookie;
        }
    }
    return (hash);
}

sub vcl_backend_fetch {
    # One connection per fetch. krant's server (granian) counts a connection against its backpressure (a
    # few per worker) as long as it is open: the idle keep-alive connections Varnish pools after a burst
    # of misses (every page showing a publish) held them all, and the next fetch, or any other client,
    # waited until Varnish dropped them a minute later (a news sitemap 30 s late). A connect on the same
    # network costs far less than the render it asks for.
    set bereq.http.Connection = "close";
    if (bereq.url ~ "^/live/(\?|$)") {
        # A quiet stream carries a heartbeat every 15 s (krant.live.hub): wait longer than that.
        set bereq.between_bytes_timeout = 60s;
        set bereq.first_byte_timeout = 60s;
    }
}

sub vcl_backend_response {
    if (bereq.url ~ "^/live/") {
        # Stream it: no buffering, no gzip (which would hold events back), nothing kept.
        set beresp.do_stream = true;
        set beresp.do_gzip = false;
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Keep a stale copy for a day, for when krant is down or failing (stale-if-error; see vcl_recv).
    set beresp.grace = 1d;
    set beresp.keep = 1d;
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    # The keys are for Varnish; readers do not need them.
    unset resp.http.xkey;
}
