"""A schema-based fuzzer (schemathesis) against the live API: no server error, nothing off-schema.

The app runs in pytest-django's live server (a real HTTP server in a thread of this process); schemathesis
reads /api/v1/openapi.json from it and runs as `schemathesis run` would: examples, coverage (boundary and
invalid values of every parameter), fuzzing and stateful phases over every operation, with all its checks:
never a 5xx, status codes, content types, headers and bodies as the schema says, invalid input refused
with a 4xx, undeclared methods answered 405 with Allow. A fixed seed and few examples per operation make a
run the same every time and short.
"""

import pytest
import schemathesis
from knox.models import AuthToken
from schemathesis.engine import Status, events

from krant.api import tokens
from krant.community import limits
from krant.news.models import SectionTopStory
from tests.api.conftest import with_comments
from tests.community.conftest import make_member
from tests.factories import make_reads, publish

MEMBER_EMAIL = "app@voorbeeld.nl"


def member():
    return make_member(MEMBER_EMAIL, "Lezer met een app")


pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MAX_EXAMPLES = 10  # per operation in the fuzzing phase; about 800 requests in all


@pytest.fixture
def live_api(live_server, settings, story, monkeypatch):
    """The live server with content and a thread behind it, and rate limits the fuzzer never reaches."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000000/minute"},
    }
    settings.AXES_FAILURE_LIMIT = 1_000_000
    for name in ("COMMENT", "RESPECT", "REPORT", "DELETE", "LOGIN"):
        monkeypatch.setattr(limits, name, [(f"fuzz-{name}", "1000000/m", "ip")])
    make_reads(story.article, 12)
    story.tree.economie.top_stories = [SectionTopStory(article=story.other)]
    publish(story.tree.economie)
    story.comment = with_comments(story.article)
    return live_server.url


# Parameters whose every valid value no schema can list: a cursor is a position only when this API wrote it
# (its format is declared, its content is opaque), and a search needs a word to look for (not only -word)
# and a range that does not end before it starts. A 400 naming only these is right for a schema-valid request.
OPAQUE = {"cursor"}
SEARCH_RULES = {"q", "until"}


# A member's write the schema allows may still break a community rule: 403 (own comment, someone else's,
# a closed thread), 409 (twice), 400 with the rule's code (an empty text).
WRITE_REFUSALS = {403, 409}


def key_revoked(response) -> bool:
    """Whether a 401 is right: the fuzzer itself revoked the member's key (DELETE /auth/token/)."""
    return response.status_code == 401 and not AuthToken.objects.filter(user__email=MEMBER_EMAIL).exists()


@schemathesis.check
def schema_valid_requests_are_accepted(ctx, response, case):
    """Like schemathesis' positive_data_acceptance: a request the schema allows is answered 2xx or 3xx,
    or 404/410 when what it names does not exist (section=12345); a 400 only for OPAQUE and SEARCH_RULES;
    writes also as WRITE_REFUSALS says."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code < 400:
        return None
    if response.status_code in (404, 410) or key_revoked(response):
        return None
    if case.method.upper() != "GET":
        error = response.json()["error"]
        if response.status_code in WRITE_REFUSALS or (
            response.status_code == 400 and error["code"] != "invalid_parameter"
        ):
            return None
    if response.status_code == 400:
        allowed = OPAQUE | (SEARCH_RULES if case.operation.path.endswith("/search/") else set())
        fields = set(response.json()["error"].get("fields") or {"?": None})
        if fields <= allowed:
            return None
    raise AssertionError(f"Schema-valid request rejected: {response.status_code} {response.text[:300]}")


def failures_of(event) -> list[str]:
    """Return what went wrong in one engine event, as lines a developer can act on."""
    if isinstance(event, events.ScenarioFinished) and event.status in (Status.FAILURE, Status.ERROR):
        lines = []
        for case_id, checks in event.recorder.checks.items():
            interaction = event.recorder.interactions.get(case_id)
            request = interaction.request if interaction else None
            for check in checks:
                if check.status == Status.FAILURE:
                    sent = f"{request.method} {request.uri}" if request else "?"
                    lines.append(
                        f"{event.recorder.label}: {check.name} on {sent}: {check.failure_info.failure}"
                    )
        return lines or [f"{event.recorder.label}: {event.status}"]
    if isinstance(event, events.NonFatalError):
        return [f"{event.label}: {event.value!r}"]
    if isinstance(event, events.FatalError):
        return [f"fatal: {event.exception!r}"]
    return []


def test_api_survives_the_fuzzer(live_api):
    """Every operation, fed generated valid and invalid requests, answers as its schema says."""
    config = schemathesis.Config.from_dict(
        {
            "base-url": live_api,
            # One request per connection: the test server's thread for a kept-alive connection would hold
            # a database session open past the end of the test run. A member's key on every request, so
            # the writes are exercised past the login.
            "headers": {"Connection": "close", "Authorization": f"Token {tokens.issue(member()).key}"},
            "seed": 20261129,
            "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
            # schema_valid_requests_are_accepted (above) in place of the built-in, which allows no 400.
            "checks": {"positive_data_acceptance": {"enabled": False}},
        }
    )
    schema = schemathesis.openapi.from_url(f"{live_api}/api/v1/openapi.json", config=config)
    problems, finished, scenarios = [], None, 0
    for event in schemathesis.engine.from_schema(schema).execute():
        problems += failures_of(event)
        scenarios += isinstance(event, events.ScenarioFinished)
        if isinstance(event, events.EngineFinished):
            finished = event
    assert not problems, "\n".join(problems)
    assert finished is not None and finished.stop_reason == "completed"
    assert scenarios >= len(schema.raw_schema["paths"])  # every operation was exercised
