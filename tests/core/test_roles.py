"""Staff groups and the approval workflow: a reporter writes and submits, the desk publishes."""

from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from krant.core.roles import ADMINS, DESK, MODERATOR, REPORTER, ensure_newsroom_roles
from krant.news.models import ArticlePage
from krant.news.services import article_folder
from tests.factories import make_article, make_user


def article_form(section, title="Nieuwe brug over de Vaart", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "nieuwe-brug",
            "label": "",
            "intro": "De gemeente opent een nieuwe fietsbrug.",
            "lead_image_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>De brug is veertig meter lang.</p>"))]),
            "author_links": inline_formset([]),
            "source_credit": "",
            "home_section": section.pk,
            "update_note": "",
            "corrections": inline_formset([]),
            "related_links": inline_formset([]),
            "comments_enabled": "on",
            "comments_close_after_hours": 72,
            "comments": inline_formset([]),
            **extra,
        }
    )


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
