"""The newsroom's staff groups, their permissions and the approval workflow, kept in one place.

`ensure_newsroom_roles` runs after every migrate and is idempotent: it adds what is missing and
leaves anything an administrator added by hand alone.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.management import create_contenttypes
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REPORTER = "Verslaggever"
DESK = "Eindredactie"
MODERATOR = "Moderator"
ADMINS = "Beheer"
WORKFLOW_NAME = "Redactie"
APPROVAL_TASK_NAME = "Goedkeuring eindredactie"

# Page permissions on the root, so they hold for the whole tree. "add" lets a reporter write and
# edit their own pages; only "publish" puts anything in front of readers.
PAGE_PERMISSIONS = {
    REPORTER: ["add_page"],
    DESK: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    MODERATOR: [],
    ADMINS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
# Wagtail checks image permissions on its own Image model's content type, also with a custom image
# model (wagtail.images.permissions: auth_model=Image); grants on core.KrantImage are never looked at.
IMAGES_ADD = ["wagtailimages.add_image", "wagtailimages.choose_image"]
IMAGES_ALL = [*IMAGES_ADD, "wagtailimages.change_image", "wagtailimages.delete_image"]
# Grants earlier versions made on the wrong content type: removed on migrate, so the roles screen
# shows only what counts.
STALE_COLLECTION_PERMISSIONS = [
    "core.add_krantimage",
    "core.choose_image",
    "core.change_krantimage",
    "core.delete_krantimage",
]
DOCUMENTS_ADD = ["wagtaildocs.add_document", "wagtaildocs.choose_document"]
DOCUMENTS_ALL = [*DOCUMENTS_ADD, "wagtaildocs.change_document", "wagtaildocs.delete_document"]
COLLECTION_PERMISSIONS = {
    REPORTER: IMAGES_ADD + DOCUMENTS_ADD,
    DESK: IMAGES_ALL + DOCUMENTS_ADD + ["wagtaildocs.change_document"],
    MODERATOR: [],
    ADMINS: IMAGES_ALL + DOCUMENTS_ALL,
}
STATEMENTS = [
    "community.add_statement",
    "community.change_statement",
    "community.delete_statement",
    "community.view_statement",
]
MODEL_PERMISSIONS = {
    # Podcasts: reporters upload an episode's audio (as images); the desk also corrects and removes it
    REPORTER: ["wagtailadmin.access_admin", "podcasts.add_audiofile", "podcasts.view_audiofile"],
    DESK: [
        "wagtailadmin.access_admin",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        # Uit andere media: register feeds, hide items ("change" is hiding; items are never added by hand)
        "othermedia.add_outletfeed",
        "othermedia.change_outletfeed",
        "othermedia.delete_outletfeed",
        "othermedia.change_outletitem",
        # Tv-gids: the XMLTV sources, channel groups and places, and the 'tip van de redactie'
        "tvguide.add_xmltvsource",
        "tvguide.change_xmltvsource",
        "tvguide.delete_xmltvsource",
        "tvguide.add_channelgroup",
        "tvguide.change_channelgroup",
        "tvguide.delete_channelgroup",
        "tvguide.change_channel",
        "tvguide.change_programme",
        # Scorebord: competitions, teams, rounds, fixtures and results, the providers' feeds, live scores
        *(
            f"scores.{action}_{model}"
            for model in ("competition", "participant", "round", "match", "placing", "scorefeed")
            for action in ("add", "change", "delete")
        ),
        # Video: upload clips with their captions and details
        "video.add_video",
        "video.change_video",
        "video.delete_video",
        # Podcasts: the episodes' audio files
        # Podcasts: the episodes' audio files
        "podcasts.add_audiofile",
        "podcasts.change_audiofile",
        "podcasts.delete_audiofile",
        "podcasts.view_audiofile",
        # Newsletters: define the lists, send breaking-news alerts, see editions and their counts
        # (subscribers' addresses are for Beheer only)
        "newsletters.add_newsletterlist",
        "newsletters.change_newsletterlist",
        "newsletters.delete_newsletterlist",
        "newsletters.send_alert",
        "newsletters.view_edition",
        # Push alerts: send an article as a push alert, see the sends and their counts
        "push.send_push",
        "push.view_delivery",
        # Imports: see where an imported article came from (Reports -> Imports)
        "ingest.view_importrecord",
        # Zoeken: the picks shown as 'Aanbevolen' above the results (Settings -> Promoted search results)
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
        "wagtailsearchpromotions.delete_searchpromotion",
        # Community: the day's discussion statement above a thread ('Stelling van de dag')
        *STATEMENTS,
        # Het Woord: plan the coming words and veto any of them
        "woord.add_wordveto",
        "woord.change_wordveto",
        "woord.delete_wordveto",
        "woord.view_wordveto",
        # The breaking-news banner across every reader page
        "banner.add_banner",
        "banner.change_banner",
        "banner.delete_banner",
        "banner.view_banner",
        # Spellen: see the coming days' puzzles (made by the scheduler; nobody edits them)
        "games.view_puzzle",
    ],
    MODERATOR: [
        "wagtailadmin.access_admin",
        # Community: the queues and every decision in them, members' records and sanctions, the site's
        # community rules, the day's statement. The audit log shows a moderator their own actions; all of it
        # (community.view_moderationaction) is for Beheer.
        "community.moderate_comment",
        "community.view_member",
        "community.change_member",
        "community.change_communitysettings",
        *STATEMENTS,
        # Sportspellen: the members' private groups: see them, replace an offensive name, dissolve one
        "predictions.view_group",
        "predictions.change_group",
        "predictions.delete_group",
    ],
}


def on_post_migrate(sender, using="default", **kwargs):
    # Our app migrates before Wagtail's apps have their permission rows; make them all first.
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    ensure_newsroom_roles(using=using)


def permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def find_permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def ensure_newsroom_roles(using="default") -> dict[str, Group]:
    """Create the four staff groups, their permissions and the approval workflow; return the groups."""
    # Wagtail's migrations make both roots; a database flush (as between tests) removes them.
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    groups = {}
    for name in (REPORTER, DESK, MODERATOR, ADMINS):
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission(f"wagtailcore.{codename}")
            )
        for dotted in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(dotted)
            )
    GroupCollectionPermission.objects.filter(
        group__in=groups.values(),
        permission__in=[
            found for dotted in STALE_COLLECTION_PERMISSIONS if (found := find_permission(dotted)) is not None
        ],
    ).delete()
    for name, dotted_names in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*(permission(dotted) for dotted in dotted_names))
    groups[ADMINS].permissions.add(*Permission.objects.all())

    # Wagtail's own starter groups would grant more than our roles; drop them while nobody uses them.
    Group.objects.filter(name__in=["Moderators", "Editors"], user__isnull=True).delete()
    ensure_workflow(root, groups[DESK])
    return groups


def ensure_workflow(root: Page, desk: Group) -> Workflow:
    """Route every submission in the tree to the desk (Eindredactie) for approval."""
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.add(desk)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if not workflow.workflow_tasks.filter(task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
