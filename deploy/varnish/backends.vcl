# The krant app servers behind this Varnish: one backend per `krant serve`, each added to the director.
backend app1 {
    .host = "127.0.0.1";
    .port = "8000";
}

sub vcl_init {
    app.add_backend(app1);
}
