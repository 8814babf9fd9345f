# The krant app servers behind this Varnish: one backend per `krant serve`, each added to the director.
# Each is asked for /healthz every few seconds: while it answers 503 (its database or Redis is down) or not
# at all, Varnish sends readers to the others and, with none left, serves stale pages (krant.vcl).
probe krant_health {
    .request = "GET /healthz HTTP/1.1"
        "Host: localhost"
        "Connection: close";
    .expected_response = 200;
    .interval = 5s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
}

backend app1 {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = krant_health;
}

# Its live channel's process (krant serve --live-port, default the port after its own). No probe: a
# reader's stream that fails falls back to polling the app servers.
backend live1 {
    .host = "127.0.0.1";
    .port = "8001";
}

sub vcl_init {
    app.add_backend(app1);
    live.add_backend(live1);
}
