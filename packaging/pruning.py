"""What the PyInstaller bundle leaves out, and the shared libraries only those parts needed.

PySide6's hooks collect every plugin of each kind a used Qt module may load.  Dubao draws
widgets on X11, Wayland or offscreen, shows SVG, PNG, JPEG and ICO images and uses
QLocalSocket for its single-instance check; everything else goes.  The GTK 3 platform theme in
particular would drag the build machine's whole GTK stack (and its GIO modules' expectations)
into the bundle.  Once plugins are dropped, libraries that only they linked against are dropped
too (:func:`prune_binaries`), so the rule stays right when a Qt release changes what links what.

Used by ``dubao.spec``; plain functions over PyInstaller's ``(dest, source, kind)`` entries.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]

#: Qt plugins (``plugins/<kind>/<file>``) the app does not load.  A whole kind when the
#: pattern is just the kind.
UNWANTED_PLUGINS = re.compile(
    r"plugins/("
    r"egldeviceintegrations|generic|networkinformation|tls|qmltooling|sqldrivers|designer"
    r"|platformthemes/[^/]*gtk3[^/]*"
    r"|platforms/[^/]*(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)[^/]*"
    r"|imageformats/[^/]*(tiff|webp|tga|wbmp|icns|pdf)[^/]*"
    r")(/|$)"
)

#: Data files that are collected by hooks but never read: jieba's paddle model and
#: part-of-speech/keyword tables (13 MB + 21 MB), its pickled HMM tables (the .py twins are
#: used), type stubs, and Qt translations other than the base catalogue Dubao loads.
UNWANTED_DATA = re.compile(
    r"^(jieba/(lac_small|posseg|analyse)/|jieba/finalseg/[^/]*\.p$)"
    r"|\.pyi$"
    r"|/translations/(?!qtbase_)[^/]*\.qm$"
)


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def wanted_data(dest: str) -> bool:
    return not UNWANTED_DATA.search(_posix(dest))


def wanted_plugin(dest: str) -> bool:
    return not UNWANTED_PLUGINS.search(_posix(dest))


def _is_dependency_only(dest: str) -> bool:
    """A library that is in the bundle only because something else links against it."""
    path = _posix(dest)
    return "/" not in path or "/Qt/lib/" in path or re.search(r"\.libs/", path) is not None


def prune_binaries(
    binaries: Iterable[Entry], imports: Callable[[str], Iterable[str]] | None
) -> list[Entry]:
    """Drop unwanted plugins, then every dependency-only library no kept binary needs.

    ``imports(source)`` names the libraries a binary links against (basenames or paths);
    with None, only plugins are dropped (the spec does that on Windows and macOS, where no
    system GUI stack gets collected and the dependency walk is untested).
    """
    kept = [b for b in binaries if wanted_plugin(b[0])]
    if imports is None:
        return kept
    by_name = {PurePosixPath(_posix(b[0])).name: b for b in kept if _is_dependency_only(b[0])}
    # The interpreter library is loaded by the bootloader, not linked by any binary.
    needed = {name for name in by_name if re.match(r"(lib)?python3", name)}
    todo = [b for b in kept if not _is_dependency_only(b[0])]
    todo += [by_name[name] for name in needed]
    while todo:
        entry = todo.pop()
        for imported in imports(entry[1]):
            name = PurePosixPath(_posix(imported)).name
            if name in by_name and name not in needed:
                needed.add(name)
                todo.append(by_name[name])
    return [
        b
        for b in kept
        if not _is_dependency_only(b[0]) or PurePosixPath(_posix(b[0])).name in needed
    ]


def drop_dangling_symlinks(datas: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """Drop SYMLINK entries (PyInstaller files them with the data) whose target was pruned.

    A ``SYMLINK`` entry's source is the link target, relative to the link's folder.
    """
    datas = list(datas)
    present = {_posix(d) for d, _s, _k in [*datas, *binaries]}

    def target(dest: str, link: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(_posix(dest)), _posix(link)))

    return [e for e in datas if e[2] != "SYMLINK" or target(e[0], e[1]) in present]
