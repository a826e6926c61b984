"""Notes as W3C Web Annotations (JSON-LD), and reading such files back.

Export writes one ``AnnotationCollection`` whose first page embeds every annotation.  Each
annotation targets ``dubao://article/<id>`` with a TextQuoteSelector (exact, prefix, suffix)
and a TextPositionSelector (start, end); the note is a TextualBody; Dubao's own fields
(colour, article, paper, backlink) use the ``dubao:`` prefix declared in the context.

:func:`read_candidates` accepts what other tools write too: a single annotation, a list, an
AnnotationCollection or AnnotationPage, or a Hypothesis API result (``{"rows": [...]}``).
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.core.export.progress import Ticker
from desktop.core.export.selection import NoteItem, SelectedNotes
from desktop.core.links import article_link
from desktop.core.models import Annotation

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DUBAO_NS = "urn:dubao:"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"dubao": DUBAO_NS}]
#: The source of an annotation whose article is gone: import places it by its quote.
UNKNOWN_SOURCE = "urn:dubao:unknown-article"


# -- export --------------------------------------------------------------------------------


def _selectors(ann: Annotation) -> list[dict[str, Any]]:
    """The quote with its context; the position too unless the text moved (detached)."""
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": ann.quote}
    if ann.prefix:
        quote["prefix"] = ann.prefix
    if ann.suffix:
        quote["suffix"] = ann.suffix
    if ann.detached:
        return [quote]
    return [quote, {"type": "TextPositionSelector", "start": ann.start, "end": ann.end}]


def _dubao_fields(item: NoteItem) -> dict[str, Any]:
    art = item.article
    fields: dict[str, Any] = {
        "dubao:color": item.annotation.color,
        "dubao:article": {
            "id": art.id or None,
            "title": art.title,
            "byline": art.byline,
            "page": art.page,
        },
        "dubao:paper": art.paper,
    }
    if item.link:
        fields["dubao:link"] = item.link
    if item.annotation.detached:
        fields["dubao:detached"] = True
    return fields


def annotation_json(item: NoteItem) -> dict[str, Any]:
    """One annotation in the W3C Web Annotation data model."""
    ann, art = item.annotation, item.article
    out: dict[str, Any] = {
        "id": f"urn:uuid:{ann.uuid}",
        "type": "Annotation",
        "motivation": "commenting" if ann.note else "highlighting",
        "created": ann.created_at,
        "modified": ann.updated_at,
    }
    if ann.note:
        out["body"] = {
            "type": "TextualBody",
            "value": ann.note,
            "format": "text/plain",
            "purpose": "commenting",
        }
    out["target"] = {
        "source": article_link(art.id) if art.id else UNKNOWN_SOURCE,
        "selector": _selectors(ann),
    }
    out.update(_dubao_fields(item))
    return out


def collection_json(notes: SelectedNotes, tick: Ticker) -> dict[str, Any]:
    items = []
    for item in notes.items:
        items.append(annotation_json(item))
        tick.step()
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuidlib.uuid4()}",
        "type": "AnnotationCollection",
        "label": "Dubao notes",
        "total": len(items),
        "generator": {"type": "Software", "name": f"Dubao {__version__}"},
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write(notes: SelectedNotes, path: Path, tick: Ticker) -> None:
    data = collection_json(notes, tick)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


# -- reading -------------------------------------------------------------------------------


class W3CFormatError(ValueError):
    """The file is not JSON, or holds nothing that looks like annotations."""


@dataclass(frozen=True)
class Candidate:
    """An annotation read from a file, before it is anchored in the library."""

    index: int  # position in the file, for messages
    uuid: str
    source: str
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""
    color: str = ""
    created: str = ""
    modified: str = ""
    title: str = ""  # dubao:article.title, to choose between articles with the same quote


def load(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise W3CFormatError(f"cannot read {path}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise W3CFormatError(f"{path} is not UTF-8 text") from e
    except json.JSONDecodeError as e:
        raise W3CFormatError(f"{path} is not JSON: {e}") from e


def annotation_objects(data: Any) -> Iterator[Any]:
    """The annotation objects in a document, whichever container holds them."""
    if isinstance(data, list):
        for x in data:
            yield from annotation_objects(x) if _is_container(x) else [x]
        return
    if not isinstance(data, dict):
        raise W3CFormatError("expected a JSON object or list of annotations")
    if not _is_container(data):
        yield data
        return
    kind = _types(data)
    if "AnnotationCollection" in kind:
        page = data.get("first")
        while isinstance(page, dict):
            yield from _page_items(page)
            page = page.get("next")
    elif "rows" in data:  # a Hypothesis API search result
        yield from _list(data.get("rows"))
    else:
        yield from _page_items(data)


def _is_container(x: Any) -> bool:
    if not isinstance(x, dict):
        return False
    kind = _types(x)
    return (
        bool(kind & {"AnnotationCollection", "AnnotationPage"})
        or ("rows" in x and "target" not in x)
        or ("items" in x and "target" not in x)
    )


def _page_items(page: dict[str, Any]) -> list[Any]:
    return _list(page.get("items"))


def _list(x: Any) -> list[Any]:
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


def _types(x: dict[str, Any]) -> set[str]:
    return {str(t) for t in _list(x.get("type") or x.get("@type"))}


def candidate(obj: Any, index: int) -> Candidate | str:
    """The annotation ``obj`` as a Candidate, or the reason it cannot be one."""
    if not isinstance(obj, dict):
        return "not a JSON object"
    target = _best_target(obj.get("target"))
    if target is None:
        return "it has no target"
    source, selectors = target
    quote = _selector(selectors, "TextQuoteSelector")
    position = _selector(selectors, "TextPositionSelector")
    exact = str(quote.get("exact") or "") if quote else ""
    start, end = _position(position)
    if not exact and start is None:
        return "it has no TextQuoteSelector or TextPositionSelector"
    article = obj.get("dubao:article")
    return Candidate(
        index=index,
        uuid=_uuid_of(obj),
        source=source,
        exact=exact,
        prefix=str(quote.get("prefix") or "") if quote else "",
        suffix=str(quote.get("suffix") or "") if quote else "",
        start=start,
        end=end,
        note=_note_of(obj),
        color=str(obj.get("dubao:color") or ""),
        created=str(obj.get("created") or ""),
        modified=str(obj.get("modified") or obj.get("updated") or ""),
        title=str(article.get("title") or "") if isinstance(article, dict) else "",
    )


def _best_target(target: Any) -> tuple[str, list[dict[str, Any]]] | None:
    """(source, selectors) of the first target that has a selector (Hypothesis lists several)."""
    found: tuple[str, list[dict[str, Any]]] | None = None
    for t in _list(target):
        if isinstance(t, str):
            found = found or (t, [])
            continue
        if not isinstance(t, dict):
            continue
        selectors = [s for s in _list(t.get("selector")) if isinstance(s, dict)]
        here = (str(t.get("source") or t.get("id") or ""), selectors)
        if selectors:
            return here
        found = found or here
    return found


def _selector(selectors: list[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    for s in selectors:
        if kind in _types(s):
            return s
        # A selector may be refined by another (W3C refinedBy); look one level down.
        refined = s.get("refinedBy")
        if isinstance(refined, dict) and kind in _types(refined):
            return refined
    return None


def _position(sel: dict[str, Any] | None) -> tuple[int | None, int | None]:
    if sel is None:
        return None, None
    start, end = sel.get("start"), sel.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return start, end
    return None, None


def _note_of(obj: dict[str, Any]) -> str:
    """The comment: TextualBody values (not tags), or Hypothesis's ``text``."""
    notes = []
    for body in _list(obj.get("body") or obj.get("bodyValue")):
        if isinstance(body, str):
            if not body.startswith(("http://", "https://", "urn:")):
                notes.append(body)
        elif isinstance(body, dict) and body.get("purpose") != "tagging":
            value = body.get("value")
            if isinstance(value, str):
                notes.append(value)
    if not notes and isinstance(obj.get("text"), str):
        notes.append(obj["text"])
    return "\n\n".join(n for n in notes if n)


def _uuid_of(obj: dict[str, Any]) -> str:
    """The annotation's own uuid, or one derived from its id so re-importing is idempotent."""
    raw = obj.get("id") or obj.get("@id")
    if isinstance(raw, str) and raw:
        text = raw.removeprefix("urn:uuid:")
        try:
            return str(uuidlib.UUID(text))
        except ValueError:
            return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, raw))
    content = json.dumps(obj, sort_keys=True, ensure_ascii=False)
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_OID, content))


def read_candidates(path: Path) -> tuple[list[Candidate], list[tuple[int, str]]]:
    """Annotations of a file, and ``(index, reason)`` for each object that is not usable."""
    found: list[Candidate] = []
    refused: list[tuple[int, str]] = []
    for i, obj in enumerate(annotation_objects(load(path))):
        c = candidate(obj, i)
        if isinstance(c, Candidate):
            found.append(c)
        else:
            refused.append((i, c))
    return found, refused
