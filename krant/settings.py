"""Django settings for krant. Every value that differs between machines comes from krant.config."""

from datetime import timedelta
from pathlib import Path

from krant import config as krant_config
from krant.core.csp import READER_POLICY
from krant.core.proxy import secure_proxy_ssl_header

CONFIG = krant_config.load()
BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = CONFIG.data_dir

SECRET_KEY = CONFIG.secret_key
DEBUG = CONFIG.debug
ALLOWED_HOSTS = CONFIG.allowed_hosts
BASE_URL = CONFIG.base_url
HTTPS = BASE_URL.startswith("https://")

INSTALLED_APPS = [
    "krant.core",
    "krant.news",
    "krant.authors",
    "krant.feeds",
    "krant.search",
    "krant.api",
    "krant.newsletters",
    "krant.push",
    "krant.ingest",
    "krant.othermedia",
    "krant.tvguide",
    "krant.video",
    "krant.podcasts",
    "krant.demo",
    "krant.live",
    "krant.liveblogs",
    "krant.factcheck",
    "krant.banner",
    "krant.ads",
    "krant.weather",
    "krant.scores",
    "krant.games",
    "krant.shop",
    "krant.woord",
    "krant.predictions",
    "krant.community",  # before allauth: its templates replace allauth's with the site's own
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "knox",  # members' app access, keys stored as digests (krant.api.tokens)
    "corsheaders",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.sitemaps",
    "axes",
    "allauth",
    "allauth.account",
]

MIDDLEWARE = [
    "krant.core.health.HealthCheckMiddleware",  # first: a probe needs no session, host check or cache
    "krant.core.urlconf.ReaderURLConfMiddleware",  # before anything that resolves
    "krant.core.proxy.ClientAddressMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # before anything that may answer: a preflight gets its headers
    "krant.core.compression.PublicGZipMiddleware",  # outside ConditionalGet: the ETag is of the plain body
    "krant.core.pagecache.PageCacheMiddleware",  # sees the final public response with its ETag, never a 304
    "django.middleware.http.ConditionalGetMiddleware",
    "krant.community.middleware.CommentCounts",  # teasers' comment counts, before the ETag is taken
    "django.middleware.security.SecurityMiddleware",
    "krant.core.csp.KrantCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "krant.core.cache.ReaderCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "krant.core.consent.VaryOnConsentMiddleware",
    "krant.core.i18n.PathLanguageMiddleware",
    "krant.core.uploads.RefuseUploadsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "krant.community.middleware.AccountCookieMiddleware",  # marks staff, whose pages are private
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "krant.core.routing.SiteMiddleware",  # the Wagtail site without a query; before anything that asks
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

# The page cache (krant.core.pagecache): public responses that name their content, purged exactly.
PAGE_CACHE = True

ROOT_URLCONF = "krant.urls"
WSGI_APPLICATION = "krant.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "krant.core.consent.context_processor",
            ],
        },
    },
]

# Where browsers open the live channel's stream; `krant serve` without a proxy in front points it at its live
# process's own port (krant.live).
LIVE_URL = CONFIG.live_url or "/live/"
AD_SERVER_URL = CONFIG.ad_server_url  # "": house ads only (krant.ads)
# Push alerts (krant.push): the VAPID key ("" = the one kept in DATA_DIR), the apps' sender ("" = none), and
# http or private-network push endpoints, which only tests with a push service on this machine allow.
PUSH_VAPID_PRIVATE_KEY = CONFIG.vapid_private_key
PUSH_APP_ADAPTER = CONFIG.push_app_adapter
WEATHER_KNMI_API_KEY = CONFIG.knmi_api_key
FOOTBALL_DATA_TOKEN = CONFIG.football_data_token  # football-data.org's key for the Scorebord's feeds
WEATHER_FETCH = CONFIG.weather_fetch  # the scheduler fetches forecasts and warnings (KRANT_WEATHER_FETCH)
PUSH_LOCAL_ENDPOINTS = False

