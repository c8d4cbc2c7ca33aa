#!/usr/bin/env python3
"""Crawls every list, tag and feed page of a Köprü server, each paged sequence until its first 404.

usage: crawl.py <base-url> <tags.yaml> [threads=4]
Prints one line: RESULT pages=<n> bytes=<n> seconds=<s> errors=<n>
"""
import http.client
import re
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

FEEDS = ("rss.xml", "atom.xml", "feed.json")
KINDS = ("news", "press-release", "statement")


def sequences(tags):
    """Every paged URL family: (path, first page's path) — later pages add ?page=N."""
    paths = []
    for lang in ("tr", "kk"):
        paths.append("/%s/" % lang)
        paths += ["/%s/tag/%s" % (lang, tag) for tag in tags]
    scopes = [""] + ["/" + lang for lang in ("tr", "kk")]
    scopes += ["/%s/tag/%s" % (lang, tag) for lang in ("tr", "kk") for tag in tags]
    scopes += ["/%s/kind/%s" % (lang, kind) for lang in ("tr", "kk") for kind in KINDS]
    paths += ["%s/%s" % (scope, feed) for scope in scopes for feed in FEEDS]
    return paths


local = threading.local()
lock = threading.Lock()
totals = {"pages": 0, "bytes": 0, "errors": 0}


def get(base, path):
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(base.hostname, base.port, timeout=120)
    for attempt in range(2):
        try:
            local.conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = local.conn.getresponse()
            return response.status, len(response.read())
        except (http.client.HTTPException, OSError):
            local.conn.close()
            local.conn = http.client.HTTPConnection(base.hostname, base.port, timeout=120)
    return -1, 0


def crawl(base, path):
    page = 1
    while True:
        status, size = get(base, path if page == 1 else path + "?page=%d" % page)
        with lock:
            if status == 200:
                totals["pages"] += 1
                totals["bytes"] += size
            elif status != 404:
                totals["errors"] += 1
        if status != 200:
            return
        page += 1


def main():
    base = urllib.parse.urlparse(sys.argv[1])
    tags = [m.group(1) for m in (re.match(r"^([a-z0-9-]+):\s*$", line) for line in open(sys.argv[2], encoding="utf-8")) if m]
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    start = time.time()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda path: crawl(base, path), sequences(tags)))
    print("RESULT pages=%d bytes=%d seconds=%.0f errors=%d" % (totals["pages"], totals["bytes"], time.time() - start, totals["errors"]))


if __name__ == "__main__":
    main()
