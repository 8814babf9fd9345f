"""Reading an export file safely: a size limit checked before reading, XML without DTDs or entities.

Exports are parsed with defusedxml and no DTD at all: no exporting tool krant reads (WordPress, Disqus)
writes one, and a DTD is how XML expands entities into gigabytes (the 'billion laughs') or reads files and
addresses it should not. Every refusal is a RefusedExport with a one-line reason for the command to print.
"""

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from krant.ingest.body import human_size

MAX_BYTES = 100 * 1024 * 1024


class RefusedExport(Exception):
    """An export file that is not read at all; the message says why, in one line."""


def checked_size(path: Path, max_bytes: int = MAX_BYTES) -> int:
    """Return the size of the file at `path`; raise RefusedExport when it is missing, empty or too large."""
    try:
        if path.is_dir():
            raise RefusedExport("is a directory, not an export file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise RefusedExport("no such file") from None
    except OSError as error:
        raise RefusedExport(f"cannot read: {error.strerror or error}") from None
    if size == 0:
        raise RefusedExport("empty file")
    if size > max_bytes:
        raise RefusedExport(
            f"too large ({human_size(size)}; the limit is {human_size(max_bytes)}, see --max-size)"
        )
    return size


def parse_xml(path: Path, max_bytes: int = MAX_BYTES, maker: str = "the exporting tool") -> Element:
    """Return the root element of the XML file at `path`, or raise RefusedExport with a one-line reason.

    `maker` names the tool that writes such files, for the message about a DTD.
    """
    checked_size(path, max_bytes)
    try:
        tree = defusedxml.ElementTree.parse(
            str(path), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DTDForbidden:
        raise RefusedExport(
            f"refused: the file has a DTD (<!DOCTYPE>); {maker} exports have none, and a DTD can expand "
            "entities or load outside files"
        ) from None
    except EntitiesForbidden:
        raise RefusedExport("refused: the file declares XML entities") from None
    except ExternalReferenceForbidden:
        raise RefusedExport("refused: the file refers to outside resources") from None
    except ParseError as error:
        raise RefusedExport(f"not well-formed XML: {error}") from None
    except PermissionError:
        raise RefusedExport("cannot read: permission denied") from None
    except OSError as error:
        raise RefusedExport(f"cannot read: {error.strerror or error}") from None
    return tree.getroot()