DATABASES = {"default": CONFIG.database}
if CONFIG.replica:
    # Readers' pages read from the replica, everything else from the primary (krant.core.databases).
    DATABASES["replica"] = CONFIG.replica
    DATABASE_ROUTERS = ["krant.core.databases.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# "default" is the store every process shares: the web workers, the scheduler and the newsletter worker read
# and write the same cache versions, purges and rate limits there. Redis across machines; on one machine
# without Redis, a SQLite-backed cache in the data directory (diskcache), atomic and safe across processes.
# "local" is this process's own memory, only for what may be stale or is keyed by an immutable version.
if CONFIG.redis_url:
    SHARED_CACHE = {
        "BACKEND": "krant.core.shared_store.SharedRedisCache",
        "LOCATION": CONFIG.redis_url,
        "KEY_PREFIX": "krant",
    }
else:
    SHARED_CACHE = {
        "BACKEND": "krant.core.shared_store.SharedDiskCache",
        "LOCATION": str(DATA_DIR / "cache"),
        "SHARDS": 4,  # writers lock one shard's file at a time
        "DATABASE_TIMEOUT": 1.0,  # a busy shard makes a write wait, never drop (reads give up: a miss)
        # SQLite's own reads, not diskcache's default of mapping 64 MiB of each shard into every
        # connection: mapped pages count in each worker's memory for every connection that read them,
        # and grew with the store; reads from the OS's page cache cost a few microseconds more.
        "OPTIONS": {"size_limit": 2**30, "sqlite_mmap_size": 0, "sqlite_cache_size": 128},
    }
CACHES = {
    "default": SHARED_CACHE,
    "local": {
        "BACKEND": "krant.core.local_cache.BoundedLocMemCache",
        "LOCATION": "krant-local",
        "TIMEOUT": 24 * 3600,  # fragments are keyed by immutable versions: an entry is unused, never stale
        # Entries of 0.1-30 KiB; the least recently used go first past either bound (the memory note).
        "OPTIONS": {"MAX_ENTRIES": 5000, "MAX_BYTES": 4 * 2**20},
    },
}

# Background tasks (django-tasks). Wagtail queues its own (search and reference index) on "default": those
# run at once, in the request, so publishing needs no worker. Newsletters are sent by a worker that
# `krant serve` starts (`krant send_newsletters`): from the database, or from RQ on Redis when there is one.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "newsletters": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["newsletters"]},
    # Uploaded clips are encoded by `krant process_videos`: minutes of work that no request waits for.
    "video": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["video"]},
}
if CONFIG.redis_url:
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS["newsletters"] = {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["newsletters"]}
    TASKS["video"] = {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["video"]}
    RQ_QUEUES = {"newsletters": {"URL": CONFIG.redis_url}, "video": {"URL": CONFIG.redis_url}}

AUTHENTICATION_BACKENDS = [
    "krant.core.login_limits.LoginLimitBackend",  # first: a locked-out account or address goes no further
    "django.contrib.auth.backends.ModelBackend",  # the admin's login, by username
    "allauth.account.auth_backends.AuthenticationBackend",  # the community's login, by email address
]
# Admin logins (django-axes): five wrong passwords lock the account, and separately the address, for a
# quarter of an hour, the right password included. Failures are kept in the database, so every server
# process and machine sees them. Reset mails are limited in krant.core.login_limits.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "krant.core.login_limits.client_address"
AXES_LOCKOUT_CALLABLE = "krant.core.login_limits.locked_out"
# The account is the admin's username or the community's email address, as the login form sent it.
AXES_USERNAME_CALLABLE = "krant.core.login_limits.account_of"

# Passwords: Argon2 for every new or changed password; older hashes still verify and are rehashed with
# Argon2 at the next login (Django does that for any hasher after the first).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Community accounts (django-allauth, krant.community): login by email address, which must be verified
# first; addresses under /community/ (krant.community.urls). Its own rate limits are off: the community's
# forms count per address with django-ratelimit like every other form (krant.community.limits), and
# wrong passwords lock out through axes, as in the admin.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAIL_FRONTEND_LOGIN_URL = "/community/inloggen/"
ACCOUNT_ADAPTER = "krant.community.adapter.AccountAdapter"  # lands members on their language's front page
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True  # one address; a new one replaces it once verified
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # a mail scanner opening the link must not confirm: a button does
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = None  # the member chooses 'ingelogd blijven'
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_RATE_LIMITS = False
# A field people never see (hidden by the template); a program filling every field is told its mail is on
# the way, and nothing is stored.
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_FORMS = {"signup": "krant.community.forms.SignupForm"}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch at /..., English at /en/..., whatever the browser asks (krant.core.i18n), so each address
# is one cacheable variant; the admin follows each editor's own language preference.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]  # each in its own language, for the switch
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
# The moderation model's versions (krant.community.classifier); the database records the active one.
MODERATION_MODEL_DIR = DATA_DIR / "moderation"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "krant.core.storage.StaticStorage"},
}
WHITENOISE_MAX_AGE = 3600

