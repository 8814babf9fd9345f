"""Read krant's configuration from KRANT_* environment variables, in one place.

Every variable is documented in README.md. A bad value raises ConfigError, which names the variable and
the problem in one line; the command line prints it without a traceback.
"""

from __future__ import annotations

import base64
import difflib
import os
import re
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url

VARIABLES = {
    "KRANT_DATA_DIR": "where the SQLite file, media, static files and the demo secret live",
    "KRANT_DATABASE_URL": "the database; default SQLite in the data directory",
    "KRANT_DATABASE_REPLICA_URL": "a PostgreSQL read replica for readers' pages; default none",
    "KRANT_DATABASE_POOL_SIZE": "PostgreSQL connections per server process; default its threads",
    "KRANT_REDIS_URL": "Redis for the shared store; default a cache shared by the processes of one machine",
    "KRANT_SECRET_KEY": "Django's secret key; `krant demo` generates one in the data directory",
    "KRANT_ALLOWED_HOSTS": "comma-separated host names the site answers to",
    "KRANT_DEBUG": "Django's debug mode; never on in production",
    "KRANT_BASE_URL": "the public address of the site, used in mails and the admin",
    "KRANT_EMAIL_URL": "where mail goes: smtp://, smtp+tls:// or smtps://; default: files in the data dir",
    "KRANT_EMAIL_FROM": "the sender address of the site's mail",
    "KRANT_SCHEDULER_INTERVAL": "seconds between runs of the publishing scheduler in `krant serve`",
    "KRANT_PROXY_COUNT": "how many proxies (balancer, Varnish, CDN) in front add X-Forwarded-For",
    "KRANT_SEARCH_URL": "OpenSearch or Elasticsearch for search; default the database's own full-text search",
    "KRANT_SECURITY_CONTACT": "where to report vulnerabilities (security.txt): mailto:, https: or an address",
    "KRANT_PURGE_URLS": "comma-separated http(s) addresses of the Varnish servers a publish purges",
    "KRANT_RATE_LIMITS": "off turns every rate limit off, for load benchmarks only; default on",
    "KRANT_WEATHER_FETCH": "off: the scheduler fetches no forecasts or warnings (tests, offline machines); "
    "default on",
    "KRANT_LIVE_URL": "the live channel's stream as browsers reach it (an http(s) address ending in /live/); "
    "default /live/ on the site's own address, where a proxy in front sends it to the live process",
    "KRANT_VAPID_PRIVATE_KEY": "the Web Push (VAPID) private key, 32 bytes in base64url; default a key "
    "generated once in the data directory",
    "KRANT_PUSH_APP_ADAPTER": "dotted path of the class that sends push alerts to apps (FCM, APNs); "
    "default none: app device tokens are kept but not sent to",
    "KRANT_FOOTBALL_DATA_TOKEN": "the key for football-data.org's API (v4), for the Scorebord's feeds; "
    "default none (feeds are asked without a key)",
    "KRANT_AD_SERVER_URL": "the ad server's script (https://...), loaded only for readers who allow "
    "advertising; default none: only the newsroom's own house ads",
    "KRANT_KNMI_API_KEY": "the key for KNMI's Open Data API, for the official weather warnings; "
    "secret; default none: no warnings are fetched",
}

# Threads per `krant serve` worker process (granian's blocking threads: more requests wait in granian's
# queue, not in Python); each may hold one database connection, so it is also the default size of a
# worker's PostgreSQL pool. Measured with wrk (docs/decisions/2026-12-05-page-cache.md): more
# threads add no render throughput under the GIL but stretch p99 (32: renders at 1.2 s p50 with timeouts,
# cache hits at 50 ms p99; 4: hits at a few ms p99).
BLOCKING_THREADS = 4
# Open connections a worker takes at once (granian's backpressure), idle keep-alive ones included: a browser
# keeps up to six open, so this many readers' connections, not threads.
CONNECTIONS_PER_WORKER = 512
# How long a request waits for a database connection before it is answered 503 (busy) instead.
POOL_TIMEOUT_SECONDS = 5
SECRET_KEY_FILE = "secret_key"  # noqa: S105 - a file name
DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql"}
REDIS_SCHEMES = {"redis", "rediss", "unix"}
EMAIL_SCHEMES = {"smtp", "smtp+tls", "smtps"}
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
# KRANT_SEARCH_URL schemes and Wagtail's backend for each; without a version, the newest client.
SEARCH_SCHEMES = {
    "opensearch": "wagtail.search.backends.opensearch3",
    "opensearch3": "wagtail.search.backends.opensearch3",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "elasticsearch": "wagtail.search.backends.elasticsearch9",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
}
SEARCH_INDEX_PREFIX = re.compile(r"[a-z0-9][a-z0-9_-]{0,40}")


