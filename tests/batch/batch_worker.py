"""A separate process running ``client.batch.run`` (the memory test and the resumption test).

``python batch_worker.py URL KEY COUNT ENDPOINT MODEL``: runs COUNT generated requests (every
tenth one invalid: an error result) and prints the job id as soon as the job exists (one
line, ``job <id>``), then one JSON line: the results seen (checked in order), the failures,
the peak of what Python allocated during the run (tracemalloc, from after the first call's
set-up: deterministic) and, for information only, how much the peak RSS grew (it varies:
~6 MB alone, ~80 MB in full-suite runs on a busy machine, not explained yet).
"""

from __future__ import annotations

import json
import resource
import sys
import tracemalloc
from collections.abc import Iterator
from typing import Any

from mistralai import Mistral, models


def requests(count: int, endpoint: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for i in range(count):
        if endpoint == "/v1/chat/completions":
            body: dict[str, Any] = {"messages": [{"role": "user", "content": f"q{i}"}]}
            if i % 10 == 3:
                body = {"messages": []}
        else:
            body = {"input": f"text number {i}"} if i % 10 != 3 else {"input": 7}
        yield f"req-{i}", body


def rss() -> int:
    """This process's resident memory now, in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def peak_rss() -> int:
    """The process's peak resident memory so far, in bytes (Linux: ru_maxrss is in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> None:
    url, key, count, endpoint, model = sys.argv[1:6]
    announced: list[str] = []

    def progress(job: models.BatchJobOut) -> None:
        if not announced:
            announced.append(job.id)
            print("job", job.id, flush=True)

    with Mistral(api_key=key, server_url=url) as client:
        client.models.list()  # the first call's one-time imports are not the run's memory
        before = rss()
        tracemalloc.start()
        run = client.batch.run(
            requests(int(count), endpoint),
            model=model,
            endpoint=endpoint,  # type: ignore[arg-type]
            poll_interval=0.05,
            on_progress=progress,
        )
        seen = failed = 0
        for i, result in enumerate(run):
            assert result.custom_id == f"req-{i}", (i, result.custom_id)
            seen += 1
            failed += not result.ok
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        growth = peak_rss() - before
    report = {
        "seen": seen,
        "failed": failed,
        "peak": peak,
        "rss_growth": growth,
        "status": run.job.status,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
