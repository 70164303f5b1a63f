"""Runs a command and shows, over its life, how many cores it kept busy, beside what the build was doing.

    SITEGEN_TIMINGS=/tmp/timings.tsv python3 bench/busy_cores.py /tmp/timings.tsv <published sitegen> build

The process's CPU time (/proc/<pid>/stat, user + system) is read every 20 ms; each bucket of 250 ms
shows the cores it used on average ("cores"), and how many of its threads were running or waiting to
run, at most 2 a sample ("wanted": what the build could use of two cores, whatever else the machine runs;
on a loaded machine "cores" falls and "wanted" does not). With SITEGEN_TIMINGS set, SiteGen writes when each pipeline's phases
and modules started and ended (milliseconds since the Unix epoch); they are printed against the same clock,
with the cores busy while each ran. Pass "-" instead of a file to leave the modules out.
"""
import os
import subprocess
import sys
import time

timings, command = sys.argv[1], sys.argv[2:]
bucket = 0.25
ticks = os.sysconf('SC_CLK_TCK')
samples = []
wanted = []
started = time.time()
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
while process.poll() is None:
    try:
        with open(f'/proc/{process.pid}/stat') as f:
            fields = f.read().rsplit(')', 1)[1].split()
        samples.append((time.time(), (int(fields[11]) + int(fields[12])) / ticks))
    except (OSError, IndexError):
        pass
    running = 0
    try:
        for tid in os.listdir(f'/proc/{process.pid}/task'):
            try:
                with open(f'/proc/{process.pid}/task/{tid}/stat') as f:
                    running += f.read().rsplit(')', 1)[1].split()[0] == 'R'
            except OSError:
                pass
    except OSError:
        pass
    wanted.append((time.time(), min(running, 2)))
    time.sleep(0.02)
ended = time.time()


def cpu_at(moment):
    """CPU seconds used by `moment`, read off the samples (the last one at or before it)."""
    used = 0.0
    for at, cpu in samples:
        if at > moment:
            break
        used = cpu
    return used


def want(start, end):
    """Threads running or runnable, at most 2, averaged over the samples from start to end."""
    inside = [n for at, n in wanted if start <= at < end]
    return sum(inside) / len(inside) if inside else 0.0


def busy(start, end):
    return (cpu_at(end) - cpu_at(start)) / max(end - start, 1e-9)


total = samples[-1][1] if samples else 0.0
print(f'wall {ended - started:.2f} s, CPU {total:.2f} s (at least; the last 20 ms are not sampled), '
      f'CPU / wall {total / (ended - started):.2f} cores, load {open("/proc/loadavg").read().split()[0]}')
print()
print(f'wanted on average {want(started, ended):.2f} of 2 cores')
print()
print('   from     to  cores wanted')
t = started
while t < ended:
    cores = busy(t, min(t + bucket, ended))
    wish = want(t, min(t + bucket, ended))
    print(f'{t - started:6.2f} {min(t + bucket, ended) - started:6.2f}  {cores:4.2f}  {wish:4.2f} {"#" * round(wish * 20)}')
    t += bucket

if timings != '-' and os.path.exists(timings):
    print()
    print('   from     to   wall  cores wanted  what')
    rows = []
    with open(timings) as f:
        for line in f:
            what, start, end = line.rstrip('\n').split('\t')
            rows.append((int(start) / 1000, int(end) / 1000, what))
    for start, end, what in sorted(rows):
        print(f'{start - started:6.2f} {end - started:6.2f} {end - start:6.2f}  {busy(start, end):4.2f}  {want(start, end):4.2f}  {what}')
