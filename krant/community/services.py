"""The community's writes: one function each, atomic."""

import functools

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from krant.community import names, personal_data
from krant.community.models import AccountDeletion, Comment, CommentChoice, ImportedAuthor, Member
from krant.core.models import SiteSettings
from krant.core.purge import purge

STAND_IN_PREFIX = "import-"  # the username of an imported author's account


class NameTaken(Exception):
    """Another member has (a look-alike of) this name."""


def is_newsroom(user) -> bool:
    """Return whether `user` works for the newsroom: shown with a 'Redactie' badge, served private pages.

    The newsroom is staff, or may enter Wagtail's admin (`wagtailadmin.access_admin`, given to the
    newsroom's groups). Asked on every comment write: for a member one query (none after `load_member`),
    remembered on the user object for the rest of the request, rather than Django's two that load all of
    the user's permissions.
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


def load_member(user) -> None:
    """Read the user's community profile and whether they are of the newsroom in one query, for a write.

    Both are kept on `user`, where `user.member` and `is_newsroom` find them. In SQL of its own: the same
    question through Django's query builder took 1.9 ms of CPU to compile, six times this query's cost,
    on every write with a member's key (tests/community/test_comments_queries.py holds the two equal).
    """
    found = next(iter(Member.objects.raw(member_with_newsroom_sql(), [user.pk])), None)
    if found is not None:
        user.member = found
        user._krant_newsroom = bool(found.newsroom)


@functools.cache
def member_with_newsroom_sql() -> str:
    """A user's member (the one parameter) with `newsroom`: as `is_newsroom` asks, directly or by a group."""
    user_model = get_user_model()
    direct = user_model.user_permissions.through._meta.db_table
    grouped = user_model.groups.through._meta.db_table
    group_permissions = Group.permissions.through._meta.db_table

    def admin_permission(table: str) -> str:
        return (
            f"JOIN {Permission._meta.db_table} p ON p.id = {table}.permission_id "
            f"JOIN {ContentType._meta.db_table} t ON t.id = p.content_type_id "
            "AND t.app_label = 'wagtailadmin' AND p.codename = 'access_admin'"
        )

    # Table names from the models' own metadata, no outside text; the user is the query's parameter.
    by_user = f"SELECT 1 FROM {direct} u {admin_permission('u')} WHERE u.user_id = m.user_id"  # noqa: S608
    by_group = (
        f"SELECT 1 FROM {grouped} g JOIN {group_permissions} gp ON gp.group_id = g.group_id "  # noqa: S608
        f"{admin_permission('gp')} WHERE g.user_id = m.user_id"
    )
    return (
        f"SELECT m.*, (EXISTS ({by_user}) OR EXISTS ({by_group})) AS newsroom "  # noqa: S608
        f"FROM {Member._meta.db_table} m WHERE m.user_id = %s"
    )


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


def imported_name(name: str, protected: list[str]) -> str:
    """Return a free display name under the community's rules for an author an import brings in.

    Characters the rules refuse are left out; a name that is still refused (too short, the newsroom's)
    becomes 'Lezer'; a taken one gets the first free number ('Jan 2').
    """
    shown = "".join(
        char for char in names.clean_spacing(name) if names.ALLOWED.fullmatch(char) and char.isprintable()
    )[: names.MAX_LENGTH]
    try:
        base = names.validate_display_name(shown, protected)
    except ValidationError:
        base = "Lezer"
    prefix = names.skeleton(base)
    taken = set(Member.objects.filter(name_key__startswith=prefix).values_list("name_key", flat=True))
    candidate, number = base, 1
    while names.skeleton(candidate) in taken:
        number += 1
        suffix = f" {number}"
        candidate = base[: names.MAX_LENGTH - len(suffix)].rstrip() + suffix
    return candidate


def imported_member(key: str, name: str, email: str, source: str, since, protected: list[str]):
    """Return the member an imported author's comments go to, making one the first time.

    A verified account with the author's address gets them at once; otherwise the author becomes an
    unverified, unclaimed member: a user without password that cannot log in (is_active off), and no
    address on it, so the reader it belongs to can still register with it and claim the history
    (claim_imported_history). Return None for an author whose claimed account was deleted since.
    """
    record = ImportedAuthor.objects.select_related("member").filter(key=key).first()
    if record is not None:
        if record.member is not None and since < record.member.joined_at:
            Member.objects.filter(pk=record.member.pk).update(joined_at=since)
            record.member.joined_at = since
        return record.member
    owner = None
    if email:
        address = (
            EmailAddress.objects.filter(email__iexact=email, verified=True).select_related("user").first()
        )
        owner = address.user if address is not None else None
    member = getattr(owner, "member", None) if owner is not None else None
    if member is None:
        display_name = imported_name(name, protected)
        user = owner
        if user is None:
            user = get_user_model()(username=f"{STAND_IN_PREFIX}{key[:32]}", is_active=False)
            user.set_unusable_password()
            user.save()
        member = Member.objects.create(
            user=user, display_name=display_name, name_key=names.skeleton(display_name), joined_at=since
        )
    ImportedAuthor.objects.create(
        key=key,
        member=member,
        email=email.lower(),
        source=source,
        claimed_by=owner,
        claimed_at=timezone.now() if owner is not None else None,
    )
    return member


def is_stand_in(user) -> bool:
    """Return whether `user` is the account an import made for an author: no login, no password."""
    return user.username.startswith(STAND_IN_PREFIX) and not user.is_active and not user.has_usable_password()


@transaction.atomic
def claim_imported_history(user, email: str) -> int:
    """Give `user`, who verified `email`, the comments imported under that address; return how many.

    A reader without a community name takes over the imported member, name and all; one with a name
    gets the comments moved to their own member. Either way the stand-in account goes, and later imports
    of the same author go to the reader.
    """
    moved = 0
    keys = []
    member = Member.objects.filter(user=user).first()
    for record in ImportedAuthor.objects.select_for_update().filter(
        email=email.lower(), claimed_at__isnull=True
    ):
        stand_in = Member.objects.select_related("user").filter(pk=record.member_id).first()
        # Only a stand-in's comments move: never those of an account someone logs in to.
        if stand_in is not None and stand_in.user_id != user.pk and is_stand_in(stand_in.user):
            former = stand_in.user
            comments = Comment.objects.filter(author=stand_in)
            keys += [
                f"thread:{page}" for page in comments.values_list("thread__page_id", flat=True).distinct()
            ]
            if member is None:
                moved += comments.count()
                stand_in.user = user
                stand_in.save(update_fields=["user"])
                member = stand_in
            else:
                moved += comments.update(author=member)
                if stand_in.joined_at < member.joined_at:
                    member.joined_at = stand_in.joined_at
                    member.save(update_fields=["joined_at"])
                keys.append(stand_in.cache_key)
            record.member = member
            record.save(update_fields=["member"])
            former.delete()  # the stand-in account (and a stand-in member left without comments)
        record.claimed_by = user
        record.claimed_at = timezone.now()
        record.save(update_fields=["claimed_by", "claimed_at"])
    if member is not None and keys:
        purge([*keys, member.cache_key])
    return moved
