"""A member's games are theirs: in 'download my data', and gone with the account."""

from krant.community import personal_data
from krant.woord.models import Game
from tests.woord.conftest import ANSWER, post


def test_games_are_in_the_members_download_and_go_with_the_account(woord_page, answer, client, member):
    client.force_login(member)
    post(client, woord_page, "tafel")
    post(client, woord_page, ANSWER)
    exported = personal_data.export(member)["het_woord"]
    assert exported[0]["gokken"] == ["tafel", ANSWER] and exported[0]["geraden"] is True
    member.delete()
    assert not Game.objects.exists()
