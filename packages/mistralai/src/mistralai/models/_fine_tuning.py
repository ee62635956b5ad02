"""Models of the fine-tuning operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, Tag
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel, TaggedModel
from mistralai_core.models._unions import UNKNOWN_TAG, UnknownVariant, open_discriminator

__all__ = [
    "CheckpointOut",
    "CheckpointOutTypedDict",
    "DetailedJobOut",
    "DetailedJobOutIntegrations",
    "DetailedJobOutIntegrationsTypedDict",
    "DetailedJobOutObject",
    "DetailedJobOutRepositories",
    "DetailedJobOutRepositoriesTypedDict",
    "DetailedJobOutStatus",
    "DetailedJobOutTypedDict",
    "EventOut",
    "EventOutTypedDict",
    "FineTuneableModel",
    "GithubRepositoryIn",
    "GithubRepositoryInType",
    "GithubRepositoryInTypedDict",
    "GithubRepositoryOut",
    "GithubRepositoryOutType",
    "GithubRepositoryOutTypedDict",
    "Integrations",
    "IntegrationsTypedDict",
    "JobIn",
    "JobInIntegrations",
    "JobInIntegrationsTypedDict",
    "JobInRepositories",
    "JobInRepositoriesTypedDict",
    "JobInTypedDict",
    "JobIntegrationOut",
    "JobIntegrationOutTypedDict",
    "JobMetadataOut",
    "JobMetadataOutTypedDict",
    "JobOut",
    "JobOutTypedDict",
    "JobRepositoryOut",
    "JobRepositoryOutTypedDict",
    "JobStatus",
    "JobsAPIRoutesFineTuningCancelFineTuningJobRequest",
    "JobsAPIRoutesFineTuningCancelFineTuningJobRequestTypedDict",
    "JobsAPIRoutesFineTuningCreateFineTuningJobResponse",
    "JobsAPIRoutesFineTuningCreateFineTuningJobResponseTypedDict",
    "JobsAPIRoutesFineTuningGetFineTuningJobRequest",
    "JobsAPIRoutesFineTuningGetFineTuningJobRequestTypedDict",
    "JobsAPIRoutesFineTuningGetFineTuningJobsRequest",
    "JobsAPIRoutesFineTuningGetFineTuningJobsRequestTypedDict",
    "JobsAPIRoutesFineTuningStartFineTuningJobRequest",
    "JobsAPIRoutesFineTuningStartFineTuningJobRequestTypedDict",
    "JobsOut",
    "JobsOutObject",
    "JobsOutTypedDict",
    "LegacyJobMetadataOut",
    "LegacyJobMetadataOutObject",
    "LegacyJobMetadataOutTypedDict",
    "MetricOut",
    "MetricOutTypedDict",
    "Object",
    "QueryParamStatus",
    "Repositories",
    "RepositoriesTypedDict",
    "Status",
    "TrainingFile",
    "TrainingFileTypedDict",
    "TrainingParameters",
    "TrainingParametersIn",
    "TrainingParametersInTypedDict",
    "TrainingParametersTypedDict",
    "WandbIntegration",
    "WandbIntegrationOut",
    "WandbIntegrationOutType",
    "WandbIntegrationOutTypedDict",
    "WandbIntegrationType",
    "WandbIntegrationTypedDict",
]


FineTuneableModel = (
    Literal[
        "open-mistral-7b",
        "mistral-small-latest",
        "codestral-latest",
        "mistral-large-latest",
        "open-mistral-nemo",
        "ministral-3b-latest",
    ]
    | str
)
"""The name of the model to fine-tune."""


class GithubRepositoryOut(TaggedModel):
    """GithubRepositoryOut"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"ref"})

    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: float | None = 1.0
    commit_id: str


class GithubRepositoryOutTypedDict(TypedDict):
    """The dict form of :class:`GithubRepositoryOut`."""

    type: NotRequired[Literal["github"]]
    name: str
    owner: str
    ref: NotRequired[str | None]
    weight: NotRequired[float]
    commit_id: str


