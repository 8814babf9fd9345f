"""Read the demo's articles from the TOML files in content/stories/, one file per section.

A file holds `[[story]]` tables:

    title, intro     the headline and the intro (plain text)
    body             paragraphs separated by blank lines; a line starting with "## " is an intertitle;
                     lines starting with "> " are a quote, its last line "— who" the attribution
    image            the subject drawn for the lead image (see `krant.demo.images.SUBJECTS`)
    caption          optional caption for the lead image
    label, dossier   optional Label value and dossier key (see site.toml)
    also             optional extra section slugs
    box              optional info box: {title, text (HTML)}
    hours_ago        optional: how long before loading it was published (else some day this month)
    lead_video       optional: key of a demo clip (content/videos.toml) shown at the top, above the image
    body_video       optional: key of a demo clip shown in the body after the first paragraph, with
                     `video_caption` below it

The file name is the slug of the article's home section. Nothing here touches the database.
"""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.text import slugify

STORIES = Path(__file__).with_name("content") / "stories"
SLUG_LIMIT = 90


@dataclass
class Story:
    section: str  # slug of the home section
    title: str
    slug: str
    intro: str
    blocks: list  # (kind, value): ("paragraph", text), ("intertitle", text), ("quote", (text, who))
    image: str
    caption: str = ""
    label: str = ""
    dossier: str = ""
    also: list = field(default_factory=list)
    box: tuple | None = None
    hours_ago: float | None = None
    lead_video: str = ""
    body_video: str = ""
    video_caption: str = ""


class StoryError(ValueError):
    """A story file the loader cannot use; the message names the file and the story."""


def short_slug(title: str, limit: int = SLUG_LIMIT) -> str:
    slug = slugify(title)
    if len(slug) > limit:
        slug = slug[: slug.rfind("-", 0, limit)]
    return slug


def parse_body(text: str) -> list[tuple]:
    """Return the blocks of a story body written in the small markup described above."""
    blocks = []
    for chunk in text.strip().split("\n\n"):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if not lines:
            continue
        if lines[0].startswith("## "):
            blocks.append(("intertitle", lines[0][3:].strip()))
        elif lines[0].startswith("> "):
            quoted = [line.removeprefix(">").strip() for line in lines]
            who = quoted.pop()[2:].strip() if len(quoted) > 1 and quoted[-1].startswith("— ") else ""
            blocks.append(("quote", (" ".join(quoted), who)))
        else:
            blocks.append(("paragraph", " ".join(lines)))
    return blocks


def read_file(path: Path) -> list[Story]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    stories = []
    for number, raw in enumerate(data.get("story", []), start=1):
        try:
            box = raw.get("box")
            stories.append(
                Story(
                    section=path.stem,
                    title=raw["title"],
                    slug=raw.get("slug") or short_slug(raw["title"]),
                    intro=raw["intro"].strip(),
                    blocks=parse_body(raw["body"]),
                    image=raw.get("image", ""),
                    caption=raw.get("caption", ""),
                    label=raw.get("label", ""),
                    dossier=raw.get("dossier", ""),
                    also=list(raw.get("also", [])),
                    box=(box["title"], box["text"].strip()) if box else None,
                    hours_ago=raw.get("hours_ago"),
                    lead_video=raw.get("lead_video", ""),
                    body_video=raw.get("body_video", ""),
                    video_caption=raw.get("video_caption", ""),
                )
            )
        except KeyError as error:
            raise StoryError(f"{path.name}, story {number}: missing {error.args[0]!r}") from None
    return stories


def load_stories(folder: Path = STORIES) -> list[Story]:
    """Return every story, file by file in name order, checking that titles and slugs are unique."""
    stories = [story for path in sorted(folder.glob("*.toml")) for story in read_file(path)]
    seen = {}
    for story in stories:
        for key in (story.title, story.slug):
            if key in seen:
                raise StoryError(f"{story.section}: {key!r} is also used in {seen[key]}")
            seen[key] = story.section
    return stories
