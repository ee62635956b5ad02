"""Pagination: list operations return pages that iterate over every item, lazily."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs

import pytest

from mistralai import Mistral, models
from mistralai_emulator import Emulator

COUNT = 250


def pages_asked(emu: Emulator, path: str) -> list[dict[str, list[str]]]:
    return [
        parse_qs(r["query"]) for r in emu.requests if r["method"] == "GET" and r["path"] == path
    ]


@pytest.fixture
def files(emu: Emulator) -> list[str]:
    """250 stored files, their ids newest first (the order the service lists them in)."""
    state = emu.app.state
    ids = [
        state.write_file(f"f{i:03}.jsonl", ["{}"], "fine-tune", "instruct").id for i in range(COUNT)
    ]
    listed, total = state.list_files(
        page=0, page_size=COUNT, sample_type=None, source=None, search=None, purpose=None
    )
    assert total == COUNT and sorted(f["id"] for f in listed) == sorted(ids)
    return [f["id"] for f in listed]


def test_files_list_iterates_every_page_sync(emu: Emulator, sdk: Mistral, files: list[str]) -> None:
    page = sdk.files.list(page_size=100)
    assert isinstance(page, models.ListFilesOut)  # v1 code reading the first page still works
    assert (len(page.data), page.total) == (100, COUNT)
    assert len(pages_asked(emu, "/v1/files")) == 1  # nothing fetched before it is needed
    assert page.has_next_page()
    assert [f.id for f in page] == files
    asked = pages_asked(emu, "/v1/files")
    assert [q["page"] for q in asked] == [["0"], ["1"], ["2"]]
    assert all(q["page_size"] == ["100"] for q in asked)


def test_files_list_iterates_every_page_async(
    emu: Emulator, sdk: Mistral, files: list[str]
) -> None:
    async def main() -> tuple[Any, list[str]]:
        page = await sdk.files.list_async(page_size=100, purpose="fine-tune")
        return page, [f.id async for f in page]

    page, seen = asyncio.run(main())
    assert (len(page.data), page.total) == (100, COUNT)
    assert seen == files
    asked = pages_asked(emu, "/v1/files")
    assert [q["page"] for q in asked] == [["0"], ["1"], ["2"]]
    assert all(q["purpose"] == ["fine-tune"] for q in asked)  # filters kept on every page


def test_next_page_and_the_last_page(emu: Emulator, sdk: Mistral, files: list[str]) -> None:
    first = sdk.files.list(page_size=100)
    second = first.next_page()
    assert second is not None and [f.id for f in second.data] == files[100:200]
    third = second.next_page()
    assert third is not None and [f.id for f in third.data] == files[200:]
    assert not third.has_next_page()
    assert third.next_page() is None
    assert [len(p.data) for p in first.iter_pages()] == [100, 100, 50]


def test_next_page_async(sdk: Mistral, files: list[str]) -> None:
    async def main() -> list[int]:
        first = await sdk.files.list_async(page_size=120)
        sizes = [len(first.data)]
        page = await first.next_page_async()
        while page is not None:
            sizes.append(len(page.data))
            page = await page.next_page_async()
        return sizes

    assert asyncio.run(main()) == [120, 120, 10]


def test_a_page_starting_later_goes_on_from_there(sdk: Mistral, files: list[str]) -> None:
    assert [f.id for f in sdk.files.list(page=1, page_size=100)] == files[100:]


def test_an_empty_list_has_no_next_page(emu: Emulator, sdk: Mistral) -> None:
    page = sdk.batch.jobs.list()
    assert isinstance(page, models.BatchJobsOut) and page.total == 0
    assert not page.has_next_page() and list(page) == []
    assert len(pages_asked(emu, "/v1/batch/jobs")) == 1


def test_batch_and_fine_tuning_lists_page(emu: Emulator, sdk: Mistral) -> None:
    source = sdk.files.upload(
        file={"file_name": "b.jsonl", "content": b'{"custom_id": "0", "body": {}}\n'},
        purpose="batch",
    )
    emu.job_step = 60.0  # stays QUEUED
    created = [
        sdk.batch.jobs.create(
            input_files=[source.id], endpoint="/v1/embeddings", model="mistral-embed"
        ).id
        for _ in range(5)
    ]
    jobs = sdk.batch.jobs.list(page_size=2)
    assert isinstance(jobs, models.BatchJobsOut) and jobs.total == 5
    assert sorted(j.id for j in jobs) == sorted(created)
    assert [q["page"] for q in pages_asked(emu, "/v1/batch/jobs")] == [["0"], ["1"], ["2"]]
    ft = sdk.fine_tuning.jobs.list(page_size=2)
    assert isinstance(ft, models.JobsOut) and list(ft) == [] and not ft.has_next_page()