class JobMetadataOut(BaseModel):
    """JobMetadataOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "expected_duration_seconds",
            "cost",
            "cost_currency",
            "train_tokens_per_step",
            "train_tokens",
            "data_tokens",
            "estimated_start_time",
        }
    )

    expected_duration_seconds: int | None = None
    cost: float | None = None
    cost_currency: str | None = None
    train_tokens_per_step: int | None = None
    train_tokens: int | None = None
    data_tokens: int | None = None
    estimated_start_time: int | None = None


class JobMetadataOutTypedDict(TypedDict):
    """The dict form of :class:`JobMetadataOut`."""

    expected_duration_seconds: NotRequired[int | None]
    cost: NotRequired[float | None]
    cost_currency: NotRequired[str | None]
    train_tokens_per_step: NotRequired[int | None]
    train_tokens: NotRequired[int | None]
    data_tokens: NotRequired[int | None]
    estimated_start_time: NotRequired[int | None]


Status = (
    Literal[
        "QUEUED",
        "STARTED",
        "VALIDATING",
        "VALIDATED",
        "RUNNING",
        "FAILED_VALIDATION",
        "FAILED",
        "SUCCESS",
        "CANCELLED",
        "CANCELLATION_REQUESTED",
    ]
    | str
)


class WandbIntegrationOut(TaggedModel):
    """WandbIntegrationOut"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "run_name"})

    type: Literal["wandb"] = "wandb"
    project: str
    """The name of the project that the new run will be created under."""
    name: str | None = None
    """A display name to set for the run. If not set, will use the job ID as the name."""
    run_name: str | None = None


JobIntegrationOut = Annotated[
    Annotated[WandbIntegrationOut, Tag("wandb")] | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", ["wandb"]),
]


class WandbIntegrationOutTypedDict(TypedDict):
    """The dict form of :class:`WandbIntegrationOut`."""

    type: NotRequired[Literal["wandb"]]
    project: str
    name: NotRequired[str | None]
    run_name: NotRequired[str | None]


JobIntegrationOutTypedDict = WandbIntegrationOutTypedDict


JobRepositoryOut = Annotated[
    Annotated[GithubRepositoryOut, Tag("github")] | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator("type", ["github"]),
]


JobRepositoryOutTypedDict = GithubRepositoryOutTypedDict


class TrainingParameters(BaseModel):
    """TrainingParameters"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"training_steps", "weight_decay", "warmup_fraction", "epochs", "fim_ratio", "seq_len"}
    )

    training_steps: int | None = None
    learning_rate: float | None = 0.0001
    weight_decay: float | None = 0.1
    warmup_fraction: float | None = 0.05
    epochs: float | None = None
    fim_ratio: float | None = 0.9
    seq_len: int | None = None


class JobOut(BaseModel):
    """JobOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "validation_files",
            "fine_tuned_model",
            "suffix",
            "integrations",
            "trained_tokens",
            "metadata",
        }
    )

    id: str
    """The ID of the job."""
    auto_start: bool
    hyperparameters: TrainingParameters
    model: FineTuneableModel
    status: Status
    """The current status of the fine-tuning job."""
    job_type: str
    """The type of job (`FT` for fine-tuning)."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was created."""
    modified_at: int
    """The UNIX timestamp (in seconds) for when the fine-tuning job was last modified."""
    training_files: list[str]
    """A list containing the IDs of uploaded files that contain training data."""
    validation_files: list[str] | None = []
    """A list containing the IDs of uploaded files that contain validation data."""
    object: Literal["job"] | str | None = "job"
    """The object type of the fine-tuning job."""
    fine_tuned_model: str | None = None
    """The name of the fine-tuned model that is being created. The value will be `null` if the
    fine-tuning job is still running.
    """
    suffix: str | None = None
    """Optional text/code that adds more context for the model. When given a `prompt` and a `suffix`
    the model will fill what is between them. When `suffix` is not provided, the model will
    simply execute completion starting with `prompt`.
    """
    integrations: list[JobIntegrationOut] | None = None
    """A list of integrations enabled for your fine-tuning job."""
    trained_tokens: int | None = None
    """Total number of tokens trained."""
    repositories: list[JobRepositoryOut] | None = []
    metadata: JobMetadataOut | None = None


class TrainingParametersTypedDict(TypedDict):
    """The dict form of :class:`TrainingParameters`."""

    training_steps: NotRequired[int | None]
    learning_rate: NotRequired[float]
    weight_decay: NotRequired[float | None]
    warmup_fraction: NotRequired[float | None]
    epochs: NotRequired[float | None]
    fim_ratio: NotRequired[float | None]
    seq_len: NotRequired[int | None]


