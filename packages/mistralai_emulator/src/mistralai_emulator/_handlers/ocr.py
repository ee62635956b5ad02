"""OCR (``/v1/ocr``): pages of markdown from a document.

Every operation is a 501 placeholder until its handler is written (see
:func:`._common.placeholder`).
"""

from __future__ import annotations

from ._common import placeholder

placeholder("ocr_v1_ocr_post")
