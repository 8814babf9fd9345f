"""Configuration comes from KRANT_* variables; a bad value stops with one line naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from krant import config
from tests.redis_dbs import redis_url


def env(tmp_path, **values):
    return {"KRANT_DATA_DIR": str(tmp_path), **values}


def test_defaults(tmp_path):
    """Without variables: SQLite in the data directory, no Redis, debug off, no fixed secret."""
    loaded = config.load(env(tmp_path))
    assert loaded.database["ENGINE"] == "django.db.backends.sqlite3"
    assert loaded.database["NAME"] == str(tmp_path / "krant.sqlite3")
    assert loaded.redis_url is None
    assert loaded.debug is False
    assert loaded.secret_key_source == "none"
    assert "localhost" in loaded.allowed_hosts


def test_postgres_url(tmp_path):
    loaded = config.load(env(tmp_path, KRANT_DATABASE_URL="postgres://kr:pw@db.example:5433/krant"))
    assert loaded.database["ENGINE"] == "django.db.backends.postgresql"
    assert (loaded.database["HOST"], loaded.database["PORT"], loaded.database["NAME"]) == (
        "db.example",
        5433,
        "krant",
    )


def test_replica_url_adds_a_replica_of_the_primary(tmp_path):
    """A read replica is a second PostgreSQL database; in tests it mirrors the primary's test database."""
    loaded = config.load(
        env(
            tmp_path,
            KRANT_DATABASE_URL="postgres://kr:pw@primary.example:5432/krant",
            KRANT_DATABASE_REPLICA_URL="postgres://kr:pw@replica.example:5432/krant",
        )
    )
    assert (loaded.database["HOST"], loaded.replica["HOST"]) == ("primary.example", "replica.example")
    assert loaded.replica["TEST"] == {"MIRROR": "default"}
    assert config.load(env(tmp_path)).replica is None


def test_replica_needs_a_postgresql_primary(tmp_path):
    """SQLite has no replicas: a replica beside it is refused, naming the variable."""
    with pytest.raises(config.ConfigError) as refused:
        config.load(env(tmp_path, KRANT_DATABASE_REPLICA_URL="postgres://replica.example:5432/krant"))
    assert refused.value.variable == "KRANT_DATABASE_REPLICA_URL"
    assert "KRANT_DATABASE_URL to be PostgreSQL" in refused.value.problem


def test_pool_size_follows_the_server_threads(tmp_path):
    """A server worker may hold a connection per thread unless KRANT_DATABASE_POOL_SIZE says fewer."""
    assert config.load(env(tmp_path)).pool_size == config.BLOCKING_THREADS
    assert config.load(env(tmp_path, KRANT_DATABASE_POOL_SIZE="8")).pool_size == 8


def test_stored_secret_key_is_used(tmp_path):
    """`krant demo` stores a key in the data directory; later runs read the same key."""
    config.ensure_secret_key_file(tmp_path)
    first = config.load(env(tmp_path))
    assert first.secret_key_source == "data directory"
    assert config.load(env(tmp_path)).secret_key == first.secret_key
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("KRANT_DATABASE_URL", "mysql://x@y/z", "unsupported scheme 'mysql'"),
        ("KRANT_DATABASE_URL", "not a url", "unsupported scheme ''"),
        ("KRANT_DATABASE_URL", "postgres://user:hunter2@host:5432/", "no database name"),
        ("KRANT_DATABASE_URL", "postgres://host:notaport/db", "cannot parse"),
        ("KRANT_REDIS_URL", "http://localhost:6379", "expected redis://"),
        ("KRANT_REDIS_URL", "redis://localhost:port/0", "bad port"),
        ("KRANT_SECRET_KEY", "short", "too short"),
        ("KRANT_DEBUG", "maybe", "expected on or off"),
        ("KRANT_BASE_URL", "ftp://x", "expected http(s)://HOST"),
        ("KRANT_EMAIL_URL", "imap://mail", "expected smtp://"),
        ("KRANT_SCHEDULER_INTERVAL", "soon", "expected a whole number"),
        ("KRANT_DATABASE_POOL_SIZE", "0", "must be at least 1"),
        ("KRANT_DATABASE_REPLICA_URL", "sqlite:////tmp/copy.sqlite3", "expected postgres://"),
        ("KRANT_SCHEDULER_INTERVAL", "0", "must be at least 1"),
        ("KRANT_PROXY_COUNT", "-1", "must be at least 0"),
        ("KRANT_SEARCH_URL", "solr://search:8983", "expected opensearch://HOST:9200"),
        ("KRANT_SEARCH_URL", "opensearch+ftp://search", "expected opensearch://HOST:9200"),
        ("KRANT_SEARCH_URL", "search.example:9200", "expected opensearch://HOST:9200"),
        ("KRANT_SEARCH_URL", "opensearch://", "no host"),
        ("KRANT_SEARCH_URL", "opensearch://search:poort", "bad port"),
        ("KRANT_SEARCH_URL", "elasticsearch://search:9200/Mijn Krant", "index prefix"),
        ("KRANT_DATABSE_URL", "sqlite:////tmp/x.db", "did you mean KRANT_DATABASE_URL"),
        ("KRANT_SECURITY_CONTACT", "http://krant.example/meld", "expected an e-mail address"),
        ("KRANT_SECURITY_CONTACT", "beveiliging", "expected an e-mail address"),
        ("KRANT_PURGE_URLS", "varnish:6081", "expected http(s)://HOST[:PORT]"),
        ("KRANT_PURGE_URLS", "http://127.0.0.1:6081,ftp://cache", "expected http(s)://HOST[:PORT]"),
        ("KRANT_PURGE_URLS", "http://127.0.0.1:poort", "expected http(s)://HOST[:PORT]"),
        ("KRANT_LIVE_URL", "/live/", "not an http(s) address ending in /live/"),
        ("KRANT_LIVE_URL", "https://live.krant.example/", "not an http(s) address ending in /live/"),
        ("KRANT_LIVE_URL", "ws://live.krant.example/live/", "not an http(s) address ending in /live/"),
    ],
)
def test_bad_values_name_the_variable(tmp_path, variable, value, message):
    with pytest.raises(config.ConfigError) as raised:
        config.load(env(tmp_path, **{variable: value}))
    assert raised.value.variable == variable
    assert message in str(raised.value)