class JobOutTypedDict(TypedDict):
    """The dict form of :class:`JobOut`."""

    id: str
    auto_start: bool
    hyperparameters: TrainingParametersTypedDict
    model: FineTuneableModel
    status: Status
    job_type: str
    created_at: int
    modified_at: int
    training_files: list[str]
    validation_files: NotRequired[list[str] | None]
    object: NotRequired[Literal["job"] | str]
    fine_tuned_model: NotRequired[str | None]
    suffix: NotRequired[str | None]
    integrations: NotRequired[list[JobIntegrationOutTypedDict] | None]
    trained_tokens: NotRequired[int | None]
    repositories: NotRequired[list[JobRepositoryOutTypedDict]]
    metadata: NotRequired[JobMetadataOutTypedDict | None]


class JobsOut(BaseModel):
    """JobsOut"""

    data: list[JobOut] | None = []
    object: Literal["list"] | str | None = "list"
    total: int


class JobsOutTypedDict(TypedDict):
    """The dict form of :class:`JobsOut`."""

    data: NotRequired[list[JobOutTypedDict]]
    object: NotRequired[Literal["list"] | str]
    total: int


class LegacyJobMetadataOut(BaseModel):
    """LegacyJobMetadataOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "expected_duration_seconds",
            "cost",
            "cost_currency",
            "train_tokens_per_step",
            "train_tokens",
            "data_tokens",
            "estimated_start_time",
            "epochs",
            "training_steps",
        }
    )

    expected_duration_seconds: int | None = None
    """The approximated time (in seconds) for the fine-tuning process to complete."""
    cost: float | None = None
    """The cost of the fine-tuning job."""
    cost_currency: str | None = None
    """The currency used for the fine-tuning job cost."""
    train_tokens_per_step: int | None = None
    """The number of tokens consumed by one training step."""
    train_tokens: int | None = None
    """The total number of tokens used during the fine-tuning process."""
    data_tokens: int | None = None
    """The total number of tokens in the training dataset."""
    estimated_start_time: int | None = None
    deprecated: bool | None = True
    details: str
    epochs: float | None = None
    """The number of complete passes through the entire training dataset."""
    training_steps: int | None = None
    """The number of training steps to perform. A training step refers to a single update of the
    model weights during the fine-tuning process. This update is typically calculated using a
    batch of samples from the training dataset.
    """
    object: Literal["job.metadata"] | str | None = "job.metadata"


class LegacyJobMetadataOutTypedDict(TypedDict):
    """The dict form of :class:`LegacyJobMetadataOut`."""

    expected_duration_seconds: NotRequired[int | None]
    cost: NotRequired[float | None]
    cost_currency: NotRequired[str | None]
    train_tokens_per_step: NotRequired[int | None]
    train_tokens: NotRequired[int | None]
    data_tokens: NotRequired[int | None]
    estimated_start_time: NotRequired[int | None]
    deprecated: NotRequired[bool]
    details: str
    epochs: NotRequired[float | None]
    training_steps: NotRequired[int | None]
    object: NotRequired[Literal["job.metadata"] | str]


class GithubRepositoryIn(TaggedModel):
    """GithubRepositoryIn"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"ref"})

    type: Literal["github"] = "github"
    name: str
    owner: str
    ref: str | None = None
    weight: Annotated[float, Field(gt=0)] | None = 1.0
    token: str = Field(repr=False)


class GithubRepositoryInTypedDict(TypedDict):
    """The dict form of :class:`GithubRepositoryIn`."""

    type: NotRequired[Literal["github"]]
    name: str
    owner: str
    ref: NotRequired[str | None]
    weight: NotRequired[float]
    token: str


