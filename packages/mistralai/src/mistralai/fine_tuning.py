"""v1's ``mistralai.fine_tuning``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from mistralai._resources.fine_tuning import FineTuning
from mistralai._resources.fine_tuning import FineTuningJobs as Jobs

__all__ = ["FineTuning", "Jobs"]