def test_search_follows_the_database(tmp_path):
    """Without KRANT_SEARCH_URL: SQLite gets the Dutch stemming backend, PostgreSQL its 'dutch' one."""
    assert config.load(env(tmp_path)).search == {"BACKEND": "krant.search.backends"}
    postgres = config.load(env(tmp_path, KRANT_DATABASE_URL="postgres://kr@db.example/krant"))
    assert postgres.search == {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}


DUTCH_ANALYSIS = {"settings": {"analysis": {"analyzer": {"default": {"type": "dutch"}}}}}


def test_search_url_names_an_opensearch_server(tmp_path):
    loaded = config.load(env(tmp_path, KRANT_SEARCH_URL="opensearch://search.example:9201"))
    assert loaded.search == {
        "BACKEND": "wagtail.search.backends.opensearch3",
        "INDEX_PREFIX": "krant_",
        "INDEX_SETTINGS": DUTCH_ANALYSIS,
        "HOSTS": [
            {
                "host": "search.example",
                "port": 9201,
                "use_ssl": False,
                "verify_certs": False,
                "http_auth": None,
            }
        ],
    }


def test_search_url_with_tls_credentials_and_an_older_client(tmp_path):
    """+https for TLS; a percent-encoded password arrives decoded; a version picks Wagtail's older backend."""
    loaded = config.load(
        env(tmp_path, KRANT_SEARCH_URL="opensearch2+https://krant:p%40ss%2Fw@search.example")
    )
    assert loaded.search["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert loaded.search["HOSTS"] == [
        {
            "host": "search.example",
            "port": 9200,
            "use_ssl": True,
            "verify_certs": True,
            "http_auth": ("krant", "p@ss/w"),
        }
    ]


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("elasticsearch://search.example", "wagtail.search.backends.elasticsearch9"),
        ("elasticsearch9://search.example", "wagtail.search.backends.elasticsearch9"),
        ("elasticsearch8://search.example", "wagtail.search.backends.elasticsearch8"),
        ("opensearch3://search.example", "wagtail.search.backends.opensearch3"),
    ],
)
def test_search_url_scheme_picks_the_backend(tmp_path, url, backend):
    assert config.load(env(tmp_path, KRANT_SEARCH_URL=url)).search["BACKEND"] == backend


def test_search_url_for_elasticsearch(tmp_path):
    """Elasticsearch takes the address as a URL and the credentials apart; the path is the index prefix."""
    loaded = config.load(
        env(tmp_path, KRANT_SEARCH_URL="elasticsearch+https://elastic:geheim@search.example:9243/archief")
    )
    assert loaded.search == {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "INDEX_PREFIX": "archief_",
        "INDEX_SETTINGS": DUTCH_ANALYSIS,
        "URLS": ["https://search.example:9243"],
        "OPTIONS": {"basic_auth": ("elastic", "geheim")},
    }


def test_search_url_password_never_in_message(tmp_path):
    with pytest.raises(config.ConfigError) as raised:
        config.load(env(tmp_path, KRANT_SEARCH_URL="solr://user:hunter2@search:8983"))
    assert "hunter2" not in str(raised.value)


def test_password_never_in_message(tmp_path):
    with pytest.raises(config.ConfigError) as raised:
        config.load(env(tmp_path, KRANT_DATABASE_URL="postgres://user:hunter2@host:5432/"))
    assert "hunter2" not in str(raised.value)


def test_data_dir_that_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(config.ConfigError, match="not a directory"):
        config.load({"KRANT_DATA_DIR": str(target)})


def test_https_base_url_turns_on_secure_cookies_and_hsts(tmp_path):
    """In production (an https address) cookies are secure and HSTS is sent."""
    result = run_krant(
        tmp_path,
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS)",
        KRANT_BASE_URL="https://krant.example",
        KRANT_SECRET_KEY="k" * 50,
    )
    assert result.stdout.strip().splitlines()[-1] == "True True 31536000"