class WandbIntegration(TaggedModel):
    """WandbIntegration"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "run_name"})

    type: Literal["wandb"] = "wandb"
    project: str
    """The name of the project that the new run will be created under."""
    name: str | None = None
    """A display name to set for the run. If not set, will use the job ID as the name."""
    api_key: Annotated[str, Field(min_length=40, max_length=40)] = Field(repr=False)
    """The WandB API key to use for authentication."""
    run_name: str | None = None


JobInIntegrations = WandbIntegration


class WandbIntegrationTypedDict(TypedDict):
    """The dict form of :class:`WandbIntegration`."""

    type: NotRequired[Literal["wandb"]]
    project: str
    name: NotRequired[str | None]
    api_key: str
    run_name: NotRequired[str | None]


JobInIntegrationsTypedDict = WandbIntegrationTypedDict


JobInRepositories = GithubRepositoryIn


JobInRepositoriesTypedDict = GithubRepositoryInTypedDict


class TrainingFile(BaseModel):
    """TrainingFile"""

    file_id: str
    weight: Annotated[float, Field(gt=0)] | None = 1.0


class TrainingParametersIn(BaseModel):
    """The fine-tuning hyperparameter settings used in a fine-tune job."""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"training_steps", "weight_decay", "warmup_fraction", "epochs", "fim_ratio", "seq_len"}
    )

    training_steps: Annotated[int, Field(ge=1)] | None = None
    """The number of training steps to perform. A training step refers to a single update of the
    model weights during the fine-tuning process. This update is typically calculated using a
    batch of samples from the training dataset.
    """
    learning_rate: Annotated[float, Field(ge=1e-08, le=1)] | None = 0.0001
    """A parameter describing how much to adjust the pre-trained model's weights in response to the
    estimated error each time the weights are updated during the fine-tuning process.
    """
    weight_decay: Annotated[float, Field(ge=0, le=1)] | None = 0.1
    """(Advanced Usage) Weight decay adds a term to the loss function that is proportional to the
    sum of the squared weights. This term reduces the magnitude of the weights and prevents them
    from growing too large.
    """
    warmup_fraction: Annotated[float, Field(ge=0, le=1)] | None = 0.05
    """(Advanced Usage) A parameter that specifies the percentage of the total training steps at
    which the learning rate warm-up phase ends. During this phase, the learning rate gradually
    increases from a small value to the initial learning rate, helping to stabilize the training
    process and improve convergence. Similar to `pct_start` in
    [mistral-finetune](https://github.com/mistralai/mistral-finetune)
    """
    epochs: Annotated[float, Field(gt=0)] | None = None
    fim_ratio: Annotated[float, Field(ge=0, le=1)] | None = 0.9
    seq_len: Annotated[int, Field(ge=100)] | None = None


class JobIn(BaseModel):
    """JobIn"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"validation_files", "suffix", "integrations"}
    )

    model: Literal[
        "open-mistral-7b",
        "mistral-small-latest",
        "codestral-latest",
        "mistral-large-latest",
        "open-mistral-nemo",
        "ministral-3b-latest",
    ]
    training_files: list[TrainingFile] | None = []
    validation_files: list[str] | None = None
    """A list containing the IDs of uploaded files that contain validation data. If you provide
    these files, the data is used to generate validation metrics periodically during fine-tuning.
    These metrics can be viewed in `checkpoints` when getting the status of a running fine-tuning
    job. The same data should not be present in both train and validation files.
    """
    hyperparameters: TrainingParametersIn
    suffix: Annotated[str, Field(max_length=18)] | None = None
    """A string that will be added to your fine-tuning model name. For example, a suffix of
    "my-great-model" would produce a model name like `ft:open-mistral-7b:my-great-model:xxx...`
    """
    integrations: list[JobInIntegrations] | None = None
    """A list of integrations to enable for your fine-tuning job."""
    repositories: Annotated[list[JobInRepositories], Field(max_length=50)] | None = []
    auto_start: bool | None = None
    """This field will be required in a future release."""


class TrainingFileTypedDict(TypedDict):
    """The dict form of :class:`TrainingFile`."""

    file_id: str
    weight: NotRequired[float]


class TrainingParametersInTypedDict(TypedDict):
    """The dict form of :class:`TrainingParametersIn`."""

    training_steps: NotRequired[int | None]
    learning_rate: NotRequired[float]
    weight_decay: NotRequired[float | None]
    warmup_fraction: NotRequired[float | None]
    epochs: NotRequired[float | None]
    fim_ratio: NotRequired[float | None]
    seq_len: NotRequired[int | None]


