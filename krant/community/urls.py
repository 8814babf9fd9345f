"""The community's addresses, under /community/: public profiles (cached like any reader page) and the
account area (private, never stored), with allauth's views at Dutch addresses under allauth's own names
(its mails and redirects use them)."""

from allauth.account import views as account
from django.urls import path, re_path
from django.views.decorators.cache import never_cache

from krant.community import limits, views

app_name = "community"

urlpatterns = [
    path("", views.home, name="home"),
    path("leden/<int:pk>/", views.profile, name="profile"),
    path("ik/", views.me, name="me"),
    path("instellingen/", views.settings_page, name="settings"),
    path("instellingen/app-toegang/", views.app_access, name="app_access"),
    path("instellingen/reactiemails/", views.reply_mail_settings, name="reply_mail_settings"),
    path("instellingen/reactiemails/stil/<int:thread_id>/", views.unmute, name="unmute"),
    # The link in every reply mail (and its List-Unsubscribe header): no login, the signature is the key.
    path("stil/<str:token>/", views.mute, name="mute"),
    path("mijn-gegevens/", views.export, name="export"),
    path("account-verwijderen/", views.delete, name="delete"),
    # The thread under an article: its cached fragment, the personal part, and the writes.
    path("draad/<int:page_id>/", views.thread_fragment, name="thread"),
    path("draad/<int:page_id>/ik/", views.thread_me, name="thread_me"),
    path("reacties/plaatsen/", views.post_comment, name="post"),
    path("reacties/<int:comment_id>/bewerken/", views.edit_comment, name="edit"),
    path("reacties/<int:comment_id>/verwijderen/", views.delete_comment, name="delete_comment"),
    path("reacties/<int:comment_id>/respect/", views.respect, name="respect"),
    path("reacties/<int:comment_id>/melden/", views.report, name="report"),
    path("leden/<int:pk>/negeren/", views.ignore, name="ignore"),
]

# Not namespaced: allauth reverses these names itself. Private: each shows the reader's own account.
account_urlpatterns = [
    path("aanmelden/", limits.limited(limits.SIGNUP)(account.signup), name="account_signup"),
    path("inloggen/", limits.limited(limits.LOGIN)(account.login), name="account_login"),
    path("uitloggen/", account.logout, name="account_logout"),
    path("inactief/", account.account_inactive, name="account_inactive"),
    path("opnieuw-inloggen/", account.reauthenticate, name="account_reauthenticate"),
    path("e-mailadres/", limits.limited(limits.EMAIL_CHANGE)(account.email), name="account_email"),
    path("bevestigen/", account.email_verification_sent, name="account_email_verification_sent"),
    re_path(r"^bevestigen/(?P<key>[-:\w]+)/$", account.confirm_email, name="account_confirm_email"),
    path("wachtwoord/wijzigen/", account.password_change, name="account_change_password"),
    path("wachtwoord/instellen/", account.password_set, name="account_set_password"),
    path(
        "wachtwoord/vergeten/",
        limits.limited(limits.RESET)(account.password_reset),
        name="account_reset_password",
    ),
    path("wachtwoord/vergeten/verstuurd/", account.password_reset_done, name="account_reset_password_done"),
    re_path(
        r"^wachtwoord/nieuw/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        account.password_reset_from_key,
        name="account_reset_password_from_key",
    ),
    path(
        "wachtwoord/nieuw/klaar/",
        account.password_reset_from_key_done,
        name="account_reset_password_from_key_done",
    ),
]
for pattern in account_urlpatterns:
    pattern.callback = never_cache(pattern.callback)
