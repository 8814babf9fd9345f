"""allauth's choices that depend on the reader's language: where a member lands after logging in or out."""

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    """Send a member who signed in or out at /en/... to the English front page, not the Dutch one.

    A `next` address in the form still wins: allauth asks the adapter only when there is none.
    """

    def front_page(self) -> str:
        return reverse("wagtail_serve", args=[""])  # in the active language: / or /en/

    def get_login_redirect_url(self, request):
        return self.front_page()

    def get_logout_redirect_url(self, request):
        return self.front_page()

    def get_signup_redirect_url(self, request):
        return self.front_page()
