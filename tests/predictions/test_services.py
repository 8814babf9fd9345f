"""Predictions: locked at kick-off in the write itself, scored by the published rules, exactly once, and
again after a corrected result."""

from datetime import timedelta

import pytest
import time_machine

from krant.community import personal_data
from krant.predictions import services
from krant.predictions.models import Prediction
from krant.scores import services as scores
from krant.scores.models import Match, Status


def predict(user, match, home, away):
    return services.place_prediction(user.member, match.pk, home_score=home, away_score=away)


def test_a_prediction_one_second_before_kick_off_is_stored(league, player):
    """At kick-off minus one second the prediction is taken, and a second one replaces it."""
    with time_machine.travel(league.kick_off - timedelta(seconds=1), tick=False):
        predict(player, league.match, 2, 1)
        predict(player, league.match, 3, 1)
    assert list(Prediction.objects.values_list("home_score", "away_score")) == [(3, 1)]


@pytest.mark.parametrize("late", [timedelta(0), timedelta(seconds=1)])
def test_a_prediction_at_or_after_kick_off_is_refused(league, player, late):
    """From the kick-off on (at it, or one second after) the write refuses, and nothing is stored."""
    with time_machine.travel(league.kick_off + late, tick=False), pytest.raises(services.Locked):
        predict(player, league.match, 2, 1)
    assert not Prediction.objects.exists()


def test_a_started_match_is_closed_even_before_its_planned_time(league, player):
    """A match the Scorebord shows as under way takes no predictions, whatever its planned start says."""
    scores.record_score(league.match, 0, 0, Status.LIVE)
    with pytest.raises(services.Locked):
        predict(player, league.match, 1, 0)


def test_the_lock_reads_the_kick_off_in_the_database(league, player):
    """A kick-off moved earlier by an editor counts, even for a match object read before the change."""
    stale = Match.objects.get(pk=league.match.pk)
    Match.objects.filter(pk=stale.pk).update(starts_at=stale.starts_at - timedelta(days=3))
    with pytest.raises(services.Locked):
        predict(player, stale, 1, 0)


@pytest.mark.parametrize("home, away", [(None, 1), (-1, 0), (31, 0), (1, None)])
def test_impossible_scores_are_refused(league, player, home, away):
    """Both teams need a number of goals from 0 to 30."""
    with pytest.raises(services.PredictionError):
        predict(player, league.match, home, away)


@pytest.mark.parametrize(
    "picks",
    [
        lambda d: [d[0].pk, d[0].pk, d[1].pk],
        lambda d: [d[0].pk, d[1].pk],
        lambda d: [d[0].pk, d[1].pk, None],
        lambda d: [d[0].pk, d[1].pk, 999999],
    ],
)
def test_a_top_three_needs_three_distinct_drivers_of_the_series(races, player, picks):
    """The same driver twice, two drivers, an empty place or an unknown driver: refused."""
    with pytest.raises(services.PredictionError):
        services.place_prediction(player.member, races.race.pk, top_three=picks(races.drivers))


@pytest.mark.parametrize(
    "guess, result, points",
    [((2, 1), (2, 1), 3), ((3, 0), (2, 1), 1), ((1, 1), (0, 0), 1), ((0, 2), (2, 1), 0), ((1, 1), (2, 1), 0)],
)
def test_football_points_follow_the_published_rules(league, player, guess, result, points):
    """Exact score 3, the right winner or a draw with another score 1, else 0."""
    predict(player, league.match, *guess)
    with time_machine.travel(league.kick_off + timedelta(hours=2)):
        scores.record_score(league.match, *result, Status.FINISHED)
    services.score_match(league.match.pk)
    assert Prediction.objects.get().points == points


@pytest.mark.parametrize(
    "order, points",
    [((0, 1, 2), 30), ((1, 0, 2), 20), ((2, 0, 1), 15), ((0, 1, 3), 20), ((3, 2, 1), 10)],
)
def test_race_points_follow_the_published_rules(races, player, order, points):
    """10 per driver on the exact place, 5 per driver in the top three on another place."""
    d = races.drivers
    services.place_prediction(player.member, races.race.pk, top_three=[d[i].pk for i in order])
    scores.record_placings(races.race, [(driver.pk, "") for driver in d])
    services.score_match(races.race.pk)
    assert Prediction.objects.get().points == points


def test_a_final_result_scores_by_itself_once_committed(league, player, django_capture_on_commit_callbacks):
    """The Scorebord's write of a final score scores the predictions after its commit; a score while
    the match is played gives no points yet."""
    predict(player, league.match, 2, 1)
    with django_capture_on_commit_callbacks(execute=True):
        scores.record_score(league.match, 1, 0, Status.LIVE)
    assert Prediction.objects.get().points is None
    with django_capture_on_commit_callbacks(execute=True):
        scores.record_score(league.match, 2, 1, Status.FINISHED)
    prediction = Prediction.objects.get()
    assert (prediction.points, prediction.exact, prediction.scored_version) == (3, True, 2)


def test_scoring_twice_changes_nothing(league, player, rival):
    """A second run for the same result (a retried hook) finds nothing left to score."""
    predict(player, league.match, 2, 1)
    predict(rival, league.match, 0, 0)
    scores.record_score(league.match, 2, 1, Status.FINISHED)
    assert services.score_match(league.match.pk) == 2
    assert services.score_match(league.match.pk) == 0
    assert sorted(Prediction.objects.values_list("points", flat=True)) == [0, 3]


