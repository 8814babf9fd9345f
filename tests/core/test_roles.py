"""Staff groups and the approval workflow: a reporter writes and submits, the desk publishes."""

from io import BytesIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.permissions import permission_policy as image_permissions
from wagtail.models import Collection, GroupCollectionPermission, Page, WorkflowState

from krant.core.models import KrantImage
from krant.core.roles import ADMINS, DESK, MODERATOR, REPORTER, ensure_newsroom_roles
from krant.news.models import ArticlePage
from krant.news.services import article_folder
from tests.factories import article_form, make_article, make_user


def test_groups_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {REPORTER, DESK, MODERATOR, ADMINS}


def test_roles_are_idempotent(db):
    """Running the setup again adds nothing and removes nothing."""
    before = [(g.name, g.permissions.count(), g.page_permissions.count()) for g in Group.objects.all()]
    ensure_newsroom_roles()
    after = [(g.name, g.permissions.count(), g.page_permissions.count()) for g in Group.objects.all()]
    assert before == after


def test_reporter_cannot_publish(tree):
    reporter = make_user("verslaggever", REPORTER)
    article = make_article(tree.binnenland, published=False)
    permissions = article.permissions_for_user(reporter)
    assert not permissions.can_publish()
    assert not permissions.can_publish_subpage()


def test_desk_can_publish_and_moderator_cannot_edit(tree):
    desk = make_user("eindredacteur", DESK)
    moderator = make_user("moderator", MODERATOR)
    article = make_article(tree.binnenland, published=False)
    assert article.permissions_for_user(desk).can_publish()
    assert not article.permissions_for_user(moderator).can_edit()


def test_reporter_publish_attempt_in_admin_publishes_nothing(tree, client):
    """Even a hand-made 'publish' POST from a reporter leaves the article unpublished."""
    client.force_login(make_user("verslaggever", REPORTER))
    folder = article_folder()
    response = client.post(
        f"/admin/pages/add/news/articlepage/{folder.pk}/",
        article_form(tree.binnenland, **{"action-publish": "action-publish"}),
    )
    assert response.status_code in (200, 302, 403)
    article = ArticlePage.objects.get(slug="nieuwe-brug")
    assert not article.live


def test_submission_goes_to_desk_who_publishes(tree, client):
    """A reporter's submission waits for Eindredactie; their approval publishes it."""
    reporter = make_user("verslaggever", REPORTER)
    desk = make_user("eindredacteur", DESK)
    client.force_login(reporter)
    folder = article_folder()
    response = client.post(
        f"/admin/pages/add/news/articlepage/{folder.pk}/",
        article_form(tree.binnenland, **{"action-submit": "action-submit"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(slug="nieuwe-brug")
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    assert set(task_state.task.specific.groups.all()) == {Group.objects.get(name=DESK)}
    assert not article.live
    assert task_state.task.specific.get_actions(article, reporter) == []

    client.force_login(desk)
    response = client.post(
        f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.live
    assert Page.objects.live().filter(pk=article.pk).exists()


def test_desk_manages_search_promotions_in_the_admin(tree, client):
    """Eindredactie picks the 'Aanbevolen' results for /zoeken/; a reporter cannot reach that screen."""
    client.force_login(make_user("eindredacteur", DESK))
    assert client.get("/admin/searchpicks/").status_code == 200
    client.force_login(make_user("verslaggever", REPORTER))
    assert client.get("/admin/searchpicks/").status_code == 302


def make_image(**fields):
    return KrantImage.objects.create(title="Brug", file=jpeg_upload(), **fields)


def jpeg_upload(name="brug.jpg"):
    buffer = BytesIO()
    PILImage.new("RGB", (64, 48), (40, 90, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.mark.parametrize("groups", [(REPORTER,), (DESK,), (DESK, ADMINS)])
def test_newsroom_can_upload_and_choose_images(db, groups):
    """Reporters, the desk and the demo editor (desk + Beheer) pass Wagtail's own image permission checks."""
    ensure_newsroom_roles()
    user = make_user("redacteur", *groups)
    assert image_permissions.user_has_permission(user, "add")
    assert image_permissions.user_has_permission(user, "choose")


def test_only_desk_and_admins_change_others_images(db):
    """A reporter changes their own uploads; the desk may change anyone's."""
    ensure_newsroom_roles()
    reporter = make_user("verslaggever", REPORTER)
    desk = make_user("eindredacteur", DESK)
    own = make_image(uploaded_by_user=reporter)
    others = make_image(uploaded_by_user=desk)
    assert image_permissions.user_has_permission_for_instance(reporter, "change", own)
    assert not image_permissions.user_has_permission_for_instance(reporter, "change", others)
    assert image_permissions.user_has_permission_for_instance(desk, "change", own)


def test_stale_grants_on_krantimage_are_removed(db):
    """Grants an older version made on core.KrantImage, which Wagtail never reads, go on migrate."""
    desk = Group.objects.get(name=DESK)
    stale = Permission.objects.get(content_type__app_label="core", codename="add_krantimage")
    GroupCollectionPermission.objects.create(
        group=desk, collection=Collection.get_first_root_node(), permission=stale
    )
    ensure_newsroom_roles()
    assert not GroupCollectionPermission.objects.filter(group=desk, permission=stale).exists()


@pytest.mark.parametrize("group", [REPORTER, DESK])
def test_upload_image_with_credit_in_admin(db, client, group):
    """The images menu opens and an upload through the admin stores the image with its credit and caption."""
    ensure_newsroom_roles()
    client.force_login(make_user("redacteur", group))
    assert client.get("/admin/images/").status_code == 200
    response = client.get("/admin/images/chooser/")
    assert response.status_code == 200
    assert "upload" in response.json()["html"]
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Nieuwe fietsbrug",
            "file": jpeg_upload(),
            "description": "Fietsers op de nieuwe brug over de Vaart",
            "credit": "Eigen foto / Ria Bos",
            "caption": "De brug is veertig meter lang.",
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = KrantImage.objects.get(title="Nieuwe fietsbrug")
    assert image.credit == "Eigen foto / Ria Bos"
    assert image.caption == "De brug is veertig meter lang."
    assert image.description == "Fietsers op de nieuwe brug over de Vaart"
