"""The demo's accounts: the editor and the moderator, whose passwords live in the data directory beside
the demo secret. The community's members are made by krant.demo.community."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from krant.core.roles import ADMINS, DESK, MODERATOR

EDITOR_USERNAME = "redactie"
PASSWORD_FILE = "demo-editor-password"  # noqa: S105 - a file name


MODERATOR_USERNAME = "moderator"
MODERATOR_PASSWORD_FILE = "demo-moderator-password"  # noqa: S105 - a file name


def demo_password(file_name: str) -> str:
    """Return the password kept in the data directory under `file_name`, making one if missing."""
    path = settings.DATA_DIR / file_name
    if path.exists():
        password = path.read_text().strip()
    else:
        password = secrets.token_urlsafe(12)
        path.write_text(password)
        path.chmod(0o600)
    return password


def ensure_demo_editor() -> tuple[str, str]:
    """Return the demo editor's (username, password), creating the account or file if missing."""
    password = demo_password(PASSWORD_FILE)
    user, created = get_user_model().objects.get_or_create(
        username=EDITOR_USERNAME,
        defaults={
            "first_name": "Demo",
            "last_name": "Redacteur",
            "email": "redactie@krant.invalid",
        },
    )
    if created or not user.check_password(password):
        user.set_password(password)
        user.is_staff = True
        user.save()
    user.groups.add(*Group.objects.filter(name__in=[DESK, ADMINS]))
    return EDITOR_USERNAME, password


def ensure_demo_moderator() -> tuple[str, str]:
    """Return the demo moderator's (username, password), creating the account or file if missing."""
    password = demo_password(MODERATOR_PASSWORD_FILE)
    user, created = get_user_model().objects.get_or_create(
        username=MODERATOR_USERNAME,
        defaults={"first_name": "Demo", "last_name": "Moderator", "email": "moderator@krant.invalid"},
    )
    if created or not user.check_password(password):
        user.set_password(password)
        user.is_staff = True
        user.save()
    user.groups.add(*Group.objects.filter(name=MODERATOR))
    return MODERATOR_USERNAME, password
