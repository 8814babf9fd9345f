import pytest

from krant.core.roles import DESK, REPORTER
from tests.factories import make_liveblog, make_user
from tests.push.conftest import push_service, vapid_key  # noqa: F401 - the push tests' own push service


@pytest.fixture
def liveblog(tree):
    return make_liveblog(tree.binnenland)


@pytest.fixture
def desk(db):
    return make_user("eindredacteur", DESK, first_name="Eva", last_name="Mulder")


@pytest.fixture
def reporter(db):
    return make_user("verslaggever", REPORTER, first_name="Ruben", last_name="Kok")


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """Post to the liveblog's admin view as `user`, committing its side effects."""

    def send(user, url, data):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send
