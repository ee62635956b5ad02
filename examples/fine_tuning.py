"""Fine-tuning: estimate, create, start, follow and cancel jobs; manage the model. Sync and async.

Against La Plateforme a real job takes a while (and costs money): the sync part waits up to
``MISTRAL_FT_WAIT`` seconds (default 600) for it to finish before cancelling it.
"""

from __future__ import annotations

import asyncio
import json
import os
import time

from mistralai import Mistral, models


def client() -> Mistral:
    """A client for $MISTRAL_SERVER_URL (default: https://api.mistral.ai)."""
    return Mistral(
        api_key=os.environ["MISTRAL_API_KEY"],
        server_url=os.environ.get("MISTRAL_SERVER_URL") or None,
    )


MODEL = "open-mistral-7b"
LINE = {"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}
TRAINING = (json.dumps(LINE) + "\n").encode() * 20
WAIT = float(os.environ.get("MISTRAL_FT_WAIT", "600"))
FINAL = {"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"}


def main() -> None:
    with client() as s:
        train = s.files.upload(file={"file_name": "train.jsonl", "content": TRAINING})
        files = [{"file_id": train.id, "weight": 1.0}]
        estimate = s.fine_tuning.jobs.create(
            model=MODEL, hyperparameters={"training_steps": 1}, training_files=files, dry_run=True
        )
        print("create (dry run): estimated", getattr(estimate, "cost", None), "EUR")
        job = s.fine_tuning.jobs.create(
            model=MODEL,
            hyperparameters={"training_steps": 1, "learning_rate": 0.0001},
            training_files=files,
            suffix="example",
            auto_start=False,
        )
        # Without dry_run the answer is the job (with it, a LegacyJobMetadataOut estimate).
        assert isinstance(job, models.JobOut)
        print("create:", job.id, job.status)
        deadline = time.monotonic() + WAIT
        detail = s.fine_tuning.jobs.get(job_id=job.id)
        while detail.status not in {"VALIDATED", *FINAL} and time.monotonic() < deadline:
            time.sleep(0.2)
            detail = s.fine_tuning.jobs.get(job_id=job.id)
        print("get:", detail.status)
        if detail.status == "VALIDATED":
            print("start:", s.fine_tuning.jobs.start(job_id=job.id).status)
        while detail.status not in FINAL and time.monotonic() < deadline:
            time.sleep(0.2)
            detail = s.fine_tuning.jobs.get(job_id=job.id)
        if detail.status not in FINAL:
            print("cancel:", s.fine_tuning.jobs.cancel(job_id=job.id).status)
            return
        print("finished:", detail.status, detail.fine_tuned_model)
        if detail.fine_tuned_model:
            model_id = detail.fine_tuned_model
            print("update:", s.models.update(model_id=model_id, name="Example model").name)
            print("archive:", s.models.archive(model_id=model_id).archived)
            print("unarchive:", s.models.unarchive(model_id=model_id).archived)
            print("delete:", s.models.delete(model_id=model_id).deleted)


async def main_async() -> None:
    async with client() as s:
        train = await s.files.upload_async(file={"file_name": "train.jsonl", "content": TRAINING})
        job = await s.fine_tuning.jobs.create_async(
            model=MODEL,
            hyperparameters={"training_steps": 1},
            training_files=[{"file_id": train.id}],
        )
        assert isinstance(job, models.JobOut)
        print("create_async:", job.id, job.status)
        page = await s.fine_tuning.jobs.list_async(model=MODEL, page_size=5)
        print("list_async:", page.total, "job(s)")
        detail = await s.fine_tuning.jobs.cancel_async(job_id=job.id)
        print("cancel_async:", detail.status)
        detail = await s.fine_tuning.jobs.get_async(job_id=job.id)
        print("get_async:", detail.status)


if __name__ == "__main__":
    main()
    asyncio.run(main_async())
