#!/usr/bin/env python3
"""Times `sitegen serve` from a saved edit to the live-reload event it sends.

    serve_reload.py PORT PID PAGE LAYOUT [RUNS]

The server (process PID) must already be running on PORT. PAGE is a markdown file of its site and
LAYOUT a layout of its theme, or - to time page edits only. Each run appends to the file, then waits for the next `reload` event
on /__sitegen/events; the edits are undone at the end. Prints one line per kind of edit:
`page <median ms> <median CPU ms> <min ms> <max ms>`, then `layout ...`. CPU is the server's user +
system time from the write to the event, read from /proc.
"""
import os
import http.client
import statistics
import sys
import time


def events(port):
    """Yields (name, data) of each server-sent event, as it arrives."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("GET", "/__sitegen/events", headers={"Accept": "text/event-stream"})
    response = conn.getresponse()
    name, data = None, []
    while True:
        line = response.fp.readline()
        if not line:
            return
        line = line.decode("utf-8").rstrip("\n")
        if line == "":
            if name is not None or data:
                yield name or "message", "\n".join(data)
            name, data = None, []
        elif line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())


def wait_until_built(port, stream):
    """The first event a new connection gets is the state of the latest build: once it arrives, the first build is done."""
    for name, _ in stream:
        if name in ("state", "reload", "errors"):
            return name
    raise SystemExit("the event stream closed before the first build finished")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_edits(stream, pid, path, edit, runs):
    with open(path, encoding="utf-8") as f:
        original = f.read()
    times, cpu = [], []
    try:
        for i in range(runs):
            text = original + edit(i)
            cpu_start = cpu_seconds(pid)
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            for name, _ in stream:
                if name == "reload":
                    break
                if name == "errors":
                    raise SystemExit(f"the build after editing {path} failed")
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((cpu_seconds(pid) - cpu_start) * 1000)
            time.sleep(0.5)  # lets the watcher settle, so each run is one rebuild
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        for name, _ in stream:  # the rebuild that restores the file
            if name in ("reload", "errors"):
                break
    return times, cpu


def main():
    port, pid, page, layout = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 7
    stream = events(port)
    wait_until_built(port, stream)
    time.sleep(3)  # the server starts watching files just after announcing its first build
    kinds = [("page", page, lambda i: f"\nOne more sentence about the day, number {i}.\n")]
    if layout != "-":
        kinds.append(("layout", layout, lambda i: f"\n@* edit {i} *@\n"))
    for label, path, edit in kinds:
        times, cpu = time_edits(stream, pid, path, edit, runs)
        print(f"{label} {statistics.median(times):.0f} {statistics.median(cpu):.0f} {min(times):.0f} {max(times):.0f}", flush=True)


if __name__ == "__main__":
    main()