def test_a_result_whose_hook_never_ran_is_scored_by_the_job_once(league, player):
    """A worker killed between the commit and the hook: the scheduler's job scores the match, and a
    second round of the job finds nothing to do."""
    predict(player, league.match, 2, 1)
    scores.record_score(league.match, 2, 1, Status.FINISHED)  # its on_commit hook never runs here
    assert Prediction.objects.get().points is None
    services.score_due_matches()
    services.score_due_matches()
    prediction = Prediction.objects.get()
    assert (prediction.points, prediction.scored_version) == (3, Match.objects.get().version)


def test_a_corrected_result_is_scored_again(league, player, django_capture_on_commit_callbacks):
    """An editor's correction (a new version of the match) replaces the points of the earlier result."""
    predict(player, league.match, 2, 1)
    with django_capture_on_commit_callbacks(execute=True):
        scores.record_score(league.match, 2, 1, Status.FINISHED)
    assert Prediction.objects.get().points == 3
    with django_capture_on_commit_callbacks(execute=True):
        scores.record_score(league.match, 2, 2, Status.FINISHED)
    assert Prediction.objects.get().points == 0


def test_an_edited_match_in_the_admin_form_is_scored_again(
    league, player, django_capture_on_commit_callbacks
):
    """A result corrected in the full match form (services.match_edited) is scored for its new version."""
    predict(player, league.match, 1, 0)
    with django_capture_on_commit_callbacks(execute=True):
        scores.record_score(league.match, 1, 0, Status.FINISHED)
    Match.objects.filter(pk=league.match.pk).update(home_score=0, away_score=1)
    with django_capture_on_commit_callbacks(execute=True):
        scores.match_edited(league.match)
    assert Prediction.objects.get().points == 0


def test_a_result_taken_back_takes_the_points_back(league, player, django_capture_on_commit_callbacks):
    """A final result set back to 'bezig' (an editor's mistake undone) leaves no points standing."""
    predict(player, league.match, 1, 0)
    with django_capture_on_commit_callbacks(execute=True):
        scores.record_score(league.match, 1, 0, Status.FINISHED)
        scores.record_score(league.match, 1, 0, Status.LIVE)
    prediction = Prediction.objects.get()
    assert (prediction.points, prediction.scored_version) == (None, None)


def test_a_changed_prediction_before_kick_off_is_unscored(league, player):
    """A stored prediction changed again carries no points from before (they are counted at the result)."""
    first = predict(player, league.match, 1, 0)
    Prediction.objects.filter(pk=first.pk).update(points=3, scored_version=9)
    predict(player, league.match, 2, 0)
    assert Prediction.objects.get().points is None


# Groups -------------------------------------------------------------------------------------------------


def test_a_group_is_made_with_its_owner_in_it_and_an_unguessable_token(league, player):
    """The owner is the first member; the token is long and random, different per group."""
    one = services.create_group(player.member, league.competition.pk, "  De   kantine ")
    two = services.create_group(player.member, league.competition.pk, "Kantoor")
    assert one.name == "De kantine"
    assert list(one.members.all()) == [player.member]
    assert len(one.token) >= 32 and one.token != two.token


@pytest.mark.parametrize("name", ["", "   ", "x" * 61])
def test_a_group_needs_a_name(league, player, name):
    """An empty name, only spaces, or more than 60 characters: refused."""
    with pytest.raises(services.PredictionError):
        services.create_group(player.member, league.competition.pk, name)


def test_joining_twice_adds_one_membership(league, player, rival):
    """Following the invite link again changes nothing."""
    group = services.create_group(player.member, league.competition.pk, "Kantine")
    assert services.join_group(rival.member, group) is True
    assert services.join_group(rival.member, group) is False
    assert group.memberships.count() == 2


def test_an_owner_who_leaves_passes_the_group_on_and_the_last_one_out_deletes_it(league, player, rival):
    """The longest member takes over from an owner who leaves; an empty group is gone."""
    group = services.create_group(player.member, league.competition.pk, "Kantine")
    services.join_group(rival.member, group)
    services.leave_group(player.member, group)
    group.refresh_from_db()
    assert group.owner == rival.member
    services.leave_group(rival.member, group)
    assert not type(group).objects.filter(pk=group.pk).exists()


def test_only_the_owner_removes_members(league, player, rival):
    """A member cannot take the owner out; the owner can take a member out."""
    group = services.create_group(player.member, league.competition.pk, "Kantine")
    services.join_group(rival.member, group)
    with pytest.raises(services.PredictionError):
        services.remove_member(rival.member, group, player.member.pk)
    services.remove_member(player.member, group, rival.member.pk)
    assert list(group.members.all()) == [player.member]


def test_a_members_predictions_are_in_their_data_and_go_with_their_account(league, player):
    """'Download my data' lists the prediction and the group; deleting the account deletes them."""
    predict(player, league.match, 2, 1)
    services.create_group(player.member, league.competition.pk, "Kantine")
    mine = personal_data.export(player)["predictions"]
    assert mine["predictions"][0]["score"] == [2, 1] and mine["groups"] == [
        {"name": "Kantine", "competition": "Polderdivisie"}
    ]
    player.delete()
    assert not Prediction.objects.exists()
