"""Paginated lists: a page that is the first response *and* an iterator over every item.

A list operation declares its page type as what its response parses into, and binds with
:class:`SyncPageEndpoint` / :class:`AsyncPageEndpoint` instead of the plain endpoints::

    class FilesPage(ListFilesOut, Page[FileSchema]):   # the response model, paged
        pass

    LIST = Operation("GET", "/v1/files", parse=FilesPage.model_validate_json,
                     query_params=("page", "page_size", ...))

    class Files(Resource):
        list = SyncPageEndpoint(LIST, list_files)
        list_async = AsyncPageEndpoint(LIST, list_files)

The page *is* the first response (``isinstance(page, ListFilesOut)``; ``.data`` and
``.total`` read as before), and also:

* ``for item in page`` / ``async for item in page``: every item of every page, fetching the
  next page only when the previous one is used up (one request at a time, lazily);
* ``page.has_next_page()``, ``page.next_page()`` (``await page.next_page_async()``);
* ``page.iter_pages()`` / ``page.iter_pages_async()``: the pages themselves.

An operation answering a bare JSON array (conversations, agents) pages with
:class:`ListPage` (a ``list`` subclass). Paging is by ``page`` (zero-based) and
``page_size``; there is a next page while ``total`` says so, or, without a total, while a page
came back full.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import PrivateAttr

from ._models import BaseModel
from ._operation import Call, CallOptions, Operation, _Endpoint

if TYPE_CHECKING:
    from typing_extensions import ParamSpec, Self

    from ._client import ClientCore

    P = ParamSpec("P")
else:
    from typing import ParamSpec

    P = ParamSpec("P")

__all__ = ["AsyncPageEndpoint", "ListPage", "Page", "SyncPageEndpoint"]

T = TypeVar("T")
PageT = TypeVar("PageT", bound="_Paged[Any]")

#: The page-size a call gets when it names none (what the API assumes too).
DEFAULT_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class _Cursor:
    """Where a page came from: enough to ask for the one after it."""

    core: ClientCore
    operation: Operation[Any]
    call: Call

    @property
    def number(self) -> int:
        return int(self.call.arguments.get("page") or 0)

    @property
    def size(self) -> int:
        size = self.call.arguments.get("page_size")
        return DEFAULT_PAGE_SIZE if size is None else int(size)

    def following(self) -> Call:
        """The call for the next page: the same arguments and options, ``page + 1``."""
        arguments = {**self.call.arguments, "page": self.number + 1}
        return replace(self.call, arguments=arguments, options=CallOptions(**self.call.options))


class _Paged(Generic[T]):
    """The paging behaviour, shared by :class:`Page` (models) and :class:`ListPage` (lists)."""

    _cursor: _Cursor | None

    def _page_items(self) -> list[T]:
        raise NotImplementedError

    def _bind(self, cursor: _Cursor) -> Self:
        self._cursor = cursor
        return self

    def has_next_page(self) -> bool:
        """Whether another page may hold items (``total`` says so, or this page was full)."""
        cursor = self._cursor
        items = self._page_items()
        if cursor is None or not items:
            return False
        total = getattr(self, "total", None)
        seen = cursor.number * cursor.size + len(items)
        if isinstance(total, int):
            return seen < total
        return len(items) >= cursor.size

    def _next(self) -> tuple[_Cursor, Call]:
        cursor = self._cursor
        if cursor is None or not self.has_next_page():
            raise StopIteration  # turned into a clear error by the public methods
        call = cursor.following()
        return replace(cursor, call=call), call

    def next_page(self) -> Self | None:
        """The next page (one request), or ``None`` after the last one."""
        try:
            cursor, call = self._next()
        except StopIteration:
            return None
        page: Self = cursor.core.request(cursor.operation, call)
        return page._bind(cursor)

    async def next_page_async(self) -> Self | None:
        """The async twin of :meth:`next_page`."""
        try:
            cursor, call = self._next()
        except StopIteration:
            return None
        page: Self = await cursor.core.request_async(cursor.operation, call)
        return page._bind(cursor)

    def iter_pages(self) -> Iterator[Self]:
        """This page, then each following page as it is fetched."""
        page: Self | None = self
        while page is not None:
            yield page
            page = page.next_page()

    async def iter_pages_async(self) -> AsyncIterator[Self]:
        """The async twin of :meth:`iter_pages`."""
        page: Self | None = self
        while page is not None:
            yield page
            page = await page.next_page_async()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page._page_items()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages_async():
            for item in page._page_items():
                yield item


class Page(BaseModel, _Paged[T]):
    """A paged response model: subclass it together with the response's model.

    Items are read from ``data`` (a missing or ``null`` list is an empty page). Iterating
    yields the items of every page, not the model's fields as a plain model's would.
    """

    _cursor: _Cursor | None = PrivateAttr(default=None)

    __iter__ = _Paged.__iter__  # type: ignore[assignment]  # before BaseModel's (fields)

    def _page_items(self) -> list[T]:
        return list(getattr(self, "data", None) or [])


class ListPage(_Paged[T], list[T]):
    """A paged bare-array response (a ``list`` of the first page's items)."""

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self._cursor = None

    def _page_items(self) -> list[T]:
        return list(list.__iter__(self))

    @classmethod
    def parser(cls, parse: Callable[[bytes], list[T]]) -> Callable[[bytes], Self]:
        """An ``Operation.parse`` building this page from a parser of the bare list."""
        return lambda body: cls(parse(body))


class SyncPageEndpoint(_Endpoint[P, PageT]):
    """``client.x.list(...)`` -> the first page, bound so it can fetch the following ones."""

    def __init__(self, operation: Operation[PageT], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)

    def _bind(self, core: ClientCore, public: str) -> Callable[P, PageT]:
        op, built_for = self.operation, self._call

        def method(*args: P.args, **kwargs: P.kwargs) -> PageT:
            built = built_for(public, args, kwargs)
            page: PageT = core.request(op, built)
            return page._bind(_Cursor(core, op, built))

        return method


class AsyncPageEndpoint(_Endpoint[P, Coroutine[Any, Any, PageT]], Generic[P, PageT]):
    """``await client.x.list_async(...)`` -> the first page (``async for`` goes on from it)."""

    def __init__(self, operation: Operation[PageT], build: Callable[P, Call]) -> None:
        super().__init__(operation, build)

    def _bind(self, core: ClientCore, public: str) -> Callable[P, Coroutine[Any, Any, PageT]]:
        op, built_for = self.operation, self._call

        async def method(*args: P.args, **kwargs: P.kwargs) -> PageT:
            built = built_for(public, args, kwargs)
            page: PageT = await core.request_async(op, built)
            return page._bind(_Cursor(core, op, built))

        return method
