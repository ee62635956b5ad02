"""Batch jobs: upload requests, run them as a batch, wait, read the results. Sync and async."""

from __future__ import annotations

import asyncio
import json
import os
import time

from mistralai import Mistral


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


MODEL = "mistral-small-latest"
REQUESTS = b"".join(
    json.dumps(
        {"custom_id": str(i), "body": {"messages": [{"role": "user", "content": q}]}}
    ).encode()
    + b"\n"
    for i, q in enumerate(["What is 2 + 2?", "Name a French painter."])
)
DONE = {"SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED"}


def main() -> None:
    with client() as s:
        source = s.files.upload(
            file={"file_name": "requests.jsonl", "content": REQUESTS}, purpose="batch"
        )
        job = s.batch.jobs.create(
            input_files=[source.id],
            endpoint="/v1/chat/completions",
            model=MODEL,
            metadata={"example": "batch.py"},
        )
        print("create:", job.id, job.status)
        while job.status not in DONE:
            time.sleep(0.2)
            job = s.batch.jobs.get(job_id=job.id)
        print("get:", job.status, f"{job.succeeded_requests}/{job.total_requests} succeeded")
        if job.output_file:
            response = s.files.download(file_id=job.output_file)
            try:
                for line in response.iter_lines():
                    print("result:", json.loads(line)["custom_id"])
            finally:
                response.close()
        print("list:", s.batch.jobs.list(metadata={"example": "batch.py"}).total, "job(s)")


async def main_async() -> None:
    async with client() as s:
        source = await s.files.upload_async(
            file={"file_name": "requests.jsonl", "content": REQUESTS}, purpose="batch"
        )
        job = await s.batch.jobs.create_async(
            input_files=[source.id], endpoint="/v1/chat/completions", model=MODEL
        )
        print("create_async:", job.id, job.status)
        job = await s.batch.jobs.cancel_async(job_id=job.id)
        print("cancel_async:", job.status)
        job = await s.batch.jobs.get_async(job_id=job.id)
        print("get_async:", job.status)
        page = await s.batch.jobs.list_async(page_size=5)
        print("list_async:", page.total, "job(s)")


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