class ConfigError(Exception):
    """A configuration variable holds a value krant cannot use."""

    def __init__(self, variable: str, problem: str):
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database: dict
    replica: dict | None  # a read replica (krant.core.databases), PostgreSQL only
    pool_size: int  # PostgreSQL connections per server worker (krant.core.databases.use_pool)
    redis_url: str | None
    secret_key: str
    secret_key_source: str  # "environment", "data directory" or "none" (a per-process key)
    allowed_hosts: list[str]
    debug: bool
    base_url: str
    email: dict
    email_from: str
    scheduler_interval: int
    proxy_count: int
    search: dict  # WAGTAILSEARCH_BACKENDS["default"]
    security_contact: str = ""  # a URI for security.txt's Contact; "" means the site's contact page
    purge_urls: tuple[str, ...] = ()  # Varnish servers to send `PURGE /` with xkey-purge to
    # Off only for benchmarks, whose hundreds of members all post from 127.0.0.1 (bench/community.py).
    rate_limits: bool = True
    live_url: str = ""  # "": the site's own /live/ (krant.live), or the live process's port without a proxy
    vapid_private_key: str = ""  # "": krant.push.keys keeps one in the data directory
    push_app_adapter: str = ""  # "": app tokens are kept, not sent to (krant.push.adapters)
    knmi_api_key: str = ""  # "": no weather warnings fetched (krant.weather.services)
    weather_fetch: bool = True
    football_data_token: str = ""  # "": the Scorebord's feeds are asked without a key (krant.scores)
    ad_server_url: str = ""  # "": house ads only (krant.ads)


def keep_postgresql_driver_out() -> None:
    """Make psycopg unimportable in this process when every database it uses is SQLite.

    DRF imports django.contrib.postgres, and with it psycopg, libpq and their SSL libraries, whenever they
    are installed: 7 MiB in every server worker that never talks to PostgreSQL
    (docs/decisions/2026-12-05-memory.md). Called before Django sets up; an import of psycopg then fails as
    if it were not installed. A process that has imported it already (a test run) keeps it.
    """
    loaded = load()
    databases = [loaded.database, *([loaded.replica] if loaded.replica else [])]
    if all(database["ENGINE"].endswith("sqlite3") for database in databases):
        sys.modules.setdefault("psycopg", None)


def load(environ: os._Environ | dict | None = None) -> Config:
    """Return the configuration read from `environ`, or raise ConfigError for the first bad value."""
    env = os.environ if environ is None else environ
    check_unknown(env)
    data_dir = parse_data_dir(env.get("KRANT_DATA_DIR", ""))
    secret_key, source = parse_secret_key(env.get("KRANT_SECRET_KEY"), data_dir)
    pool_size = parse_int(
        "KRANT_DATABASE_POOL_SIZE", env.get("KRANT_DATABASE_POOL_SIZE", ""), default=BLOCKING_THREADS
    )
    database = parse_database(env.get("KRANT_DATABASE_URL", ""), data_dir)
    return Config(
        data_dir=data_dir,
        database=database,
        replica=parse_replica(env.get("KRANT_DATABASE_REPLICA_URL", ""), database),
        pool_size=pool_size,
        redis_url=parse_redis(env.get("KRANT_REDIS_URL", "")),
        secret_key=secret_key,
        secret_key_source=source,
        allowed_hosts=parse_hosts(env.get("KRANT_ALLOWED_HOSTS", "")),
        debug=parse_bool("KRANT_DEBUG", env.get("KRANT_DEBUG", "")),
        base_url=parse_base_url(env.get("KRANT_BASE_URL", "")),
        email=parse_email(env.get("KRANT_EMAIL_URL", ""), data_dir),
        email_from=env.get("KRANT_EMAIL_FROM", "").strip() or "redactie@krant.invalid",
        scheduler_interval=parse_int(
            "KRANT_SCHEDULER_INTERVAL", env.get("KRANT_SCHEDULER_INTERVAL", ""), default=30
        ),
        proxy_count=parse_int("KRANT_PROXY_COUNT", env.get("KRANT_PROXY_COUNT", ""), default=0, minimum=0),
        search=parse_search(env.get("KRANT_SEARCH_URL", ""), database),
        security_contact=parse_security_contact(env.get("KRANT_SECURITY_CONTACT", "")),
        purge_urls=parse_purge_urls(env.get("KRANT_PURGE_URLS", "")),
        rate_limits=parse_bool("KRANT_RATE_LIMITS", env.get("KRANT_RATE_LIMITS", "on") or "on"),
        weather_fetch=parse_bool("KRANT_WEATHER_FETCH", env.get("KRANT_WEATHER_FETCH", "on") or "on"),
        live_url=parse_live_url(env.get("KRANT_LIVE_URL", "")),
        vapid_private_key=parse_vapid_key(env.get("KRANT_VAPID_PRIVATE_KEY", "")),
        push_app_adapter=parse_dotted_path("KRANT_PUSH_APP_ADAPTER", env.get("KRANT_PUSH_APP_ADAPTER", "")),
        knmi_api_key=env.get("KRANT_KNMI_API_KEY", "").strip(),
        football_data_token=env.get("KRANT_FOOTBALL_DATA_TOKEN", "").strip(),
        ad_server_url=parse_ad_server_url(env.get("KRANT_AD_SERVER_URL", "")),
    )


