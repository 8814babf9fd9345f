"""Read a Coral (by Vox Media, v5 and later) export: the folder of collections Coral's own docs make.

Coral publishes no export of a whole site: its 'download my comments' is a per-member CSV without replies,
states or addresses. Its documented way out (docs.coralproject.net, 'Migrating data') is `mongoexport` of
each collection into a folder, one JSON file per collection (`<folder>/<collection>.json`): one document a
line (or a JSON array with --jsonArray), dates in MongoDB's Extended JSON ({"$date": ...}). This reads that
folder's stories.json, users.json and comments.json, with the fields Coral's models
(src/core/server/models/{story,user,comment}) write:

- story: id, url, metadata.title
- user: id, username, email
- comment: id, storyID, authorID, parentID, status (NONE, APPROVED, REJECTED, PREMOD, SYSTEM_WITHHELD),
  revisions (the last is the text shown, HTML), createdAt, deletedAt

A Talk v4 folder (assets.json instead of stories.json) is refused: Coral migrates those itself first.
"""

import json
from datetime import UTC, datetime
from pathlib import Path

from krant.ingest.comment_export import Commenter, CommentExport, SourceComment, SourceThread, State, as_text
from krant.ingest.files import MAX_BYTES, RefusedExport, checked_size

FILES = ("stories.json", "users.json", "comments.json")
STATES = {
    "NONE": State.VISIBLE,
    "APPROVED": State.VISIBLE,
    "PREMOD": State.PENDING,
    "SYSTEM_WITHHELD": State.HELD,
    "REJECTED": State.REJECTED,
}


def folder_of(path: Path) -> Path:
    """Return the export folder `path` names: the folder itself, or the folder of its comments.json."""
    return path.parent if path.name == "comments.json" else path


def is_coral(path: Path) -> bool:
    folder = folder_of(path)
    return folder.is_dir() and (folder / "comments.json").is_file()


def read_export(path: Path, max_bytes: int = MAX_BYTES) -> CommentExport:
    """Return the export in the folder `path` (or the folder of `path`, a comments.json), or raise
    RefusedExport with a one-line reason."""
    folder = folder_of(path)
    if not folder.is_dir():
        raise RefusedExport(
            "not a Coral export: pass the folder with stories.json, users.json, comments.json"
        )
    if (folder / "assets.json").is_file() and not (folder / "stories.json").is_file():
        raise RefusedExport("a Talk v4 export: migrate it to Coral v5 or later with Coral's tools first")
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise RefusedExport(f"not a Coral export: no {', '.join(missing)} in {folder}")
    total = sum(checked_size(folder / name, max_bytes) for name in FILES)
    if total > max_bytes:
        raise RefusedExport("too large together (see --max-size)")
    stories = {doc["id"]: doc for doc in _documents(folder / "stories.json", ("id", "url"))}
    users = {doc["id"]: doc for doc in _documents(folder / "users.json", ("id",))}
    comments = _documents(folder / "comments.json", ("id", "storyID", "createdAt"))
    tenant = next((str(doc.get("tenantID") or "") for doc in comments), "")
    threads = {
        story_id: SourceThread(
            id=story_id,
            title=str((story.get("metadata") or {}).get("title") or ""),
            urls=[str(story["url"])],
        )
        for story_id, story in stories.items()
    }
    export = CommentExport("coral", tenant, list(threads.values()))
    for doc in comments:
        thread = threads.get(doc["storyID"])
        if thread is None:
            export.skipped["comments whose story is not in stories.json"] += 1
            continue
        thread.comments.append(_comment(doc, users))
    return export


def _comment(doc: dict, users: dict) -> SourceComment:
    created = _date(doc["createdAt"])
    if created is None:
        raise RefusedExport(f"comment {doc['id']}: createdAt is no date")
    revisions = doc.get("revisions") or []
    body = revisions[-1].get("body", "") if revisions and isinstance(revisions[-1], dict) else ""
    deleted_at = _date(doc.get("deletedAt"))
    user = users.get(doc.get("authorID")) or {}
    status = str(doc.get("status") or "NONE")
    return SourceComment(
        id=str(doc["id"]),
        parent_id=str(doc.get("parentID") or ""),
        author=Commenter.of(str(user.get("username") or ""), str(user.get("email") or "")),
        body=as_text(str(body or "")),
        created_at=created,
        state=State.DELETED if deleted_at else STATES.get(status, State.PENDING),
        deleted_at=deleted_at,
    )


def _documents(path: Path, required: tuple[str, ...]) -> list[dict]:
    """Return the documents of one mongoexport file: JSON lines, or one JSON array."""
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RefusedExport(f"{path.name}: not UTF-8 text") from None
    except OSError as error:
        raise RefusedExport(f"{path.name}: cannot read: {error.strerror or error}") from None
    try:
        if content.lstrip().startswith("["):
            documents = json.loads(content)
        else:
            documents = [json.loads(line) for line in content.splitlines() if line.strip()]
    except json.JSONDecodeError as error:
        raise RefusedExport(f"{path.name}: broken JSON at line {error.lineno}: {error.msg}") from None
    except RecursionError:
        raise RefusedExport(f"{path.name}: JSON nested too deeply") from None
    for number, document in enumerate(documents, 1):
        if not isinstance(document, dict):
            raise RefusedExport(f"{path.name}: document {number} is not an object")
        absent = [name for name in required if document.get(name) in (None, "")]
        if absent:
            raise RefusedExport(f"{path.name}: document {number} has no {', '.join(absent)}")
    return documents


def _date(value) -> datetime | None:
    """Return a date as mongoexport writes it ({"$date": ISO text, milliseconds or {"$numberLong"}})."""
    if isinstance(value, dict):
        value = value.get("$date")
    if isinstance(value, dict):
        value = value.get("$numberLong")
    if isinstance(value, int | float) or (isinstance(value, str) and value.lstrip("-").isdigit()):
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC)
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
