"""Reading the demo's stories from TOML: the body markup, and clear errors for a broken file."""

import pytest

from krant.demo.images import SUBJECTS
from krant.demo.stories import StoryError, load_stories, parse_body

STORY = '''
[[story]]
title = "{title}"
intro = "Een intro."
image = "brug"
body = """
Eerste alinea,
over twee regels.

> Een citaat
> dat doorloopt.
> — Iemand uit Zilverdam

## Tussenkop

Laatste alinea.
"""
'''


def test_body_markup_gives_paragraphs_a_quote_and_an_intertitle():
    """Blank lines separate blocks; '## ' starts an intertitle; '> ' lines are a quote, '— ' its source."""
    blocks = parse_body("Een.\nTwee.\n\n> Zo is het.\n> — Sanne\n\n## Kop\n\nDrie.")
    assert blocks == [
        ("paragraph", "Een. Twee."),
        ("quote", ("Zo is het.", "Sanne")),
        ("intertitle", "Kop"),
        ("paragraph", "Drie."),
    ]


def test_a_story_file_is_read_with_its_section_from_the_file_name(tmp_path):
    """The file name is the home section; the slug comes from the title."""
    (tmp_path / "binnenland.toml").write_text(STORY.format(title="Brug open"), encoding="utf-8")
    [story] = load_stories(tmp_path)
    assert (story.section, story.slug, story.image) == ("binnenland", "brug-open", "brug")
    assert [kind for kind, _ in story.blocks] == ["paragraph", "quote", "intertitle", "paragraph"]
    assert story.blocks[1][1] == ("Een citaat dat doorloopt.", "Iemand uit Zilverdam")


def test_a_story_without_a_title_is_refused_with_file_and_number(tmp_path):
    """A missing field names the file, the story's number and the field, instead of a KeyError."""
    (tmp_path / "sport.toml").write_text('[[story]]\nintro = "x"\nbody = "y"\n', encoding="utf-8")
    with pytest.raises(StoryError, match=r"sport.toml, story 1: missing 'title'"):
        load_stories(tmp_path)


def test_the_same_title_twice_is_refused(tmp_path):
    """Two stories with one title would share a slug, and a rerun could not tell them apart."""
    (tmp_path / "a.toml").write_text(STORY.format(title="Dubbel"), encoding="utf-8")
    (tmp_path / "b.toml").write_text(STORY.format(title="Dubbel"), encoding="utf-8")
    with pytest.raises(StoryError, match="'Dubbel' is also used in a"):
        load_stories(tmp_path)


def test_every_shipped_story_has_a_drawable_subject():
    """Each story in content/stories names a subject images.py can draw."""
    stories = load_stories()
    assert stories
    assert {story.image for story in stories} <= set(SUBJECTS)
