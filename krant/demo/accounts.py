"""The demo's editor account, whose password lives in the data directory beside the demo secret."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from krant.core.roles import ADMINS, DESK

EDITOR_USERNAME = "redactie"
PASSWORD_FILE = "demo-editor-password"  # noqa: S105 - a file name


def ensure_demo_editor() -> tuple[str, str]:
    """Return the demo editor's (username, password), creating the account or file if missing."""
    path = settings.DATA_DIR / PASSWORD_FILE
    if path.exists():
        password = path.read_text().strip()
    else:
        password = secrets.token_urlsafe(12)
        path.write_text(password)
        path.chmod(0o600)
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
