"""Undoable annotation actions.  Each one commits to the database at once, in both directions.

Deleting keeps a tombstone, so undoing a delete (or redoing an add) restores the very same
annotation, uuid and all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.models import Annotation, Changes
from desktop.core.store.annotations import Annotations

Notify = Callable[[Changes], None]
#: Command ids for merging consecutive edits of one note into one undo step.
EDIT_NOTE_ID = 1001


class AddHighlight(QUndoCommand):
    """Wraps a highlight the store has just created (so a bad span fails before the push)."""

    def __init__(self, store: Annotations, notify: Notify, ann: Annotation) -> None:
        super().__init__(QCoreApplication.translate("commands", "Highlight"))
        self.store, self.notify = store, notify
        self.uuid, self.article_id = ann.uuid, ann.article_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            self.notify(Changes(annotations=frozenset({self.article_id} - {None})))  # type: ignore[arg-type]
        else:
            self.notify(self.store.restore(self.uuid))

    def undo(self) -> None:
        self.notify(self.store.delete(self.uuid))


class DeleteHighlight(QUndoCommand):
    def __init__(self, store: Annotations, notify: Notify, uuid: str) -> None:
        super().__init__(QCoreApplication.translate("commands", "Delete Highlight"))
        self.store, self.notify, self.uuid = store, notify, uuid

    def redo(self) -> None:
        self.notify(self.store.delete(self.uuid))

    def undo(self) -> None:
        self.notify(self.store.restore(self.uuid))


class Recolour(QUndoCommand):
    def __init__(self, store: Annotations, notify: Notify, uuid: str, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("commands", "Change Colour"))
        self.store, self.notify, self.uuid = store, notify, uuid
        self.old, self.new = old, new

    def redo(self) -> None:
        self.notify(self.store.update(self.uuid, color=self.new))

    def undo(self) -> None:
        self.notify(self.store.update(self.uuid, color=self.old))


class EditNote(QUndoCommand):
    """A note edit; consecutive edits of the same note merge into one undo step."""

    def __init__(self, store: Annotations, notify: Notify, uuid: str, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("commands", "Edit Note"))
        self.store, self.notify, self.uuid = store, notify, uuid
        self.old, self.new = old, new

    def id(self) -> int:
        return EDIT_NOTE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNote) or other.uuid != self.uuid:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.notify(self.store.update(self.uuid, note=self.new))

    def undo(self) -> None:
        self.notify(self.store.update(self.uuid, note=self.old))