class JobInTypedDict(TypedDict):
    """The dict form of :class:`JobIn`."""

    model: FineTuneableModel
    training_files: NotRequired[list[TrainingFileTypedDict]]
    validation_files: NotRequired[list[str] | None]
    hyperparameters: TrainingParametersInTypedDict
    suffix: NotRequired[str | None]
    integrations: NotRequired[list[JobInIntegrationsTypedDict] | None]
    repositories: NotRequired[list[JobInRepositoriesTypedDict]]
    auto_start: NotRequired[bool]


class MetricOut(BaseModel):
    """Metrics at the step number during the fine-tuning job. Use these metrics to assess if the
    training is going smoothly (loss should decrease, token accuracy should increase).
    """

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"train_loss", "valid_loss", "valid_mean_token_accuracy"}
    )

    train_loss: float | None = None
    valid_loss: float | None = None
    valid_mean_token_accuracy: float | None = None


class CheckpointOut(BaseModel):
    """CheckpointOut"""

    metrics: MetricOut
    step_number: int
    """The step number that the checkpoint was created at."""
    created_at: int
    """The UNIX timestamp (in seconds) for when the checkpoint was created."""


class MetricOutTypedDict(TypedDict):
    """The dict form of :class:`MetricOut`."""

    train_loss: NotRequired[float | None]
    valid_loss: NotRequired[float | None]
    valid_mean_token_accuracy: NotRequired[float | None]


class CheckpointOutTypedDict(TypedDict):
    """The dict form of :class:`CheckpointOut`."""

    metrics: MetricOutTypedDict
    step_number: int
    created_at: int


DetailedJobOutStatus = (
    Literal[
        "QUEUED",
        "STARTED",
        "VALIDATING",
        "VALIDATED",
        "RUNNING",
        "FAILED_VALIDATION",
        "FAILED",
        "SUCCESS",
        "CANCELLED",
        "CANCELLATION_REQUESTED",
    ]
    | str
)


class EventOut(BaseModel):
    """EventOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"data"})

    name: str
    """The name of the event."""
    data: dict[str, Any] | None = None
    created_at: int
    """The UNIX timestamp (in seconds) of the event."""


class DetailedJobOut(BaseModel):
    """DetailedJobOut"""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {
            "validation_files",
            "fine_tuned_model",
            "suffix",
            "integrations",
            "trained_tokens",
            "metadata",
        }
    )

    id: str
    auto_start: bool
    hyperparameters: TrainingParameters
    model: FineTuneableModel
    status: DetailedJobOutStatus
    job_type: str
    created_at: int
    modified_at: int
    training_files: list[str]
    validation_files: list[str] | None = []
    object: Literal["job"] | str | None = "job"
    fine_tuned_model: str | None = None
    suffix: str | None = None
    integrations: list[JobIntegrationOut] | None = None
    trained_tokens: int | None = None
    repositories: list[JobRepositoryOut] | None = []
    metadata: JobMetadataOut | None = None
    events: list[EventOut] | None = []
    """Event items are created every time the status of a fine-tuning job changes. The timestamped
    list of all events is accessible here.
    """
    checkpoints: list[CheckpointOut] | None = []


class EventOutTypedDict(TypedDict):
    """The dict form of :class:`EventOut`."""

    name: str
    data: NotRequired[dict[str, Any] | None]
    created_at: int


class DetailedJobOutTypedDict(TypedDict):
    """The dict form of :class:`DetailedJobOut`."""

    id: str
    auto_start: bool
    hyperparameters: TrainingParametersTypedDict
    model: FineTuneableModel
    status: DetailedJobOutStatus
    job_type: str
    created_at: int
    modified_at: int
    training_files: list[str]
    validation_files: NotRequired[list[str] | None]
    object: NotRequired[Literal["job"] | str]
    fine_tuned_model: NotRequired[str | None]
    suffix: NotRequired[str | None]
    integrations: NotRequired[list[JobIntegrationOutTypedDict] | None]
    trained_tokens: NotRequired[int | None]
    repositories: NotRequired[list[JobRepositoryOutTypedDict]]
    metadata: NotRequired[JobMetadataOutTypedDict | None]
    events: NotRequired[list[EventOutTypedDict]]
    checkpoints: NotRequired[list[CheckpointOutTypedDict]]


QueryParamStatus = Literal[
    "QUEUED",
    "STARTED",
    "VALIDATING",
    "VALIDATED",
    "RUNNING",
    "FAILED_VALIDATION",
    "FAILED",
    "SUCCESS",
    "CANCELLED",
    "CANCELLATION_REQUESTED",
]


class JobsAPIRoutesFineTuningGetFineTuningJobsRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_fine_tuning_get_fine_tuning_jobs``."""

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"model", "created_after", "status", "wandb_project", "wandb_name", "suffix"}
    )

    page: int | None = 0
    """The page number of the results to be returned."""
    page_size: int | None = 100
    """The number of items to return per page."""
    model: str | None = None
    """The model name used for fine-tuning to filter on. When set, the other results are not
    displayed.
    """
    created_after: datetime | None = None
    """The date/time to filter on. When set, the results for previous creation times are not
    displayed.
    """
    created_by_me: bool | None = False
    """When set, only return results for jobs created by the API caller. Other results are not
    displayed.
    """
    status: QueryParamStatus | None = None
    """The current job state to filter on. When set, the other results are not displayed."""
    wandb_project: str | None = None
    """The Weights and Biases project to filter on. When set, the other results are not
    displayed.
    """
    wandb_name: str | None = None
    """The Weight and Biases run name to filter on. When set, the other results are not
    displayed.
    """
    suffix: str | None = None
    """The model suffix to filter on. When set, the other results are not displayed."""


