"""'Automatische moderatie' in the admin (krant.community.admin_views.ModelView): the active model and its
precision and recall on held-out decisions, the settings with their bad inputs, retraining, and who may."""

import pytest
from django.contrib.auth.models import Permission

from krant.community import classifier, training
from krant.community.models import AuditKind, CommunitySettings, ModerationAction, ModerationModel
from krant.core.roles import ADMINS, DESK, MODERATOR
from krant.demo.moderation import generate
from tests import factories
from tests.community.conftest import make_member, record_decisions, site_rules

URL = "/admin/community/automatische-moderatie/"
PAIRS = generate(seed="tests-model-admin")[:200]
GOOD = {
    "model_enabled": "on",
    "model_approve_threshold": "0.85",
    "model_reject_threshold": "0.95",
    "model_sample_rate": "10",
}


@pytest.fixture
def moderator(tree):
    return factories.make_user("moderator", MODERATOR)


@pytest.fixture
def moderated(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def trained(tree, moderator, model_dir):
    old = factories.make_article(tree.binnenland, "Oude discussie")
    record_decisions(PAIRS, old, make_member("archief@voorbeeld.nl", "Lezer uit het archief"), moderator)
    return training.train()


def stored() -> dict:
    rules = CommunitySettings.objects.get()
    return {
        "model_enabled": rules.model_enabled,
        "model_approve_threshold": rules.model_approve_threshold,
        "model_reject_threshold": rules.model_reject_threshold,
        "model_sample_rate": rules.model_sample_rate,
    }


def test_moderators_see_the_active_model_with_precision_and_recall(moderated, trained):
    page = moderated.get(URL).content.decode()
    assert "Actief: versie 1" in page
    assert "Precisie plaatsen" in page and "Recall tegenhouden" in page
    assert "Ter vergelijking, de woordenlijsten" in page
    assert "Nu opnieuw trainen" in page


def test_without_a_model_the_page_says_the_word_lists_decide(moderated, model_dir):
    page = moderated.get(URL).content.decode()
    assert "Er is nog geen model" in page


def test_a_model_file_that_cannot_be_used_is_shown_as_a_problem(moderated, trained, model_dir):
    (model_dir / trained.file_name).write_bytes(b"kapot")
    page = moderated.get(URL).content.decode()
    assert "is niet te gebruiken" in page and "gewijzigd of beschadigd" in page


def test_saving_the_thresholds_sample_and_switch(moderated, trained):
    site_rules()
    response = moderated.post(URL, GOOD)
    assert response.status_code == 302
    assert stored() == {
        "model_enabled": True,
        "model_approve_threshold": 0.85,
        "model_reject_threshold": 0.95,
        "model_sample_rate": 10,
    }
    moderated.post(URL, {**GOOD, "model_enabled": ""})
    assert stored()["model_enabled"] is False


@pytest.mark.parametrize(
    "field, value",
    [
        ("model_approve_threshold", "veel"),
        ("model_approve_threshold", "1.5"),
        ("model_approve_threshold", "0.3"),
        ("model_reject_threshold", ""),
        ("model_reject_threshold", "-1"),
        ("model_sample_rate", "101"),
        ("model_sample_rate", "-5"),
        ("model_sample_rate", "2.5"),
        ("model_reject_threshold", "nan"),
    ],
)
def test_bad_settings_are_refused_with_a_message_and_store_nothing(moderated, model_dir, field, value):
    site_rules()
    before = stored()
    response = moderated.post(URL, {**GOOD, field: value})
    assert response.status_code == 400
    assert f'id="id_{field}-fouten"' in response.content.decode()
    assert stored() == before


def test_retrain_now_asks_the_scheduler_which_trains_in_its_next_round(moderated, trained):
    site_rules()
    moderated.post(URL, {"retrain": "1"})
    assert CommunitySettings.objects.get().model_retrain_requested_at is not None
    assert "Opnieuw trainen is aangevraagd" in moderated.get(URL).content.decode()
    assert training.retrain_when_due().version == 2
    assert CommunitySettings.objects.get().model_retrain_requested_at is None


def test_the_desk_and_members_are_refused(client, tree, model_dir):
    client.force_login(factories.make_user("eindredacteur", DESK))
    assert client.get(URL).status_code in (302, 403)
    assert client.post(URL, GOOD).status_code in (302, 403)
    client.force_login(make_member())
    assert client.get(URL).status_code in (302, 403)
    assert not CommunitySettings.objects.filter(model_sample_rate=10).exists()


def test_a_moderator_who_may_not_change_the_rules_sees_but_cannot_change(client, tree, model_dir):
    """Least privilege: the page needs moderate_comment, a change needs change_communitysettings."""
    user = factories.make_user("meelezer")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="moderate_comment")
    )
    client.force_login(user)
    site_rules()
    page = client.get(URL)
    assert page.status_code == 200
    assert "Nu opnieuw trainen" not in page.content.decode()
    assert "Alleen wie de regels van de community mag wijzigen" in page.content.decode()
    # Wagtail answers a PermissionDenied in its admin with a redirect and a message.
    assert client.post(URL, GOOD).status_code in (302, 403)
    assert client.post(URL, {"retrain": "1"}).status_code in (302, 403)
    assert stored()["model_sample_rate"] == 5
    assert CommunitySettings.objects.get().model_retrain_requested_at is None


