"""v1's ``mistralai.models.jobin``.

Its public names, from where they live now. Generated from tests/compat/data/v1.3.0-surface.json by
scripts/generate_models.py: do not edit.
"""

# ruff: noqa: UP035
from __future__ import annotations

from typing import List, Optional

from pydantic import model_serializer
from typing_extensions import NotRequired, TypedDict

from mistralai.models._fine_tuning import (
    GithubRepositoryIn,
    GithubRepositoryInTypedDict,
    JobIn,
    JobInIntegrations,
    JobInIntegrationsTypedDict,
    JobInRepositories,
    JobInRepositoriesTypedDict,
    JobInTypedDict,
    TrainingFile,
    TrainingFileTypedDict,
    TrainingParametersIn,
    TrainingParametersInTypedDict,
    WandbIntegration,
    WandbIntegrationTypedDict,
)
from mistralai_core._models import BaseModel
from mistralai_core._types import UNSET, UNSET_SENTINEL, Nullable, OptionalNullable

__all__ = [
    "BaseModel",
    "GithubRepositoryIn",
    "GithubRepositoryInTypedDict",
    "JobIn",
    "JobInIntegrations",
    "JobInIntegrationsTypedDict",
    "JobInRepositories",
    "JobInRepositoriesTypedDict",
    "JobInTypedDict",
    "List",
    "NotRequired",
    "Nullable",
    "Optional",
    "OptionalNullable",
    "TrainingFile",
    "TrainingFileTypedDict",
    "TrainingParametersIn",
    "TrainingParametersInTypedDict",
    "TypedDict",
    "UNSET",
    "UNSET_SENTINEL",
    "WandbIntegration",
    "WandbIntegrationTypedDict",
    "model_serializer",
]
