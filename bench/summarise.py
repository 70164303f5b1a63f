"""One benchmark size's rows for RESULTS.md, from hyperfine's JSON export.

Usage: summarise.py HYPERFINE_JSON N PAGES RUNS LOAD_BEFORE LOAD_AFTER MEM_SITEGEN MEM_HUGO MEM_ELEVENTY
Prints the timing row, then the memory row.
"""
import json
import sys

path, n, pages, runs, before, after, mem_sitegen, mem_hugo, mem_eleventy = sys.argv[1:10]
results = {r["command"]: r for r in json.load(open(path))["results"]}


def cell(name):
    r = results[name]
    return f"{r['median']:.2f} s (CPU {r['user'] + r['system']:.2f} s)"


def ratio(a, b):
    wall = results[a]["median"] / results[b]["median"]
    cpu = (results[a]["user"] + results[a]["system"]) / (results[b]["user"] + results[b]["system"])
    return f"{wall:.2f}× (CPU {cpu:.2f}×)"


print(f"| {n} ({pages} HTML files) | {runs} | {before} → {after} | {cell('sitegen cold')} | {cell('sitegen warm cache')} | "
      f"{ratio('sitegen warm cache', 'sitegen cold')} | {cell('sitegen cold, own layouts')} | {cell('sitegen own layouts, warm cache')} | "
      f"{ratio('sitegen own layouts, warm cache', 'sitegen cold, own layouts')} | {cell('hugo')} | {cell('eleventy')} | "
      f"{ratio('sitegen cold', 'hugo')} | {ratio('sitegen cold', 'eleventy')} |")
print(f"| {n} | {mem_sitegen} | {mem_hugo} | {mem_eleventy} |")
