from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from krant.community import comments, services

PASSWORD = "zeer geheim wachtwoord 42"


def make_member(email="lid@voorbeeld.nl", name="Zeeuwse Lezer", verified=True):
    """Return a user with a verified (or unverified) address and a display name, as signup leaves one."""
    user = get_user_model().objects.create_user(username=email.split("@")[0], email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    services.set_display_name(user, name)
    return user


def site_rules(**values):
    """Set the site's community rules (CommunitySettings) to `values`; return them."""
    rules = comments.site_settings()
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()
    return rules
