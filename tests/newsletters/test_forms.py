"""The sign-up and manage forms: addresses stored in one form, only active lists can be chosen."""

from krant.newsletters.forms import ManageForm, SignupForm


def test_the_address_is_trimmed_lower_cased_and_its_domain_in_ascii(lists):
    """'  Lezer@Bücher.Example ' is stored as 'lezer@xn--bcher-kva.example'."""
    form = SignupForm({"email": " Lezer@Bücher.Example ", "newsletters": ["ochtendbrief"]})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["email"] == "lezer@xn--bcher-kva.example"


def test_an_address_whose_domain_cannot_be_encoded_is_an_error(lists):
    """A domain label longer than 63 characters gives a form error, not a server error."""
    form = SignupForm({"email": f"lezer@{'ä' * 70}.example", "newsletters": ["ochtendbrief"]})
    assert not form.is_valid()
    assert "email" in form.errors


def test_at_least_one_list_must_be_chosen(lists):
    """Signing up for nothing is refused on the list field."""
    form = SignupForm({"email": "lezer@example.org"})
    assert not form.is_valid()
    assert list(form.errors) == ["newsletters"]


def test_an_inactive_or_unknown_list_is_not_a_choice(lists):
    """A list the desk switched off, or a slug that never existed, is an invalid choice with a message."""
    lists["weekly"].is_active = False
    lists["weekly"].save()
    for slug in ("binnenland-deze-week", "bestaat-niet"):
        form = SignupForm({"email": "lezer@example.org", "newsletters": [slug]})
        assert not form.is_valid()
        assert "kies uit de lijst" in form.errors["newsletters"][0]


def test_the_lists_are_read_when_the_form_is_made(lists):
    """A list added after start-up is a choice at once: the queryset is not evaluated at import."""
    slugs = [value.instance.slug for value, _ in ManageForm().fields["newsletters"].choices]
    assert set(slugs) == {"ochtendbrief", "nieuwsalerts", "binnenland-deze-week"}


def test_managing_may_leave_every_list(lists):
    """An empty choice on the manage form is valid: it means no letters."""
    form = ManageForm({})
    assert form.is_valid(), form.errors
    assert list(form.cleaned_data["newsletters"]) == []
