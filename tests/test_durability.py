"""Killing Dubao at any moment loses no acknowledged annotation and never damages the file."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop.core.store import Library

WRITER = r"""
import sys
from pathlib import Path
from desktop.core.store import Library
from desktop.core.store.annotations import Annotations

lib = Library.open(Path(sys.argv[1]))
notes = Annotations(lib)
ids = [a.id for a in lib.articles()]
i = 0
while True:
    art = ids[i % len(ids)]
    ann = notes.add(art, 0, 4, "yellow", f"note {i}")
    print("add", ann.uuid, flush=True)          # acknowledged: committed before this line
    notes.update(ann.uuid, note=f"edited {i}")
    print("edit", ann.uuid, f"edited {i}", flush=True)
    i += 1
"""


def test_sigkill_at_random_moments_loses_nothing(home: Path, seeds: list[Path]) -> None:
    lib = Library.open(home)
    lib.import_paths(seeds[:2])
    lib.close()
    rng = random.Random(20261122)
    acked: dict[str, str] = {}
    for _ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(home)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        # wait for the writer's first acknowledgement (start-up time varies with the
        # machine's load), then kill it mid-stream at a random moment
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        out = first + out
        for line in out.split("\n")[:-1]:  # a line cut by the kill has no newline: not acked
            parts = line.split(" ", 2)
            if parts[0] == "add":
                acked.setdefault(parts[1], "")
            elif parts[0] == "edit" and len(parts) == 3:
                acked[parts[1]] = parts[2]
    assert len(acked) > 20, "the writer never got going"
    conn = sqlite3.connect(home / "library.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = dict(conn.execute("SELECT uuid, note FROM annotations").fetchall())
    conn.close()
    missing = [u for u in acked if u not in stored]
    assert missing == []
    for uuid, note in acked.items():
        if note:
            assert stored[uuid] == note
    assert os.path.exists(home / "library.sqlite3")
