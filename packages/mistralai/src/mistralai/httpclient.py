"""v1's ``mistralai.httpclient``: the protocols a custom ``client=`` / ``async_client=`` meets."""

from mistralai_core._http import AsyncHttpClient, HttpClient

__all__ = ["AsyncHttpClient", "HttpClient"]