def check_unknown(env) -> None:
    """Stop on a KRANT_* variable we do not know: a typo would otherwise be silently ignored."""
    for name in sorted(env):
        if name.startswith("KRANT_") and name not in VARIABLES:
            close = difflib.get_close_matches(name, VARIABLES, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ConfigError(name, f"unknown setting{hint}; see README.md for the list")


def parse_data_dir(value: str) -> Path:
    if value.strip():
        path = Path(value).expanduser()
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(xdg) / "krant"
    path = path.resolve()
    if path.exists() and not path.is_dir():
        raise ConfigError("KRANT_DATA_DIR", f"{path} exists and is not a directory")
    return path


def parse_database(value: str, data_dir: Path, variable: str = "KRANT_DATABASE_URL") -> dict:
    if not value.strip():
        return sqlite_database(data_dir / "krant.sqlite3")
    scheme = urlsplit(value).scheme
    if scheme not in DATABASE_SCHEMES:
        raise ConfigError(
            variable,
            f"unsupported scheme {scheme!r} in {redact(value)}; use postgres://... or sqlite:///PATH",
        )
    try:
        parsed = dj_database_url.parse(value)
    except ValueError as error:
        raise ConfigError(variable, f"cannot parse {redact(value)}: {error}") from None
    if scheme == "sqlite":
        if not parsed["NAME"] or parsed["NAME"] == ":memory:":
            raise ConfigError(variable, "sqlite needs a file path: sqlite:////abs/path.db")
        return sqlite_database(Path(parsed["NAME"]))
    if not parsed.get("NAME"):
        raise ConfigError(variable, f"no database name in {redact(value)}")
    return postgresql_database(parsed)


def postgresql_database(parsed: dict) -> dict:
    """Return Django's settings for PostgreSQL: one checked connection per thread, renewed each minute.

    Server workers replace this by a bounded pool (krant.core.databases.use_pool).
    """
    parsed["CONN_MAX_AGE"] = 60
    parsed["CONN_HEALTH_CHECKS"] = True
    # No JIT: at a million articles the planner's cost estimates pass jit_above_cost for listing queries
    # that read a few thousand index entries, and compiling them took longer (about 200 ms) than running them.
    parsed["OPTIONS"] = {
        **parsed.get("OPTIONS", {}),
        "connect_timeout": POOL_TIMEOUT_SECONDS,
        "options": "-c jit=off",
    }
    return parsed


def parse_replica(value: str, database: dict) -> dict | None:
    """Return the settings of the read replica, or None; it needs PostgreSQL, as the primary does."""
    if not value.strip():
        return None
    variable = "KRANT_DATABASE_REPLICA_URL"
    if urlsplit(value).scheme not in DATABASE_SCHEMES - {"sqlite"}:
        raise ConfigError(variable, f"expected postgres://USER:PASSWORD@HOST:PORT/NAME, got {redact(value)}")
    if database["ENGINE"].endswith("sqlite3"):
        raise ConfigError(variable, "a read replica needs KRANT_DATABASE_URL to be PostgreSQL too")
    replica = parse_database(value, Path(), variable)
    # Tests run on the primary's test database: a replica is a copy of it, not a database of its own.
    replica["TEST"] = {"MIRROR": "default"}
    return replica


def sqlite_database(path: Path) -> dict:
    # WAL lets readers work while one writer writes; IMMEDIATE avoids "database is locked" upgrades
    # when several server workers write at once.
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
        # A file, not memory, so that a test can start a real `krant serve` on the test database.
        "TEST": {"NAME": str(path.with_name(f"{path.stem}-test.sqlite3"))},
    }