# The command line, run as a user would run it.


def run_krant(tmp_path, *args, **variables):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    environment.update(env(tmp_path, **variables))
    return subprocess.run(
        [sys.executable, "-m", "krant", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )


def assert_one_line_error(result, variable):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"krant: {variable}:")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("KRANT_DATABASE_URL", "oracle://db/x"),
        ("KRANT_DEBUG", "perhaps"),
        ("KRANT_REDIS_URL", "redis://localhost:xx"),
        ("KRANT_SEARCH_URL", "solr://search:8983"),
        ("KRANT_DATA_DRI", "/tmp"),
    ],
)
def test_cli_bad_value_is_one_line(tmp_path, variable, value):
    assert_one_line_error(run_krant(tmp_path, "check", **{variable: value}), variable)


def test_cli_unreachable_postgres_is_one_line(tmp_path):
    """A database that does not answer stops `krant migrate` with one line, not a traceback."""
    result = run_krant(tmp_path, "migrate", KRANT_DATABASE_URL="postgres://postgres@127.0.0.1:1/krant")
    assert_one_line_error(result, "KRANT_DATABASE_URL")


def test_cli_unreachable_redis_is_one_line(tmp_path):
    result = run_krant(
        tmp_path,
        "serve",
        KRANT_REDIS_URL="redis://127.0.0.1:1/0",
        KRANT_SECRET_KEY="k" * 50,
        KRANT_DATABASE_URL=f"sqlite:///{tmp_path}/x.sqlite3",
    )
    assert_one_line_error(result, "KRANT_REDIS_URL")


def test_serve_refuses_without_secret_key(tmp_path):
    """Production (debug off) needs a fixed key shared by all servers."""
    result = run_krant(tmp_path, "serve")
    assert result.returncode != 0
    assert "KRANT_SECRET_KEY: not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_option_is_a_usage_error(tmp_path):
    result = run_krant(tmp_path, "serve", "--bogus")
    assert result.returncode == 2
    assert "unrecognized arguments: --bogus" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_port_is_refused(tmp_path):
    result = run_krant(tmp_path, "serve", "--port", "70000", KRANT_SECRET_KEY="k" * 50)
    assert result.returncode != 0
    assert "--port: 70000" in result.stderr


def test_redis_url_makes_redis_the_shared_cache(tmp_path):
    """With KRANT_REDIS_URL the cache lives in the real Redis, shared by every process."""
    script = (
        "from django.core.cache import cache; import uuid; key = uuid.uuid4().hex; "
        "cache.set(key, 'gedeeld', 30); "
        "import redis; client = redis.Redis.from_url('" + redis_url("config") + "'); "
        "from django.core.cache import caches; "
        "print(type(caches['default']).__name__, cache.get(key), "
        "any(key in k.decode() for k in client.keys('*')))"
    )
    result = run_krant(tmp_path, "shell", "-c", script, KRANT_REDIS_URL=redis_url("config"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "SharedRedisCache gedeeld True"


@pytest.mark.parametrize(
    ("value", "contact"),
    [
        ("", ""),
        ("security@krant.example", "mailto:security@krant.example"),
        ("mailto:security@krant.example", "mailto:security@krant.example"),
        ("https://krant.example/melden/", "https://krant.example/melden/"),
    ],
)
def test_security_contact_becomes_a_uri(tmp_path, value, contact):
    """KRANT_SECURITY_CONTACT is security.txt's Contact: a bare address gets mailto:."""
    assert config.load(env(tmp_path, KRANT_SECURITY_CONTACT=value)).security_contact == contact


def test_purge_urls_are_a_list_of_origins(tmp_path):
    """KRANT_PURGE_URLS: comma-separated Varnish addresses, blanks ignored; none by default."""
    assert config.load(env(tmp_path)).purge_urls == ()
    value = " http://127.0.0.1:6081 , https://cache.krant.example/,"
    expected = ("http://127.0.0.1:6081", "https://cache.krant.example")
    assert config.load(env(tmp_path, KRANT_PURGE_URLS=value)).purge_urls == expected


@pytest.mark.parametrize(
    ("variable", "field"), [("KRANT_RATE_LIMITS", "rate_limits"), ("KRANT_WEATHER_FETCH", "weather_fetch")]
)
def test_switches_are_on_unless_turned_off(tmp_path, variable, field):
    """On by default (also when empty); only an explicit off turns them off; nonsense is refused."""
    assert getattr(config.load(env(tmp_path)), field) is True
    assert getattr(config.load(env(tmp_path, **{variable: ""})), field) is True
    assert getattr(config.load(env(tmp_path, **{variable: "off"})), field) is False
    with pytest.raises(config.ConfigError, match=variable):
        config.load(env(tmp_path, **{variable: "sometimes"}))


def test_live_url_is_an_address_ending_in_live(tmp_path):
    assert config.load(env(tmp_path)).live_url == ""  # the site's own /live/ (settings.LIVE_URL)
    url = "https://live.krant.example/live/"
    assert config.load(env(tmp_path, KRANT_LIVE_URL=url)).live_url == url
