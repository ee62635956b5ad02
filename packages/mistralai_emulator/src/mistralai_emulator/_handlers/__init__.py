"""The handlers, one module per resource of the API.

Each handler is registered under the operationId it serves with :func:`~._common.operation`;
importing this package imports every resource module, so :data:`HANDLERS` is complete. A new
contract operation is a new handler in its resource's module (the app refuses to start when an
operation of the contract has none).
"""

from __future__ import annotations

from . import (  # noqa: F401  (imported for their registrations)
    agents,
    audio,
    batch,
    beta_agents,
    chat,
    classifiers,
    conversations,
    embeddings,
    files,
    fim,
    fine_tuning,
    models,
    ocr,
)
from ._common import HANDLERS, PLACEHOLDERS, operation

__all__ = ["HANDLERS", "PLACEHOLDERS", "operation"]
