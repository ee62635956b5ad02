"""Files (``/v1/files``): streamed uploads, listing, download and signed URLs."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import TYPE_CHECKING

from starlette.responses import FileResponse, Response

from .._call import JSON, Call, Invalid
from .._multipart import read_upload
from .._state import StoredFile
from ._common import operation, respond

if TYPE_CHECKING:
    from .._app import EmulatorApp


@operation("files_api_routes_upload_file")
async def upload_file(app: EmulatorApp, call: Call) -> Response:
    file_id, target = app.state.new_file_id()
    upload = await read_upload(call.request, target)
    detail: list[JSON] = []
    if upload.filename is None:
        detail.append({"loc": ["body", "file"], "msg": "Field required", "type": "missing"})
    purpose: JSON = None
    if "purpose" in upload.fields:
        purpose = upload.fields["purpose"].decode("utf-8", "replace")
        detail += app.contract.request_errors(
            {"$ref": "#/components/schemas/FilePurpose"}, purpose, ["body", "purpose"]
        )
    entry = call.entry
    entry["valid"] = not detail
    entry["json"] = {"purpose": purpose, "filename": upload.filename, "bytes": upload.size}
    if detail:
        target.unlink(missing_ok=True)
        raise Invalid(detail)
    purpose = purpose or "fine-tune"
    stored = app.state.add_file(
        StoredFile(
            id=file_id,
            filename=upload.filename or "upload",
            bytes=upload.size,
            created_at=int(time.time()),
            purpose=purpose,
            sample_type="batch_request" if purpose == "batch" else "instruct",
            source="upload",
            num_lines=upload.num_lines,
            path=target,
        )
    )
    return respond(app, call, stored.to_json())


@operation("files_api_routes_list_files")
async def list_files(app: EmulatorApp, call: Call) -> Response:
    q = call.query
    data, total = app.state.list_files(
        page=q.get("page", 0),
        page_size=q.get("page_size", 100),
        sample_type=q.get("sample_type"),
        source=q.get("source"),
        search=q.get("search"),
        purpose=q.get("purpose"),
    )
    return respond(app, call, {"data": data, "object": "list", "total": total})


@operation("files_api_routes_retrieve_file")
async def retrieve_file(app: EmulatorApp, call: Call) -> Response:
    stored = app.state.file(call.path["file_id"])
    return respond(app, call, {**stored.to_json(), "deleted": False})


@operation("files_api_routes_delete_file")
async def delete_file(app: EmulatorApp, call: Call) -> Response:
    stored = app.state.delete_file(call.path["file_id"])
    return respond(app, call, {"id": stored.id, "object": "file", "deleted": True})


@operation("files_api_routes_download_file")
async def download_file(app: EmulatorApp, call: Call) -> Response:
    return file_response(app.state.file(call.path["file_id"]))


def file_response(stored: StoredFile) -> Response:
    # FileResponse streams the file in chunks from disk: memory stays flat for big files.
    return FileResponse(
        stored.path, media_type="application/octet-stream", filename=stored.filename
    )


def signature(app: EmulatorApp, file_id: str, expires: int) -> str:
    """The HMAC of a signed URL (checked by the admin route that serves it)."""
    message = f"{file_id}:{expires}".encode()
    return hmac.new(app.signing_key, message, hashlib.sha256).hexdigest()


@operation("files_api_routes_get_signed_url")
async def signed_url(app: EmulatorApp, call: Call) -> Response:
    stored = app.state.file(call.path["file_id"])
    expires = int(time.time() + 3600 * int(call.query.get("expiry", 24)))
    base = str(call.request.base_url).rstrip("/")
    url = (
        f"{base}/_emulator/signed/{stored.id}?expires={expires}"
        f"&signature={signature(app, stored.id, expires)}"
    )
    return respond(app, call, {"url": url})
