"""Build ``dubao_<version>_<arch>.deb`` from the PyInstaller bundle, with ``dpkg-deb``.

Layout: the bundle under ``/opt/dubao``, ``/usr/bin/dubao`` linking to it, the desktop entry,
AppStream metadata and hicolor icons under ``/usr/share``.  No maintainer scripts: dpkg's
triggers (desktop-file-utils, hicolor-icon-theme) refresh the menu, the ``dubao://`` handler
and the icon cache.

The bundle carries copies of the build machine's system libraries (libX11, fontconfig, glib,
OpenSSL...).  In a .deb they belong to Debian: each copy that a Debian package owns is removed
and that package goes into ``Depends:``, so security updates reach Dubao and the libraries
match the system's configuration (fonts, input methods).  Libraries the bundle's binaries load
from the system are added the same way.  Build the .deb on the release it is for (Debian 12).
"""

from __future__ import annotations

import filecmp
import gzip
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "resources" / "linux"
DESKTOP_FILE = "dubao.desktop"
METAINFO_FILE = "io.github.dubao.Dubao.metainfo.xml"
PREFIX = "opt/dubao"

#: Not libraries the bundle links to, but needed to read Chinese and to draw on X11.
EXTRA_DEPENDS = (
    "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
)
MAINTAINER = "Dubao maintainers <dubao@users.noreply.github.com>"
DESCRIPTION = """\
Read and annotate Chinese newspaper pages
 Dubao turns Chinese newspaper pages into clean articles you can read, search
 and annotate, with pinyin in context and CC-CEDICT definitions for every word."""


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def _system_library_paths() -> dict[str, str]:
    """``soname -> path`` for this interpreter's architecture, from the loader cache."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    triplet = f"/{getattr(sys.implementation, '_multiarch', '')}/"
    found: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        m = re.match(r"\s*(\S+) \([^)]*\) => (\S+)", line)
        if m and triplet in m[2]:
            found.setdefault(m[1], m[2])
    return found


def owning_packages(paths: Iterable[str]) -> dict[str, str]:
    """``path -> Debian package`` for the paths dpkg knows (also under the merged /usr)."""
    candidates: dict[str, str] = {}
    for path in paths:
        alt = path[4:] if path.startswith("/usr/") else "/usr" + path
        for p in (path, alt, os.path.realpath(path)):
            candidates[p] = path
    proc = subprocess.run(
        ["dpkg-query", "-S", *candidates], capture_output=True, text=True, check=False
    )
    owners: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        packages, _, file = line.partition(": ")
        if file in candidates and "," not in packages and not packages.startswith("diversion"):
            owners.setdefault(candidates[file], packages.split(":")[0])
    return owners


def unbundle_system_libraries(internal: Path) -> set[str]:
    """Delete bundled copies of libraries a Debian package provides; return those packages."""
    system = _system_library_paths()
    bundled = {
        p.name: p
        for p in internal.iterdir()
        # The interpreter stays even when it is Debian's: the stdlib in the bundle matches it.
        if p.is_file()
        and not p.is_symlink()
        and ".so" in p.name
        and not p.name.startswith("libpython")
        and _is_elf(p)
    }
    # Only exact copies of the system's files: never a wheel's own build of a library that the
    # system also has (PySide6's Qt next to Debian's libqt6core6, say).
    paths = {
        name: system[name]
        for name, copy in bundled.items()
        if name in system and filecmp.cmp(copy, system[name], shallow=False)
    }
    owners = owning_packages(paths.values())
    packages = set()
    for name, path in paths.items():
        if path in owners:
            bundled[name].unlink()
            packages.add(owners[path])
    return packages


def linked_system_packages(tree: Path, internal: Path) -> tuple[set[str], set[str]]:
    """Packages owning the system libraries the tree's ELF files load, and sonames not found."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    used: set[str] = set()
    missing: set[str] = set()
    for path in tree.rglob("*"):
        if not path.is_file() or path.is_symlink() or not _is_elf(path):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            m = re.match(r"\s*(\S+) => (\S+)", line)
            if not m:
                continue
            if m[2] == "not":
                missing.add(m[1])
            elif not m[2].startswith(str(tree)):
                used.add(m[2])
    return set(owning_packages(used).values()), missing


