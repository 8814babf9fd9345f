"""Display names: one name per reader's eye, and none that passes for the newsroom."""

import pytest
from django.core.exceptions import ValidationError

from krant.community import names, services
from krant.core.roles import DESK
from tests.community.conftest import make_member
from tests.factories import make_user


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jan de Vries", "jan de vries"),
        ("Jan de Vries", "Ján dë Vríes"),
        ("Jan de Vries", "JanDeVries"),
        ("Jan de Vries", "jan-de.vries"),
        ("Jan de Vries", "Jan  de   Vries"),
        ("Olga", "0lga"),
        ("Lieke", "1ieke"),
        ("Lieke", "Lleke"),
    ],
)
def test_look_alikes_have_one_skeleton(one, other):
    """Case, accents, spacing, separators and 0/o, 1/l/i swaps do not make another name."""
    assert names.skeleton(one) == names.skeleton(other)


@pytest.mark.parametrize(
    "name", ["Redactie", "de redactie", "R3dact1e", "Re-dac-tie", "Modérator", "BEHEER", "beheer_team"]
)
def test_newsroom_names_are_refused(db, name):
    """Nobody may pass for the newsroom or the site, however the name is dressed up."""
    with pytest.raises(ValidationError) as error:
        services.validate_display_name(name)
    assert error.value.code == "impersonation"


def test_a_staff_members_name_is_refused_to_others_but_not_to_themselves(db):
    """An editor's name (and a look-alike of it) is theirs alone."""
    editor = make_user("mvdberg", DESK, first_name="Marloes", last_name="van den Berg")
    with pytest.raises(ValidationError):
        services.validate_display_name("Marl0es van den Berg")
    assert services.validate_display_name("Marloes van den Berg", user=editor) == "Marloes van den Berg"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "too_short"),
        ("   ", "too_short"),
        ("a", "too_short"),
        ("x" * 41, "too_long"),
        ("Piet\x00Jansen", "control"),
        ("Piet\u202eJansen", "control"),  # right-to-left override
        ("Piet\u200bJansen", "control"),  # zero-width space
        ("Piet\nJansen", "control"),
        ("<script>", "characters"),
        ("...", "no_letters"),
    ],
)
def test_malformed_names_are_refused_with_a_reason(db, name, code):
    with pytest.raises(ValidationError) as error:
        services.validate_display_name(name)
    assert error.value.code == code


def test_spacing_is_tidied(db):
    assert services.validate_display_name("  Anna   Bakker ") == "Anna Bakker"


def test_a_look_alike_of_a_members_name_is_taken(db):
    """A second member cannot take a name a reader would mistake for the first's."""
    make_member(name="Zeeuwse Lezer")
    assert not services.name_is_free("zeeuwse-lezer")
    assert services.name_is_free("Friese Lezer")
    other = make_member(email="ander@voorbeeld.nl", name="Friese Lezer")
    with pytest.raises(services.NameTaken):
        services.set_display_name(other, "Zeeuwse  Lézer")
