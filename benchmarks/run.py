"""Benchmarks: the SDK side by side with raw httpx, against one loopback server, in one run.

Each row is a standing target of the project (DEVELOPERS.md). Raw httpx posts the same JSON
to the same server (benchmarks/server.py, a separate process) and parses it with ``json``;
the SDK does what a user does. Ratios are SDK / raw for times and SDK / raw for rates.

Run: ``nox -s bench`` (or ``python benchmarks/run.py`` with the packages installed).
``--strict`` exits non-zero when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MESSAGES = [{"role": "user", "content": "Who is the best French painter? Answer in one sentence."}]
BODY = json.dumps({"model": "mistral-small-latest", "messages": MESSAGES}).encode()
STREAM_BODY = json.dumps(
    {"model": "mistral-small-latest", "messages": MESSAGES, "stream": True}
).encode()
HEADERS = {"Authorization": "Bearer bench-key", "Content-Type": "application/json"}


def start_server(events: int) -> tuple[subprocess.Popen[bytes], str]:
    port_file = Path(tempfile.mkdtemp()) / "port"
    server = [sys.executable, str(HERE / "server.py"), str(port_file), str(events)]
    proc = subprocess.Popen(server)
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            return proc, f"http://127.0.0.1:{port_file.read_text()}"
        time.sleep(0.02)
    proc.kill()
    raise RuntimeError("benchmark server did not start")


#: A fresh interpreter's environment: bytecode caches written and read, as for an installed
#: package (any value of PYTHONDONTWRITEBYTECODE, "0" too, stops Python writing them).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_python(code: str) -> float:
    """Wall time of a fresh interpreter running ``code``, in seconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
    return time.perf_counter() - start


def inner_time(code: str) -> float:
    """A fresh interpreter runs ``code``, which prints a duration; return it."""
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=ENV
    )
    return float(out.stdout.strip())


def alternate(a: Callable[[], float], b: Callable[[], float], rounds: int) -> tuple[float, float]:
    """Medians of ``a`` and ``b`` measured in alternation (so drift hits both alike), after
    one untimed run of each (bytecode caches written, files in the page cache)."""
    a(), b()
    xs, ys = [], []
    for _ in range(rounds):
        xs.append(a())
        ys.append(b())
    return statistics.median(xs), statistics.median(ys)


def bench_import(statement: str, rounds: int) -> tuple[float, float]:
    """``statement`` (what users write) against ``import httpx``, each in a fresh interpreter."""
    timed = "import time; t = time.perf_counter(); {s}; print(time.perf_counter() - t)"
    return alternate(
        lambda: inner_time(timed.format(s=statement)),
        lambda: inner_time(timed.format(s="import httpx")),
        rounds,
    )


def bench_cold(url: str, rounds: int) -> tuple[float, float]:
    sdk = (
        "from mistralai import Mistral\n"
        f"c = Mistral(api_key='bench-key', server_url={url!r})\n"
        f"r = c.chat.complete(model='mistral-small-latest', messages={MESSAGES!r})\n"
        "assert r.choices[0].message.content\n"
    )
    raw = (
        "import httpx, json\n"
        "c = httpx.Client()\n"
        f"r = c.post({url + '/v1/chat/completions'!r}, content={BODY!r}, headers={HEADERS!r})\n"
        "assert json.loads(r.content)['choices'][0]['message']['content']\n"
    )
    return alternate(lambda: run_python(sdk), lambda: run_python(raw), rounds)


def bench_sync(url: str, calls: int, rounds: int) -> tuple[float, float]:
    import httpx

    from mistralai import Mistral

    sdk = Mistral(api_key="bench-key", server_url=url)
    raw = httpx.Client()
    endpoint = url + "/v1/chat/completions"

    def sdk_round() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            r = sdk.chat.complete(model="mistral-small-latest", messages=MESSAGES)
            assert r.choices
        return (time.perf_counter() - start) / calls

    def raw_round() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            r = raw.post(endpoint, content=BODY, headers=HEADERS)
            assert json.loads(r.content)["choices"]
        return (time.perf_counter() - start) / calls

    try:
        return alternate(sdk_round, raw_round, rounds)  # its warm-up: connections, caches
    finally:
        sdk.close()
        raw.close()