def policy_package_name(soname: str) -> str | None:
    """The Debian package a shared library's soname goes in, by Debian policy 8.1.

    ``libxcb-icccm.so.4`` is in ``libxcb-icccm4``; a name ending in a digit takes a hyphen
    before the version (``libfoo2.so.1`` is in ``libfoo2-1``).
    """
    m = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+)", soname)
    if not m:
        return None
    name, version = m[1].lower().replace("_", "-"), m[2]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def _apt_knows(package: str) -> bool:
    show = subprocess.run(["apt-cache", "show", package], capture_output=True, check=False)
    return show.returncode == 0


def packages_for_missing(sonames: Iterable[str]) -> tuple[set[str], set[str]]:
    """Debian packages for libraries the build machine lacks, and sonames no package is known for.

    A Qt plugin may link libraries the build machine never installed (the xcb plugin's
    libxcb-icccm, say); the installed app needs them all the same.
    """
    found: set[str] = set()
    unknown: set[str] = set()
    for soname in sonames:
        package = policy_package_name(soname)
        if package and _apt_knows(package):
            found.add(package)
        else:
            unknown.add(soname)
    return found, unknown


def _install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def _installed_size_kib(tree: Path) -> int:
    files = (p for p in tree.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) // 1024 + 1


def _changelog(version: str) -> bytes:
    """A one-entry Debian changelog (policy wants one in every binary package)."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or time.time()
    when = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(epoch))
    text = (
        f"dubao ({version}) stable; urgency=medium\n\n"
        f"  * Dubao {version}, built from the source tree with PyInstaller.\n\n"
        f" -- {MAINTAINER}  {when}\n"
    )
    return gzip.compress(text.encode(), compresslevel=9, mtime=0)


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def build_deb(bundle: Path, icons: Path, out_dir: Path, version: str, work: Path) -> Path:
    """Stage the package tree under ``work`` and build the .deb into ``out_dir``."""
    arch = architecture()
    name = f"dubao_{version}_{arch}"
    tree = work / name
    if tree.exists():
        shutil.rmtree(tree)
    app = tree / PREFIX
    shutil.copytree(bundle, app, symlinks=True)
    internal = app / "_internal"
    packages = unbundle_system_libraries(internal)
    linked, missing = linked_system_packages(app, internal)
    packages |= linked
    found, unknown = packages_for_missing(missing)
    packages |= found
    if found:
        print(f"deb: not on this machine, depended on: {' '.join(sorted(found))}")
    if unknown:
        print(f"deb: not found on this machine, no package known: {' '.join(sorted(unknown))}")

    (tree / "usr/bin").mkdir(parents=True)
    (tree / "usr/bin/dubao").symlink_to(f"/{PREFIX}/dubao")
    share = tree / "usr/share"
    _install(LINUX / DESKTOP_FILE, share / "applications" / DESKTOP_FILE)
    _install(LINUX / METAINFO_FILE, share / "metainfo" / METAINFO_FILE)
    hicolor = share / "icons/hicolor"
    for size_dir in sorted(p for p in icons.iterdir() if re.fullmatch(r"\d+x\d+", p.name)):
        _install(size_dir / "dubao.png", hicolor / size_dir.name / "apps/dubao.png")
    _install(ROOT / "resources/icons/dubao.svg", hicolor / "scalable/apps/dubao.svg")
    _install(ROOT / "packaging/linux/copyright", share / "doc/dubao/copyright")
    (share / "doc/dubao/changelog.gz").write_bytes(_changelog(version))

    depends = ", ".join([*sorted(packages - set(EXTRA_DEPENDS)), *EXTRA_DEPENDS])
    control = tree / "DEBIAN/control"
    control.parent.mkdir(parents=True)
    control.write_text(
        f"Package: dubao\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {_installed_size_kib(tree)}\n"
        f"Depends: {depends}\n"
        f"Section: education\n"
        f"Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    for path in tree.rglob("*"):  # dpkg wants 0755 dirs whatever the umask was
        if path.is_dir():
            path.chmod(0o755)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{name}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb
