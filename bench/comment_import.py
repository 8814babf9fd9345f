"""A Disqus export of 20,000 comments imported, then imported again: time, peak memory, and a recount.

    python bench/comment_import.py [--posts 50] [--comments 20000]

Sets up the demo publication in a temporary data directory (SQLite, or KRANT_DATABASE_URL when set), imports a
generated WordPress export of `--posts` posts (`krant import-wordpress --no-images`), so that the comments
have imported articles to join, then a generated Disqus export of `--comments` comments on those posts
(nested up to five levels, a tenth spam or deleted, a third by guests without an address) with
`krant import-comments`, twice. The second run finds every comment imported already: the ratio between the
two runs is the cost of the bookkeeping that makes a re-run safe, and it travels between machines better than
the absolute times. Afterwards every thread's counter is compared with a recount, and every comment in the
file must be a stored row (the generated file has no comment to skip and no unknown article).
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

KRANT = [sys.executable, "-m", "krant"]
SITE = "https://bench-weekblad.example"

CHECK = """
from krant.community.comments import recount
from krant.community.models import Comment, Thread
from krant.ingest.models import ImportedComment
wrong = [t.pk for t in Thread.objects.all() if recount(t)["comment_count"] != t.comment_count]
imported = Comment.objects.filter(pk__in=ImportedComment.objects.values("comment"))
print(imported.count(), ImportedComment.objects.count(), len(wrong))
"""


def wordpress_export(posts: int) -> str:
    items = "".join(
        f"""<item><title>Bericht {number}</title><link>{SITE}/{number}/bericht-{number}/</link>
<guid isPermaLink="false">{SITE}/?p={number}</guid><dc:creator>redactie</dc:creator>
<content:encoded><![CDATA[Tekst van bericht {number}.]]></content:encoded>
<excerpt:encoded><![CDATA[Inleiding {number}.]]></excerpt:encoded>
<wp:post_id>{number}</wp:post_id><wp:post_date_gmt>2024-01-01 08:00:00</wp:post_date_gmt>
<wp:post_name>bericht-{number}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
</item>"""
        for number in range(1, posts + 1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Bench Weekblad</title><link>{SITE}</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{SITE}</wp:base_site_url>
<wp:author><wp:author_login>redactie</wp:author_login>
<wp:author_display_name>Redactie Bench</wp:author_display_name></wp:author>
{items}</channel></rss>"""


def disqus_export(posts: int, comments: int, seed: int = 12) -> str:
    """Return a Disqus export: comments spread over the posts, replies to earlier comments of the thread."""
    chance = random.Random(seed)  # noqa: S311 - the same file every run, not a secret
    start = datetime(2024, 1, 1, 9, tzinfo=UTC)
    threads = "".join(
        f'<thread dsq:id="{number}"><id/><link>{SITE}/{number}/bericht-{number}/</link>'
        f"<title>Bericht {number}</title></thread>"
        for number in range(1, posts + 1)
    )
    earlier: dict[int, list[int]] = {}
    posts_xml = []
    for number in range(1, comments + 1):
        thread = chance.randint(1, posts)
        siblings = earlier.setdefault(thread, [])
        parent = chance.choice(siblings) if siblings and chance.random() < 0.6 else None
        siblings.append(number)
        reader = chance.randint(1, comments // 8)
        guest = reader % 3 == 0
        author = (
            f"<author><name>Gast {reader}</name><isAnonymous>true</isAnonymous></author>"
            if guest
            else f"<author><email>lezer{reader}@voorbeeld.nl</email><name>Lezer {reader}</name></author>"
        )
        roll = chance.random()
        posts_xml.append(
            f'<post dsq:id="{100000 + number}"><message><![CDATA[<p>Reactie {number} op het bericht.</p>'
            f"<p>{escape(f'Tweede alinea, met een adres: https://voorbeeld.nl/{number}')}</p>"
            "]]></message>"
            f"<createdAt>{(start + timedelta(minutes=number)).isoformat().replace('+00:00', 'Z')}</createdAt>"
            f"<isDeleted>{'true' if roll < 0.05 else 'false'}</isDeleted>"
            f"<isSpam>{'true' if 0.05 <= roll < 0.1 else 'false'}</isSpam>{author}"
            f'<thread dsq:id="{thread}"/>'
            + (f'<parent dsq:id="{100000 + parent}"/>' if parent else "")
            + "</post>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" '
        'xmlns:dsq="http://disqus.com/disqus-internals">' + threads + "".join(posts_xml) + "</disqus>"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=50)
    parser.add_argument("--comments", type=int, default=20000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="krant-bench-") as data_dir:
        env = {
            **{
                k: v
                for k, v in os.environ.items()
                if k.startswith("KRANT_DATABASE") or not k.startswith("KRANT_")
            },
            "KRANT_DATA_DIR": data_dir,
            "KRANT_SECRET_KEY": "bench-" + "x" * 50,
        }
        wxr, dsq = Path(data_dir) / "wordpress.xml", Path(data_dir) / "disqus.xml"
        wxr.write_text(wordpress_export(args.posts))
        dsq.write_text(disqus_export(args.posts, args.comments))
        krant(env, "demo", "--no-serve")
        krant(env, "import_wordpress", str(wxr), "--no-images", "--section", "binnenland")
        command = [*KRANT, "import_comments", str(dsq)]
        first_time, first_memory = measure(command, env)
        second_time, second_memory = measure(command, env)
        stored, keyed, wrong = map(int, krant(env, "shell", "-c", CHECK).split()[-3:])
        size = dsq.stat().st_size

    print(f"posts {args.posts}, comments {args.comments}, a Disqus file of {size / 1e6:.1f} MB")
    print(f"{'':<38} {'seconds':>8} {'per s':>8} {'peak MB':>8}")
    for label, seconds, memory in (
        ("first run (imports)", first_time, first_memory),
        ("second run (finds all imported)", second_time, second_memory),
    ):
        print(f"{label:<38} {seconds:>8.1f} {args.comments / seconds:>8.0f} {memory:>8.0f}")
    print(f"second / first: {second_time / first_time:.2f}x")
    print(f"comments stored {stored} of {args.comments}; counters differing from a recount: {wrong}")
    if wrong or stored != keyed or stored != args.comments:
        sys.exit("bench: the import left counters or rows inconsistent")


def krant(env: dict, *arguments: str) -> str:
    return subprocess.run([*KRANT, *arguments], env=env, check=True, capture_output=True, text=True).stdout  # noqa: S603


def measure(command: list[str], env: dict) -> tuple[float, float]:
    """Run a command; return its wall time in seconds and its peak resident memory in MB."""
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)  # noqa: S603
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {command[2:4]} failed")
    return elapsed, usage.ru_maxrss / 1024


if __name__ == "__main__":
    main()