def test_the_menu_offers_the_page_to_moderators(moderated, model_dir):
    assert URL in moderated.get("/admin/").content.decode()


def test_the_sample_is_a_queue_tab(moderated, model_dir):
    page = moderated.get("/admin/community/moderatie/wachtrij/steekproef/").content.decode()
    assert "Geen automatisch geplaatste reacties om na te kijken." in page


@pytest.fixture
def admins(client, tree):
    client.force_login(factories.make_user("beheerder", ADMINS))
    return client


def test_beheer_rolls_back_to_an_earlier_version_at_once_with_an_audit_row(admins, trained, moderator):
    later = training.train()
    assert later.version == 2 and classifier.active_row().version == 2  # kept a minute in the shared store
    page = admins.get(URL).content.decode()
    assert "Maak versie 1 actief" in page and "Maak versie 2 actief" not in page
    response = admins.post(URL, {"activate": "1"})
    assert response.status_code == 302
    assert classifier.active_row().version == 1  # at once, not after ACTIVE_SECONDS
    assert classifier.active_model() is not None
    assert list(ModerationModel.objects.filter(active=True).values_list("version", flat=True)) == [1]
    row = ModerationAction.objects.get(kind=AuditKind.MODEL)
    assert row.moderator.username == "beheerder" and "Versie 1 actief (was 2)" in row.note
    page = admins.get(URL).content.decode()
    assert "Versie 1 is nu het actieve model." in page
    assert "Er is een oudere versie actief" in page  # and so the scheduler does not train every hour


def test_a_moderator_sees_the_versions_but_may_not_roll_back(moderated, trained):
    training.train()
    assert "Maak versie 1 actief" not in moderated.get(URL).content.decode()
    assert moderated.post(URL, {"activate": "1"}).status_code in (302, 403)
    assert ModerationModel.objects.get(active=True).version == 2
    assert not ModerationAction.objects.filter(kind=AuditKind.MODEL).exists()


@pytest.mark.parametrize("version", ["99", "abc", "1"])
def test_a_missing_or_unusable_version_is_refused_with_a_message(admins, trained, version):
    training.train()
    (classifier.model_dir() / classifier.file_name(1)).unlink()  # pruned, as older files are
    response = admins.post(URL, {"activate": version})
    assert response.status_code == 400
    text = response.content.decode()
    assert "bestaat niet" in text or "niet te gebruiken" in text
    assert ModerationModel.objects.get(active=True).version == 2
    assert not ModerationAction.objects.filter(kind=AuditKind.MODEL).exists()
