"""Read a Disqus export (Moderation > Export: the XML file Disqus mails), as Disqus documents it.

The root <disqus> (namespace http://disqus.com) holds <category> elements, then a <thread> per article
(its <link>, <title> and the site's own <id>entifier) and a <post> per comment: <message> (HTML),
<createdAt> (ISO 8601, UTC), <isDeleted>, <isSpam>, an <author> with <name>, <email>, <username> and
<isAnonymous>, and references by Disqus id (the dsq:id attribute) to its <thread> and <parent> post.
Nothing here writes to the database; krant.ingest.comments does.
"""

from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from krant.ingest.comment_export import Commenter, CommentExport, SourceComment, SourceThread, State, as_text
from krant.ingest.files import MAX_BYTES, RefusedExport, parse_xml

NS = "{http://disqus.com}"
DSQ_ID = "{http://disqus.com/disqus-internals}id"


def read_export(path: Path, max_bytes: int = MAX_BYTES) -> CommentExport:
    """Return the export at `path`, or raise RefusedExport with a one-line reason."""
    return from_root(parse_xml(path, max_bytes, maker="Disqus"))


def is_disqus(root: Element) -> bool:
    return root.tag == NS + "disqus"


def from_root(root: Element) -> CommentExport:
    if not is_disqus(root):
        raise RefusedExport(f"not a Disqus export: the document is <{root.tag.split('}')[-1]}>, not <disqus>")
    threads: dict[str, SourceThread] = {}
    forum = ""
    for element in root.findall(NS + "thread"):
        thread_id = element.get(DSQ_ID) or ""
        forum = forum or _text(element, "forum")
        identifier = _text(element, "id")
        urls = [_text(element, "link")]
        # The WordPress plugin's identifiers read '123 https://site/?p=123': the address is the article's.
        urls += [part for part in identifier.split() if part.startswith(("http://", "https://"))]
        threads[thread_id] = SourceThread(
            id=thread_id, title=_text(element, "title"), urls=[url for url in urls if url], ids=[identifier]
        )
    export = CommentExport("disqus", forum, list(threads.values()))
    posts = root.findall(NS + "post")
    if not threads and not posts:
        raise RefusedExport("no threads or posts in this Disqus export")
    for element in posts:
        reference = element.find(NS + "thread")
        thread = threads.get(reference.get(DSQ_ID, "") if reference is not None else "")
        if thread is None:
            export.skipped["posts whose thread is not in the export"] += 1
            continue
        if not element.get(DSQ_ID):
            raise RefusedExport("a <post> without its dsq:id")
        created = _date(_text(element, "createdAt"))
        if created is None:
            raise RefusedExport(f"post {element.get(DSQ_ID)}: no readable <createdAt>")
        parent = element.find(NS + "parent")
        thread.comments.append(
            SourceComment(
                id=element.get(DSQ_ID) or "",
                parent_id=(parent.get(DSQ_ID) or "") if parent is not None else "",
                author=_author(element.find(NS + "author")),
                body=as_text(_text(element, "message")),
                created_at=created,
                state=_state(element),
            )
        )
    return export


def _state(element: Element) -> State:
    if _flag(element, "isSpam"):
        return State.SPAM
    if _flag(element, "isDeleted"):
        return State.DELETED
    if _text(element, "isApproved").lower() == "false":  # in exports of forums with pre-moderation
        return State.PENDING
    return State.VISIBLE


def _author(element: Element | None) -> Commenter | None:
    if element is None:
        return None
    return Commenter.of(_text(element, "name") or _text(element, "username"), _text(element, "email"))


def _text(element: Element, tag: str) -> str:
    found = element.find(NS + tag)
    return (found.text or "").strip() if found is not None else ""


def _flag(element: Element, tag: str) -> bool:
    return _text(element, tag).lower() == "true"


def _date(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