def parse_redis(value: str) -> str | None:
    if not value.strip():
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in REDIS_SCHEMES or not (parts.hostname or parts.path):
        raise ConfigError("KRANT_REDIS_URL", f"cannot use {redact(value)}; expected redis://HOST:PORT/DB")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ConfigError("KRANT_REDIS_URL", f"bad port in {redact(value)}") from None
    return value.strip()


def parse_secret_key(value: str | None, data_dir: Path) -> tuple[str, str]:
    if value is not None:
        if len(value.strip()) < 32:
            raise ConfigError("KRANT_SECRET_KEY", "too short; use at least 32 random characters")
        return value.strip(), "environment"
    stored = data_dir / SECRET_KEY_FILE
    if stored.is_file():
        return stored.read_text().strip(), "data directory"
    # Commands that sign nothing (migrate, tests) still need a key; `krant serve` refuses this one.
    return secrets.token_urlsafe(50), "none"


def parse_vapid_key(value: str) -> str:
    """Return a VAPID private key in the raw base64url form every Web Push tool prints, or ""."""
    value = value.strip()
    if not value:
        return ""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except ValueError:
        raw = b""
    if len(raw) != 32 or not re.fullmatch(r"[A-Za-z0-9_-]+=*", value):
        raise ConfigError(
            "KRANT_VAPID_PRIVATE_KEY", "not a P-256 private key: expected 32 bytes in base64url"
        )
    return value


def parse_dotted_path(variable: str, value: str) -> str:
    value = value.strip()
    if value and not re.fullmatch(r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+", value):
        raise ConfigError(variable, f"not a dotted Python path: {value!r}")
    return value


def parse_hosts(value: str) -> list[str]:
    hosts = [host.strip() for host in value.split(",") if host.strip()]
    return hosts or ["localhost", "127.0.0.1", "[::1]"]


def parse_bool(variable: str, value: str) -> bool:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConfigError(variable, f"expected on or off (1/0, true/false, yes/no), got {value!r}")


def parse_int(variable: str, value: str, default: int, minimum: int = 1) -> int:
    if not value.strip():
        return default
    try:
        number = int(value)
    except ValueError:
        raise ConfigError(variable, f"expected a whole number, got {value!r}") from None
    if number < minimum:
        raise ConfigError(variable, f"must be at least {minimum}, got {number}")
    return number


def parse_base_url(value: str) -> str:
    if not value.strip():
        return "http://127.0.0.1:8000"
    parts = urlsplit(value.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigError("KRANT_BASE_URL", f"expected http(s)://HOST, got {value!r}")
    return value.strip().rstrip("/")


def parse_live_url(value: str) -> str:
    """Return the live channel's address for browsers: http(s)://HOST[:PORT]/live/, or "" (unset)."""
    value = value.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path != "/live/" or parts.query:
        raise ConfigError("KRANT_LIVE_URL", f"{value!r} is not an http(s) address ending in /live/")
    return value


LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


def parse_ad_server_url(value: str) -> str:
    """Return the ad server's script address: https://HOST/PATH (plain http only on this machine), or ""."""
    value = value.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    secure = parts.scheme == "https" or parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
    if not secure or not parts.hostname or parts.username or parts.password or parts.fragment:
        raise ConfigError("KRANT_AD_SERVER_URL", f"expected an https:// address of a script, got {value!r}")
    return value


def parse_purge_urls(value: str) -> tuple[str, ...]:
    """Return the Varnish addresses to purge: http(s)://HOST[:PORT], comma-separated."""
    urls = []
    for part in (part.strip() for part in value.split(",")):
        if not part:
            continue
        parts = urlsplit(part)
        try:
            port_ok = parts.port is None or parts.port > 0
        except ValueError:
            port_ok = False
        if parts.scheme not in {"http", "https"} or not parts.hostname or not port_ok:
            raise ConfigError("KRANT_PURGE_URLS", f"expected http(s)://HOST[:PORT], got {part!r}")
        urls.append(f"{parts.scheme}://{parts.netloc}")
    return tuple(urls)


def parse_security_contact(value: str) -> str:
    """Return a Contact URI for security.txt (RFC 9116); a bare e-mail address gets mailto:."""
    value = value.strip()
    if not value:
        return ""
    if re.fullmatch(r"[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+", value):
        return f"mailto:{value}"
    parts = urlsplit(value)
    if parts.scheme in {"mailto", "tel"} and parts.path or parts.scheme == "https" and parts.hostname:
        return value
    raise ConfigError(
        "KRANT_SECURITY_CONTACT",
        f"expected an e-mail address, mailto:, tel: or an https:// URL, got {value!r}",
    )


def parse_email(value: str, data_dir: Path) -> dict:
    if not value.strip():
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(data_dir / "mail"),
        }
    parts = urlsplit(value.strip())
    if parts.scheme not in EMAIL_SCHEMES or not parts.hostname:
        raise ConfigError(
            "KRANT_EMAIL_URL",
            f"cannot use {redact(value)}; expected smtp://USER:PASSWORD@HOST:PORT",
        )
    try:
        port = parts.port
    except ValueError:
        raise ConfigError("KRANT_EMAIL_URL", f"bad port in {redact(value)}") from None
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": port or (465 if parts.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": parts.scheme == "smtp+tls",
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        "EMAIL_TIMEOUT": 10,
    }


