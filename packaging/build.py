"""Build the installable Dubao: icons, the PyInstaller bundle and, on Linux, the .deb.

    uv run --group packaging python packaging/build.py           # dist/dubao/ (Dubao.app on macOS)
    uv run --group packaging python packaging/build.py --deb     # + dist/dubao_<ver>_<arch>.deb
    uv run --group packaging python packaging/build.py --archive # + .tar.gz / .zip / .dmg
    uv run --group packaging python packaging/build.py --installer  # + Windows setup.exe (Inno)

Work files go to build/; results to dist/.  See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Siblings in packaging/, importable because Python puts this script's folder first on the
# path.  packaging/ cannot be a package: "packaging" is the PyPI package PyInstaller imports.
import icons  # noqa: E402


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise SystemExit("desktop/__init__.py has no __version__")
    return match[1]


def platform_tag() -> str:
    machine = {"AMD64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}
    arch = machine.get(platform.machine(), platform.machine())
    return {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux") + f"-{arch}"


def strip_debug_info(bundle: Path) -> None:
    """Drop DWARF data from the interpreter (pyenv and python.org builds keep it: ~25 MB).

    Only the interpreter's own files: wheels' libraries are already stripped, and stripping
    ones that auditwheel patched can corrupt them.
    """
    strip = shutil.which("strip")
    if strip is None:
        return
    internal = bundle / "_internal"
    targets = [*internal.glob("libpython3*"), *internal.glob("python3*/lib-dynload/*.so")]
    targets = [p for p in targets if p.is_file() and not p.is_symlink()]
    if targets:
        subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)


def run_pyinstaller(dist: Path, work: Path, icon_dir: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work / 'pyinstaller'}",
            str(HERE / "dubao.spec"),
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "DUBAO_ICON_DIR": str(icon_dir)},
    )
    return dist / "dubao"


def archive(bundle: Path, dist: Path) -> Path:
    """dist/dubao-<version>-<platform>.tar.gz (Linux), .zip (Windows) or .dmg (macOS)."""
    base = dist / f"dubao-{version()}-{platform_tag()}"
    if sys.platform == "darwin":  # a disk image keeps the app's symlinks and signatures
        dmg = base.with_suffix(".dmg")
        app = dist / "Dubao.app"
        hdiutil = ["hdiutil", "create", "-volname", "Dubao", "-srcfolder", str(app), "-ov"]
        subprocess.run([*hdiutil, "-format", "UDZO", str(dmg)], check=True)
        return dmg
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(base), "zip", dist, bundle.name))
    return Path(shutil.make_archive(str(base), "gztar", dist, bundle.name))


def windows_installer(dist: Path, icon_dir: Path) -> Path:
    """dist/dubao-<version>-setup.exe, built by Inno Setup from packaging/windows/dubao.iss."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        raise SystemExit("--installer needs Inno Setup 6 (choco install innosetup)")
    defines = [f"/DAppVersion={version()}", f"/DDistDir={dist}"]
    defines.append(f"/DIconFile={icon_dir / 'dubao.ico'}")
    subprocess.run([iscc, *defines, str(HERE / "windows" / "dubao.iss")], check=True)
    return dist / f"dubao-{version()}-setup.exe"


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the installable Dubao.")
    ap.add_argument("--deb", action="store_true", help="also build the .deb (Linux)")
    ap.add_argument("--archive", action="store_true", help="also pack the bundle for download")
    ap.add_argument("--installer", action="store_true", help="also build setup.exe (Windows)")
    ap.add_argument("--skip-bundle", action="store_true", help="reuse dist/dubao from last time")
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--work", type=Path, default=ROOT / "build")
    a = ap.parse_args(argv)
    dist, work = a.dist.resolve(), a.work.resolve()

    t0 = time.perf_counter()
    icon_dir = work / "icons"
    icons.render_all(icon_dir)
    bundle = dist / "dubao"
    if not a.skip_bundle:
        bundle = run_pyinstaller(dist, work, icon_dir)
        if sys.platform.startswith("linux"):
            strip_debug_info(bundle)
    if not bundle.is_dir():
        raise SystemExit(f"no bundle at {bundle}")
    print(f"bundle   {bundle}  {_size_mb(bundle):.0f} MB")
    if a.archive:
        packed = archive(bundle, dist)
        print(f"archive  {packed}  {_size_mb(packed):.0f} MB")
    if a.installer:
        if sys.platform != "win32":
            raise SystemExit("--installer builds the Windows installer, on Windows")
        setup = windows_installer(dist, icon_dir)
        print(f"setup    {setup}  {_size_mb(setup):.0f} MB")
    if a.deb:
        if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
            raise SystemExit("--deb needs Linux with dpkg-deb")
        import deb  # packaging/deb.py

        package = deb.build_deb(bundle, icon_dir, dist, version(), work / "deb")
        print(f"deb      {package}  {_size_mb(package):.0f} MB")
    print(f"built in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
