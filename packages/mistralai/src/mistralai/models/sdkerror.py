"""v1's ``mistralai.models.sdkerror``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from dataclasses import dataclass
from typing import Optional

import httpx

from mistralai_core._errors import SDKError

__all__ = ["Optional", "SDKError", "dataclass", "httpx"]
