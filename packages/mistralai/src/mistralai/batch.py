"""v1's ``mistralai.batch``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from mistralai._resources.batch import Batch
from mistralai._resources.batch import BatchJobs as MistralJobs

__all__ = ["Batch", "MistralJobs"]
