"""v1's ``mistralai.models.apiendpoint``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import Literal, Union

from mistralai.models._batch import APIEndpoint
from mistralai_core.models._v1 import UnrecognizedStr

__all__ = ["APIEndpoint", "Literal", "Union", "UnrecognizedStr"]
