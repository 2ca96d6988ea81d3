"""Where a command's CPU goes, per process: runs a command and samples its process tree and a server's.

Every `--every` seconds (default 0.05) psutil reads the CPU times of the command, each of its descendants
(OCR worker processes, tesseract) and, with `--server PID`, a standing Prefect server's tree. A process's
last sample is its CPU (a process dies between two samples: what it spent after the last one is missed, at
most one interval; what its own waited-for children spent is in its `children` times and counted once).
Prints one JSON object: per process its role, start and end (seconds since the command started), CPU-s, and
for the command process its CPU by second, so the phases show; with `--json-out` also writes it.

Usage: .venv/bin/python benchmarks/process_timeline.py [--server PID] [--every 0.05] -- congvan ingest one.pdf
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil


@dataclass
class Seen:
    """One process as last sampled."""

    pid: int
    parent: int
    role: str
    start_s: float
    end_s: float = 0.0
    cpu_s: float = 0.0
    """user + system of the process and of its waited-for children."""
    own_cpu_s: float = 0.0
    by_second: dict[int, float] = field(default_factory=dict)
    samples: list[tuple[float, float]] = field(default_factory=list)
    """(seconds since the start, own CPU-s so far), the command's only."""


def _cpu(process: psutil.Process) -> tuple[float, float]:
    times = process.cpu_times()
    own = times.user + times.system
    return own + times.children_user + times.children_system, own


def _role(process: psutil.Process, root: int) -> str:
    if process.pid == root:
        return "command"
    try:
        line = process.cmdline()
    except psutil.Error:
        return "?"
    name = Path(line[0]).name if line else process.name()
    if name == "tesseract":
        return "tesseract"
    if any("multiprocessing" in part for part in line) or name.startswith("python"):
        return "python child " + " ".join(line[1:3])[:60]
    return name


def sample(command: list[str], every: float, server: int | None, **popen: Any) -> dict[str, object]:
    """Run `command` (`popen`: Popen's options, e.g. env and cwd) and sample it until it exits."""
    started = time.perf_counter()
    child = subprocess.Popen(command, **popen)
    root = psutil.Process(child.pid)
    seen: dict[tuple[int, float], Seen] = {}
    server_tree = [psutil.Process(server), *psutil.Process(server).children(recursive=True)] if server else []
    server_before = sum(_cpu(p)[0] for p in server_tree)
    while child.poll() is None:
        now = time.perf_counter() - started
        try:
            processes = [root, *root.children(recursive=True)]
        except psutil.Error:
            processes = []
        for process in processes:
            try:
                key = (process.pid, process.create_time())
                if key not in seen:
                    seen[key] = Seen(process.pid, process.ppid(), _role(process, child.pid), round(now, 2))
                elif seen[key].role == "?" or seen[key].role.startswith("python child"):
                    seen[key].role = _role(process, child.pid)  # first seen between fork and exec, or unreadable
                total, own = _cpu(process)
            except psutil.Error:
                continue
            entry = seen[key]
            entry.end_s, entry.cpu_s, entry.own_cpu_s = round(now, 2), total, own
            if entry.role == "command":
                entry.by_second[int(now)] = own
                entry.samples.append((now, own))
        time.sleep(every)
    wall = time.perf_counter() - started
    server_cpu = sum(_cpu(p)[0] for p in server_tree if p.is_running()) - server_before if server else None
    rows = []
    for entry in sorted(seen.values(), key=lambda e: e.start_s):
        row: dict[str, object] = {
            "pid": entry.pid,
            "role": entry.role,
            "start_s": entry.start_s,
            "end_s": entry.end_s,
            "cpu_s": round(entry.cpu_s, 2),
            "own_cpu_s": round(entry.own_cpu_s, 2),
        }
        if entry.role == "command":
            row["own_cpu_by_second"] = _per_second(entry)
        rows.append(row)
    command_row = next((e for e in seen.values() if e.role == "command"), None)
    workers = [  # the command's own children that lived, but the tesseract commands it ran itself (a forked OCR
        # process whose command line could not be read when it was first seen is one, its role "?")
        e
        for e in seen.values()
        if e.parent == child.pid and e.role != "tesseract" and e.end_s > e.start_s
    ]
    first_worker = min((e.start_s for e in workers), default=None)
    return {
        "command": command,
        "exit": child.returncode,
        "wall_s": round(wall, 2),
        "command_own_cpu_s": round(command_row.own_cpu_s, 2) if command_row else None,
        "workers_cpu_s": round(sum(e.cpu_s for e in workers), 2),
        "workers_started_s": first_worker,
        "command_cpu_before_workers_s": (
            round(max((cpu for at, cpu in command_row.samples if at <= first_worker), default=0.0), 2)
            if command_row and first_worker is not None
            else None
        ),
        "server_cpu_s": round(server_cpu, 2) if server_cpu is not None else None,
        "load_average_1m": round(psutil.getloadavg()[0], 2),
        "processes": rows,
    }


def _per_second(entry: Seen) -> dict[int, float]:
    """The command's own CPU spent in each second of its run."""
    previous, per_second = 0.0, {}
    for second, cpu in sorted(entry.by_second.items()):
        per_second[second] = round(cpu - previous, 2)
        previous = cpu
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", type=int, help="the pid of a standing Prefect server, measured too")
    parser.add_argument("--every", type=float, default=0.05)
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    result = sample(command, options.every, options.server)
    text = json.dumps(result, indent=1)
    print(text)
    if options.json_out:
        options.json_out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