def parse_search(value: str, database: dict) -> dict:
    """Return Wagtail's search backend settings: the database's own full-text search, or a search server.

    SQLite gets krant's backend with a Dutch stemmer (docs/decisions/2026-11-29-search.md), PostgreSQL
    Wagtail's own with its Dutch text search configuration. KRANT_SEARCH_URL names a server instead:
    opensearch://HOST:9200, elasticsearch://USER:PASSWORD@HOST:9200/PREFIX, `+https` for TLS
    (opensearch+https://...), a version to pick an older client (opensearch2://, elasticsearch8://).
    """
    if not value.strip():
        if database["ENGINE"].endswith("sqlite3"):
            return {"BACKEND": "krant.search.backends"}
        return {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
    parts = urlsplit(value.strip())
    scheme, _plus, transport = parts.scheme.partition("+")
    if scheme not in SEARCH_SCHEMES or transport not in ("", "http", "https"):
        raise ConfigError(
            "KRANT_SEARCH_URL",
            f"cannot use {redact(value)}; expected opensearch://HOST:9200 or elasticsearch://HOST:9200",
        )
    try:
        port = parts.port
    except ValueError:
        raise ConfigError("KRANT_SEARCH_URL", f"bad port in {redact(value)}") from None
    if not parts.hostname:
        raise ConfigError("KRANT_SEARCH_URL", f"no host in {redact(value)}")
    prefix = parts.path.strip("/") or "krant"
    if not SEARCH_INDEX_PREFIX.fullmatch(prefix):
        raise ConfigError(
            "KRANT_SEARCH_URL", f"index prefix {prefix!r} may hold only a-z, 0-9, - and _ (up to 41)"
        )
    tls = transport == "https"
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    search = {
        "BACKEND": SEARCH_SCHEMES[scheme],
        "INDEX_PREFIX": f"{prefix}_",
        # The server analyses every text field (and the query) with its Dutch analyzer: stemming and
        # stop words, like PostgreSQL's 'dutch' configuration.
        "INDEX_SETTINGS": {"settings": {"analysis": {"analyzer": {"default": {"type": "dutch"}}}}},
    }
    if scheme.startswith("opensearch"):
        # Wagtail's OpenSearch backend would pass credentials from a URL on still percent-encoded.
        search["HOSTS"] = [
            {
                "host": parts.hostname,
                "port": port or 9200,
                "use_ssl": tls,
                "verify_certs": tls,
                "http_auth": (user, password) if user else None,
            }
        ]
    else:
        host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
        search["URLS"] = [f"{'https' if tls else 'http'}://{host}:{port or 9200}"]
        if user:
            search["OPTIONS"] = {"basic_auth": (user, password)}
    return search


def redact(url: str) -> str:
    """Return `url` without its password, so that an error message never leaks it."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


def ensure_secret_key_file(data_dir: Path) -> Path:
    """Create the demo's secret key in the data directory unless it is there; return its path."""
    path = data_dir / SECRET_KEY_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_urlsafe(50))
    except OSError as error:
        raise ConfigError("KRANT_DATA_DIR", f"cannot write {path}: {error.strerror}") from None
    return path


def ensure_data_dir(value: str) -> Path:
    """Return the data directory named by KRANT_DATA_DIR, created if missing."""
    path = parse_data_dir(value)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError("KRANT_DATA_DIR", f"cannot create {path}: {error.strerror}") from None
    return path
