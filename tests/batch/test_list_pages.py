"""``ListPage``: the paging of operations that answer a bare JSON array (conversations, agents
lists), on a hand-made operation against a fake API."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from pydantic import TypeAdapter

from mistralai import Mistral
from mistralai_core._operation import Call, Operation, Resource, call
from mistralai_core._pages import AsyncPageEndpoint, ListPage, SyncPageEndpoint

ITEMS = [{"id": f"c{i}"} for i in range(7)]


class ThingsPage(ListPage[dict[str, Any]]):
    pass


LIST = Operation(
    "GET",
    "/v1/things",
    parse=ThingsPage.parser(TypeAdapter(list[dict[str, Any]]).validate_json),
    query_params=("page", "page_size"),
)


def list_things(*, page: int | None = 0, page_size: int | None = 100) -> Call:
    """List things."""
    return call(locals())


class Things(Resource):
    list = SyncPageEndpoint(LIST, list_things)
    list_async = AsyncPageEndpoint(LIST, list_things)


def serve(request: httpx.Request) -> httpx.Response:
    page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
    seen.append(page)
    return httpx.Response(200, content=json.dumps(ITEMS[page * size : (page + 1) * size]))


seen: list[int] = []


def things() -> Things:
    transport = httpx.MockTransport(serve)
    client = Mistral(
        api_key="k",
        server_url="http://fake",
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    return Things(client._core, "things")


def test_a_list_page_is_the_first_page_and_iterates_every_page() -> None:
    seen.clear()
    page = things().list(page_size=3)
    assert isinstance(page, list) and len(page) == 3 and page[0] == {"id": "c0"}
    assert seen == [0] and page.has_next_page()  # a full page: maybe more
    assert [t["id"] for t in page] == [f"c{i}" for i in range(7)]
    assert seen == [0, 1, 2]  # the third page (1 item) is short: the last


def test_a_list_page_async() -> None:
    seen.clear()

    async def main() -> list[str]:
        page = await things().list_async(page_size=4)
        return [t["id"] async for t in page]

    assert asyncio.run(main()) == [f"c{i}" for i in range(7)]
    assert seen == [0, 1]


def test_an_exactly_full_last_page_costs_one_empty_request() -> None:
    seen.clear()
    assert len(list(things().list(page_size=7))) == 7
    assert seen == [0, 1]
