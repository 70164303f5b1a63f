"""Runs a command and prints its CPU time (user + system), peak RSS and the CPU time of each of its
threads, summed by thread name (.NET names its threads: ".NET TP Worker", ".NET Tiered Com", ...).

    python3 bench/thread_cpu.py <published sitegen> build

Threads are read from /proc/<pid>/task/*/stat every 50 ms; the last reading of each thread before
it ends is kept, so a thread's last 50 ms may be missed.
"""
import collections
import os
import resource
import subprocess
import sys
import time

process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
ticks = os.sysconf('SC_CLK_TCK')
last = {}
started = time.time()
while process.poll() is None:
    try:
        tasks = os.listdir(f'/proc/{process.pid}/task')
    except OSError:
        tasks = []
    for tid in tasks:
        try:
            with open(f'/proc/{process.pid}/task/{tid}/stat') as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index('(') + 1:stat.rindex(')')]
        fields = stat[stat.rindex(')') + 2:].split()
        last[tid] = (name, (int(fields[11]) + int(fields[12])) / ticks)
    time.sleep(0.05)
wall = time.time() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f'wall {wall:.1f} s, CPU {usage.ru_utime + usage.ru_stime:.1f} s '
      f'(user {usage.ru_utime:.1f}, sys {usage.ru_stime:.1f}), peak RSS {usage.ru_maxrss // 1024} MB')
by_name = collections.Counter()
for name, seconds in last.values():
    by_name[name] += seconds
for name, seconds in by_name.most_common(8):
    print(f'  {seconds:6.2f} s  {name}')