def bench_stream(url: str, rounds: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Events per second: the SDK's stream vs httpx iter_lines + json.loads.

    Also the floor of typed events: the same raw loop validating each chunk with pydantic
    (``CompletionChunk``, no envelope, no SDK), against the same raw reference.
    """
    import httpx

    from mistralai import Mistral
    from mistralai.models import CompletionChunk

    sdk = Mistral(api_key="bench-key", server_url=url)
    raw = httpx.Client()
    endpoint = url + "/v1/chat/completions"
    CompletionChunk.model_rebuild()
    validate = CompletionChunk.__pydantic_validator__.validate_json

    def sdk_round() -> float:
        start = time.perf_counter()
        n = 0
        with sdk.chat.stream(model="mistral-small-latest", messages=MESSAGES) as events:
            for event in events:
                n += len(event.data.choices)
        return n / (time.perf_counter() - start)

    def raw_loop(parse: Callable[[str], Any]) -> float:
        start = time.perf_counter()
        n = 0
        with raw.stream("POST", endpoint, content=STREAM_BODY, headers=HEADERS) as response:
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    break
                n += len(parse(data))
        return n / (time.perf_counter() - start)

    def raw_round() -> float:
        return raw_loop(lambda data: json.loads(data)["choices"])

    def floor_round() -> float:
        return raw_loop(lambda data: validate(data).choices)

    sdk_round(), raw_round(), floor_round()
    try:
        xs, ys, zs = [], [], []
        for _ in range(rounds):
            xs.append(sdk_round())
            ys.append(raw_round())
            zs.append(floor_round())
        raw_rate = statistics.median(ys)
        return (statistics.median(xs), raw_rate), (statistics.median(zs), raw_rate)
    finally:
        sdk.close()
        raw.close()


def bench_async(
    url: str, calls: int, concurrency: int, rounds: int, transport: str = "httpx"
) -> tuple[float, float]:
    """Requests per second with ``concurrency`` requests in flight.

    ``transport="aiohttp"``: the SDK sends with ``DefaultAioHttpClient`` (raw httpx is the
    same reference as in the default row).
    """
    import httpx

    from mistralai import DefaultAioHttpClient, Mistral

    endpoint = url + "/v1/chat/completions"

    async def measure(one: Callable[[], object]) -> float:
        gate = asyncio.Semaphore(concurrency)

        async def guarded() -> None:
            async with gate:
                await one()  # type: ignore[misc]

        start = time.perf_counter()
        await asyncio.gather(*(guarded() for _ in range(calls)))
        return calls / (time.perf_counter() - start)

    async def main() -> tuple[float, float]:
        limits = httpx.Limits(max_connections=concurrency)
        http: httpx.AsyncClient = (
            DefaultAioHttpClient(limits=limits)
            if transport == "aiohttp"
            else httpx.AsyncClient(limits=limits)
        )
        async with (
            http,
            Mistral(api_key="bench-key", server_url=url, async_client=http) as sdk,
            httpx.AsyncClient(limits=limits) as raw,
        ):

            async def sdk_one() -> None:
                r = await sdk.chat.complete_async(model="mistral-small-latest", messages=MESSAGES)
                assert r.choices

            async def raw_one() -> None:
                r = await raw.post(endpoint, content=BODY, headers=HEADERS)
                assert json.loads(r.content)["choices"]

            await measure(sdk_one), await measure(raw_one)
            xs, ys = [], []
            for _ in range(rounds):
                xs.append(await measure(sdk_one))
                ys.append(await measure(raw_one))
            return statistics.median(xs), statistics.median(ys)

    return asyncio.run(main())


ROWS = ("import", "cold", "sync", "stream", "async")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=ROWS, action="append", help="run only these rows")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, a 2,000-event stream")
    parser.add_argument("--strict", action="store_true", help="fail when a target is missed")
    args = parser.parse_args()
    rounds = 5 if args.quick else 11
    events = 2_000 if args.quick else 50_000
    proc, url = start_server(events)
    results: list[tuple[str, tuple[float, float], str]] = []
    only = set(args.only or ROWS)
    try:
        if "import" in only:
            for statement in ("import mistralai", "from mistralai import Mistral"):
                row = f"{statement} vs import httpx (s)"
                results.append((row, bench_import(statement, rounds), "<=1.5"))
        if "cold" in only:
            cold = bench_cold(url, rounds)
            results.append(("cold first call, whole process (s)", cold, "<=1.7"))
        if "sync" in only:
            calls = 300 if args.quick else 1000
            sync = bench_sync(url, calls, rounds)
            results.append(("sync chat.complete per call (s)", sync, "<=1.1"))
        if "stream" in only:
            stream, floor = bench_stream(url, rounds if args.quick else 3)
            results.append((f"streaming, {events:,} events (events/s)", stream, ">=0.9"))
            # not a target: what pydantic alone costs per typed chunk (see bench_stream)
            results.append(("  floor: raw loop + pydantic chunk (events/s)", floor, "info"))
        if "async" in only:
            # the default transport, then DefaultAioHttpClient; raw httpx is the reference
            for transport in ("httpx", "aiohttp"):
                calls = 500 if args.quick else 2000
                conc = bench_async(url, calls, 32, max(3, rounds // 2), transport)
                row = f"async throughput, 32 in flight, {transport} (req/s)"
                results.append((row, conc, ">=0.95"))
    finally:
        proc.terminate()
        proc.wait()
    print(f"\n{'benchmark':50} {'sdk':>12} {'raw httpx':>12} {'ratio':>7}  target")
    missed = []
    for name, (sdk, raw), target in results:
        ratio = sdk / raw
        if target == "info":
            print(f"{name:50} {sdk:12.6g} {raw:12.6g} {ratio:6.3f}x  (for reference)")
            continue
        bound = float(target[2:])
        ok = ratio <= bound if target.startswith("<=") else ratio >= bound
        if not ok:
            missed.append(name)
        verdict = "ok" if ok else "MISSED"
        print(f"{name:50} {sdk:12.6g} {raw:12.6g} {ratio:6.3f}x  {target}x  {verdict}")
    return 1 if (missed and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