EMAIL_BACKEND = CONFIG.email["EMAIL_BACKEND"]
globals().update({key: value for key, value in CONFIG.email.items() if key != "EMAIL_BACKEND"})
DEFAULT_FROM_EMAIL = SERVER_EMAIL = CONFIG.email_from

# Security: Django's protections stay on; over HTTPS the cookies are secure and HSTS is sent.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS and not DEBUG else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_PROXY_SSL_HEADER = secure_proxy_ssl_header(CONFIG.proxy_count)  # only proxies we count may set it
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
# Strict for reader pages, Wagtail's admin gets its own (krant.core.csp).
CONTENT_SECURITY_POLICY = {"DIRECTIVES": READER_POLICY}
CSRF_TRUSTED_ORIGINS = [BASE_URL]
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Video uploads (krant.video): the largest file an editor may upload, and the longest clip processed.
VIDEO_MAX_UPLOAD_BYTES = 500 * 1_000_000  # tests override it
VIDEO_MAX_SECONDS = 30 * 60

RATELIMIT_VIEW = "krant.core.views.rate_limited"
RATELIMIT_USE_CACHE = "default"
# Every limit of krant.core.views.over_limit (forms, community, API) is django-ratelimit's: one switch.
RATELIMIT_ENABLE = CONFIG.rate_limits
# django-ratelimit names only memcached and django-redis; Django's Redis and diskcache count atomically too.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "skip_not_found": {"()": "krant.core.logs.SkipNotFound"},
        "without_traceback": {"()": "krant.core.logs.WithoutTraceback"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "krant": {"level": "INFO"},
        "django.request": {"filters": ["skip_not_found"]},
        "django.security.DisallowedHost": {"filters": ["without_traceback"]},
    },
}

# The app API at /api/v1/ (krant.api): JSON, the same for every client, throttled per address; members write
# comments with a key (krant.api.tokens), read from the Authorization header only, never from cookies.
# A member's app key works for 90 days after its last use (the expiry moves at most once an hour: one write).
REST_KNOX = {
    "TOKEN_TTL": timedelta(days=90),
    "AUTO_REFRESH": True,
    "MIN_REFRESH_INTERVAL": 3600,
}

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["krant.api.throttling.AnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "120/minute"},
    "NUM_PROXIES": 0,  # REMOTE_ADDR is the reader's address already (krant.core.proxy, KRANT_PROXY_COUNT)
    "EXCEPTION_HANDLER": "krant.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_METADATA_CLASS": None,
    "URL_FORMAT_OVERRIDE": None,
}
# Apps on other sites may read the API from a browser (django-cors-headers, only under /api/v1/). Read-only
# and without cookies, so any origin is allowed and credentials never are.
CORS_URLS_REGEX = r"^/api/v1/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match", "if-modified-since"]  # no credentials
CORS_EXPOSE_HEADERS = ["ETag", "Link", "Retry-After"]
SPECTACULAR_SETTINGS = {
    "TITLE": "krant API",
    "DESCRIPTION": (
        "JSON for apps and partners: the front page, sections, articles, most read, dossiers, authors, "
        "search and the community's comments. Lists page with an opaque cursor: follow `next` until it is "
        "null. Responses may be cached for a minute and carry an ETag. Errors are JSON: "
        '{"error": {"status", "code", "message", "fields"}}. Anonymous clients are limited per address. '
        "Members post, reply, give respect, report and delete their own comments with their key "
        "(`Authorization: Token <key>`, from POST /auth/token/ or their community settings); those writes "
        "are limited per account and per address."
    ),
    "VERSION": "1",
    "SERVERS": [{"url": BASE_URL}],
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["krant.api.schema.only_this_api"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums"],
    "ENUM_GENERATE_CHOICE_DESCRIPTION": False,
}

WAGTAIL_SITE_NAME = "krant"
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "core.KrantImage"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp", "bmp": "webp", "webp": "webp"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Follows the database (SQLite with a Dutch stemmer, PostgreSQL's 'dutch') unless KRANT_SEARCH_URL names
# an OpenSearch or Elasticsearch server; see krant.config.parse_search.
WAGTAILSEARCH_BACKENDS = {"default": CONFIG.search}
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = [("nl", "Nederlands")]
# No autosave: it would turn an article an editor opened and abandoned into a draft without a word.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# No avatars from Gravatar: a third party would learn who works in the admin (and over plain http).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
