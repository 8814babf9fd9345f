"""The community's writes: one function each, atomic."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction
from django.db.models import Q

from krant.community import names, personal_data
from krant.community.models import AccountDeletion, CommentChoice, Member
from krant.core.models import SiteSettings


class NameTaken(Exception):
    """Another member has (a look-alike of) this name."""


def is_newsroom(user) -> bool:
    """Return whether `user` works for the newsroom: shown with a 'Redactie' badge, served private pages.

    The newsroom is staff, or may enter Wagtail's admin (`wagtailadmin.access_admin`, given to the
    newsroom's groups). Asked on every comment write: for a member one query, remembered on the user
    object for the rest of the request, rather than Django's two that load all of the user's permissions.
    """
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_staff or user.is_superuser:
        return True
    if "_krant_newsroom" not in user.__dict__:
        user._krant_newsroom = (
            Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
            .filter(Q(user=user) | Q(group__user=user))
            .exists()
        )
    return user._krant_newsroom


def protected_names(exclude_user=None) -> list[str]:
    """Return the names no member may take: the site's names and every staff member's name."""
    protected = [
        value
        for pair in SiteSettings.objects.values_list("publication_name", "company_name")
        for value in pair
    ]
    staff = get_user_model().objects.filter(Q(is_staff=True) | Q(groups__isnull=False)).distinct()
    if exclude_user is not None:
        staff = staff.exclude(pk=exclude_user.pk)
    for username, first, last in staff.values_list("username", "first_name", "last_name"):
        protected += [username, f"{first} {last}".strip()]
    return [name for name in protected if name]


def validate_display_name(name: str, user=None) -> str:
    """Return the cleaned display name, or raise ValidationError (look-alike, reserved, malformed)."""
    return names.validate_display_name(name, protected_names(exclude_user=user))


def name_is_free(name: str, user=None) -> bool:
    others = Member.objects.filter(name_key=names.skeleton(name))
    if user is not None:
        others = others.exclude(user=user)
    return not others.exists()


def set_display_name(user, name: str) -> Member:
    """Give `user` this (validated) display name, creating their profile if needed.

    Raise NameTaken when a look-alike was taken meanwhile (the unique skeleton decides, not the check).
    """
    try:
        with transaction.atomic():
            member, _created = Member.objects.select_for_update().get_or_create(
                user=user, defaults={"display_name": name, "name_key": names.skeleton(name)}
            )
            member.display_name = name
            member.name_key = names.skeleton(name)
            member.save(update_fields=["display_name", "name_key"])
    except IntegrityError as error:
        raise NameTaken(name) from error
    return member


@transaction.atomic
def delete_account(user, comments: CommentChoice) -> AccountDeletion:
    """Delete a member's account and personal data; record their choice for the comments.

    Every registered part erases its data first (comments as chosen), then the user row goes with its
    profile and email addresses. The record keeps no personal data: the former number and the choice.
    """
    deletion = AccountDeletion.objects.create(former_user_id=user.pk, comments=comments)
    personal_data.erase(user, CommentChoice(comments))
    user.delete()
    return deletion