class JobsAPIRoutesFineTuningGetFineTuningJobsRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesFineTuningGetFineTuningJobsRequest`."""

    page: NotRequired[int]
    page_size: NotRequired[int]
    model: NotRequired[str | None]
    created_after: NotRequired[datetime | None]
    created_by_me: NotRequired[bool]
    status: NotRequired[QueryParamStatus | None]
    wandb_project: NotRequired[str | None]
    wandb_name: NotRequired[str | None]
    suffix: NotRequired[str | None]


class JobsAPIRoutesFineTuningGetFineTuningJobRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_fine_tuning_get_fine_tuning_job``."""

    job_id: str
    """The ID of the job to analyse."""


class JobsAPIRoutesFineTuningGetFineTuningJobRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesFineTuningGetFineTuningJobRequest`."""

    job_id: str


class JobsAPIRoutesFineTuningCancelFineTuningJobRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_fine_tuning_cancel_fine_tuning_job``."""

    job_id: str
    """The ID of the job to cancel."""


class JobsAPIRoutesFineTuningCancelFineTuningJobRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesFineTuningCancelFineTuningJobRequest`."""

    job_id: str


class JobsAPIRoutesFineTuningStartFineTuningJobRequest(BaseModel):
    """v1's model of the parameters of ``jobs_api_routes_fine_tuning_start_fine_tuning_job``."""

    job_id: str


class JobsAPIRoutesFineTuningStartFineTuningJobRequestTypedDict(TypedDict):
    """The dict form of :class:`JobsAPIRoutesFineTuningStartFineTuningJobRequest`."""

    job_id: str


JobsAPIRoutesFineTuningCreateFineTuningJobResponse = JobOut | LegacyJobMetadataOut


JobsAPIRoutesFineTuningCreateFineTuningJobResponseTypedDict = (
    JobOutTypedDict | LegacyJobMetadataOutTypedDict
)


Integrations = WandbIntegrationOut


IntegrationsTypedDict = WandbIntegrationOutTypedDict


DetailedJobOutIntegrations = WandbIntegrationOut


DetailedJobOutIntegrationsTypedDict = WandbIntegrationOutTypedDict


Repositories = GithubRepositoryOut


RepositoriesTypedDict = GithubRepositoryOutTypedDict


DetailedJobOutRepositories = GithubRepositoryOut


DetailedJobOutRepositoriesTypedDict = GithubRepositoryOutTypedDict


JobStatus = QueryParamStatus


DetailedJobOutObject = Literal["job"] | str


GithubRepositoryInType = Literal["github"]


GithubRepositoryOutType = Literal["github"]


JobsOutObject = Literal["list"] | str


LegacyJobMetadataOutObject = Literal["job.metadata"] | str


Object = Literal["job"] | str


WandbIntegrationOutType = Literal["wandb"]


WandbIntegrationType = Literal["wandb"]
