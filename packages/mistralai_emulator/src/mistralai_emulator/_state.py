"""The emulator's state: model catalogue, files, batch jobs, fine-tuning jobs, fine-tuned models.

Jobs advance lazily. Instead of background tasks, each job remembers when it entered its current
status, and :meth:`State.advance` moves it along its state machine whenever somebody looks
(list, retrieve, cancel, start). One step takes ``job_step`` seconds (configurable; tests use a
few milliseconds). That keeps the emulator free of timers, so it behaves the same served by
uvicorn, in-process, or paused in a debugger, and a reset cannot race a running task.

State machines::

    batch:        QUEUED -> RUNNING -> SUCCESS | FAILED        (output/error files written at
                  any non-terminal --cancel--> CANCELLATION_REQUESTED -> CANCELLED      the end)
    fine-tuning:  auto_start (default):  QUEUED -> RUNNING -> SUCCESS (registers the model)
                  auto_start=false:      VALIDATING -> VALIDATED, waits for `start`, then
                                         QUEUED -> RUNNING -> SUCCESS
                  invalid training data: QUEUED | VALIDATING -> FAILED_VALIDATION
                  any non-terminal --cancel--> CANCELLATION_REQUESTED -> CANCELLED
                  RUNNING lasts RUNNING_STEPS steps; each adds a checkpoint (and an event)

Time is what moves a job, not the number of GETs: a job that nobody looked at for three steps
has made three transitions by the next look (``since`` advances by whole steps).

All mutation happens on the event loop that serves requests; the public accessors used from a
test thread only read, under a lock.
"""

from __future__ import annotations

import json
import math
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ._agent_store import AgentStore
from ._catalog import CARD_CAPABILITIES, Catalog, ModelSpec
from ._conversations import ConversationStore

JSON = Any

BatchRunner = Callable[[str, str, dict[str, JSON], str | None], tuple[int, dict[str, JSON]]]
"""Runs one batch request: (endpoint, model, body, agent_id) -> (status code, response body)."""


_CREATED = 1_700_000_000  # a fixed "created" for base models keeps listings deterministic


class NotFound(Exception):
    """An id that does not exist (mapped to 404)."""


class Conflict(Exception):
    """A valid request the current state does not allow (mapped to 400 with a message)."""


def _now() -> int:
    return int(time.time())


def base_card(spec: ModelSpec) -> dict[str, JSON]:
    """A ``BaseModelCard``."""
    chat = "completion_chat" in spec.capabilities
    return {
        "id": spec.id,
        "object": "model",
        "created": _CREATED,
        "owned_by": "mistralai",
        "capabilities": {name: name in spec.capabilities for name in CARD_CAPABILITIES},
        "name": spec.id,
        "max_context_length": spec.max_context_length,
        "aliases": list(spec.aliases),
        "deprecation": None,
        "default_model_temperature": 0.3 if chat else None,
        "type": "base",
    }


@dataclass(frozen=True)
class Agent:
    """An agent ``/v1/agents/completions`` accepts (the service's agents are made in its UI)."""

    id: str
    model: str = "mistral-large-latest"
    instructions: str | None = None

    def __post_init__(self) -> None:
        for name in ("id", "model"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise ValueError(f"Agent: {name!r} must be a non-empty string, got {value!r}")
        if self.instructions is not None and not isinstance(self.instructions, str):
            raise ValueError("Agent: 'instructions' must be a string or None")


@dataclass
class FineTunedModel:
    id: str
    root: str
    job: str
    created: int
    capabilities: dict[str, bool]
    name: str | None = None
    archived: bool = False

    def card(self) -> dict[str, JSON]:
        """An ``FTModelCard`` (models list/retrieve)."""
        return {
            "id": self.id,
            "object": "model",
            "created": self.created,
            "owned_by": "emulator",
            "capabilities": {k: self.capabilities.get(k, False) for k in CARD_CAPABILITIES},
            "name": self.name,
            "max_context_length": 32768,
            "aliases": [],
            "deprecation": None,
            "default_model_temperature": None,
            "type": "fine-tuned",
            "job": self.job,
            "root": self.root,
            "archived": self.archived,
        }

    def out(self) -> dict[str, JSON]:
        """An ``FTModelOut`` (fine-tuned model update)."""
        kept = ("completion_chat", "completion_fim", "function_calling", "fine_tuning")
        caps = {k: self.capabilities.get(k, False) for k in kept}
        return {
            "id": self.id,
            "object": "model",
            "created": self.created,
            "owned_by": "emulator",
            "root": self.root,
            "archived": self.archived,
            "name": self.name,
            "capabilities": caps,
            "max_context_length": 32768,
            "aliases": [],
            "job": self.job,
        }


@dataclass
class StoredFile:
    id: str
    filename: str
    bytes: int
    created_at: int
    purpose: str
    sample_type: str
    source: str
    num_lines: int | None
    path: Path

    def to_json(self) -> dict[str, JSON]:
        """The fields shared by ``UploadFileOut``, ``FileSchema`` and ``RetrieveFileOut``."""
        return {
            "id": self.id,
            "object": "file",
            "bytes": self.bytes,
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "sample_type": self.sample_type,
            "num_lines": self.num_lines,
            "source": self.source,
        }

    def lines(self) -> Iterator[str]:
        with self.path.open("r", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.strip():
                    yield line


@dataclass
class BatchJob:
    id: str
    input_files: list[str]
    endpoint: str
    model: str
    metadata: dict[str, JSON] | None
    created_at: int
    total_requests: int
    status: str = "QUEUED"
    since: float = field(default_factory=time.monotonic)
    started_at: int | None = None
    completed_at: int | None = None
    output_file: str | None = None
    error_file: str | None = None
    errors: list[dict[str, JSON]] = field(default_factory=list)
    succeeded: int = 0
    failed: int = 0
    requests: list[dict[str, JSON]] = field(default_factory=list)
    """Inline requests (``BatchRequest``), run after the input files' lines."""
    agent_id: str | None = None
    outputs: list[dict[str, JSON]] | None = None
    """Every request's result record once the job ran, in request order."""

    def to_json(self, inline: bool = False) -> dict[str, JSON]:
        """A ``BatchJobOut``; with ``inline``, the results in ``outputs`` once it ran."""
        return {
            "agent_id": self.agent_id,
            "outputs": self.outputs if inline else None,
            "id": self.id,
            "object": "batch",
            "input_files": list(self.input_files),
            "metadata": self.metadata,
            "endpoint": self.endpoint,
            "model": self.model,
            "output_file": self.output_file,
            "error_file": self.error_file,
            "errors": list(self.errors),
            "status": self.status,
            "created_at": self.created_at,
            "total_requests": self.total_requests,
            "completed_requests": self.succeeded + self.failed,
            "succeeded_requests": self.succeeded,
            "failed_requests": self.failed,
            "started_at": self.started_at,
            "completed_at": self.completed_at,
        }


_FT_TERMINAL = {"SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"}
_BATCH_TERMINAL = {"SUCCESS", "FAILED", "CANCELLED", "TIMEOUT_EXCEEDED"}

RUNNING_STEPS = 2
"""Job steps a fine-tuning job spends RUNNING; it writes one checkpoint per step."""
SEQ_LEN = 32768
"""Default ``seq_len`` of a fine-tuning job (tokens per sequence)."""
BATCH_SEQUENCES = 4
"""Sequences per training step: ``train_tokens_per_step = seq_len * BATCH_SEQUENCES``."""
PRICE_PER_TOKEN = 0.000004
"""Euros per trained token of the estimate (4 EUR per million)."""
SECONDS_PER_STEP = 6
"""Seconds of the ``expected_duration_seconds`` estimate per training step."""


def training_plan(hyperparameters: dict[str, JSON], data_tokens: int) -> dict[str, JSON]:
    """``training_steps``, ``epochs``, ``seq_len`` and token counts, consistent with each other.

    Given steps, epochs follow from them (and the other way round); with neither, one epoch.
    ``train_tokens = training_steps * train_tokens_per_step`` and
    ``epochs = train_tokens / data_tokens`` (rounded to 4 places).
    """
    seq_len = int(hyperparameters.get("seq_len") or SEQ_LEN)
    per_step = seq_len * BATCH_SEQUENCES
    steps = hyperparameters.get("training_steps")
    epochs = hyperparameters.get("epochs")
    data_tokens = max(1, data_tokens)
    if steps is None:
        steps = max(1, math.ceil(float(epochs or 1.0) * data_tokens / per_step))
    steps = int(steps)
    train_tokens = steps * per_step
    if epochs is None:
        epochs = round(train_tokens / data_tokens, 4)
    return {
        "training_steps": steps,
        "epochs": epochs,
        "seq_len": seq_len,
        "train_tokens_per_step": per_step,
        "train_tokens": train_tokens,
        "data_tokens": data_tokens,
        "expected_duration_seconds": SECONDS_PER_STEP * steps,
        "cost": round(train_tokens * PRICE_PER_TOKEN, 6),
    }


@dataclass
class FineTuningJob:
    id: str
    model: str
    auto_start: bool
    hyperparameters: dict[str, JSON]
    training_files: list[str]
    validation_files: list[str] | None
    suffix: str | None
    integrations: list[dict[str, JSON]] | None
    repositories: list[dict[str, JSON]]
    created_at: int
    data_tokens: int
    valid_data: bool
    status: str = "QUEUED"
    since: float = field(default_factory=time.monotonic)
    modified_at: int = field(default_factory=_now)
    start_requested: bool = False
    fine_tuned_model: str | None = None
    trained_tokens: int | None = None
    events: list[dict[str, JSON]] = field(default_factory=list)
    checkpoints: list[dict[str, JSON]] = field(default_factory=list)

    def __post_init__(self) -> None:
        plan = self.plan()
        for key in ("training_steps", "epochs", "seq_len"):
            if self.hyperparameters.get(key) is None:
                self.hyperparameters[key] = plan[key]

    def plan(self) -> dict[str, JSON]:
        return training_plan(self.hyperparameters, self.data_tokens)

    def set_status(self, status: str, since: float | None = None) -> None:
        self.status = status
        self.since = time.monotonic() if since is None else since
        self.modified_at = _now()
        self.event("status-updated", {"status": status})

    def event(self, name: str, data: dict[str, JSON]) -> None:
        self.events.append({"name": name, "data": data, "created_at": _now()})

    def metadata(self) -> dict[str, JSON]:
        """A ``JobMetadataOut``: the cost estimate every job carries."""
        plan = self.plan()
        return {
            "expected_duration_seconds": plan["expected_duration_seconds"],
            "cost": plan["cost"],
            "cost_currency": "EUR",
            "train_tokens_per_step": plan["train_tokens_per_step"],
            "train_tokens": plan["train_tokens"],
            "data_tokens": plan["data_tokens"],
            "estimated_start_time": None,
        }

    def to_json(self, detailed: bool) -> dict[str, JSON]:
        """A ``JobOut``, or a ``DetailedJobOut`` with events and checkpoints."""
        out: dict[str, JSON] = {
            "id": self.id,
            "auto_start": self.auto_start,
            "hyperparameters": dict(self.hyperparameters),
            "model": self.model,
            "status": self.status,
            "job_type": "completion",
            "created_at": self.created_at,
            "modified_at": self.modified_at,
            "training_files": list(self.training_files),
            "validation_files": self.validation_files,
            "object": "job",
            "fine_tuned_model": self.fine_tuned_model,
            "suffix": self.suffix,
            "integrations": self.integrations,
            "trained_tokens": self.trained_tokens,
            "repositories": list(self.repositories),
            "metadata": self.metadata(),
        }
        if detailed:
            out["events"] = list(self.events)
            out["checkpoints"] = list(self.checkpoints)
        return out


def _created_after(value: str | None) -> float | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.timestamp()


def page_of(items: list[JSON], page: int, page_size: int) -> list[JSON]:
    start = max(page, 0) * max(page_size, 0)
    return items[start : start + max(page_size, 0)]


class State:
    """Everything a reset clears. Methods raise :class:`NotFound` / :class:`Conflict`."""

    def __init__(self, data_dir: Path, job_step: float, catalog: Catalog | None = None) -> None:
        self.data_dir = data_dir
        self.job_step = job_step
        self.catalog = catalog or Catalog()
        self.agent_store = AgentStore()
        """Every agent, with its versions and aliases (``_agent_store.find_agent`` reads it)."""
        self.lock = threading.RLock()
        self.files: dict[str, StoredFile] = {}
        self.batch_jobs: dict[str, BatchJob] = {}
        self.ft_jobs: dict[str, FineTuningJob] = {}
        self.ft_models: dict[str, FineTunedModel] = {}
        self.deleted_models: set[str] = set()
        self.batch_runner: BatchRunner | None = None
        self.conversations = ConversationStore()

    # -- reset --------------------------------------------------------------------------------
    def reset(self) -> None:
        with self.lock:
            for stored in self.files.values():
                stored.path.unlink(missing_ok=True)
            self.files.clear()
            self.batch_jobs.clear()
            self.ft_jobs.clear()
            self.ft_models.clear()
            self.deleted_models.clear()
        self.agent_store.reset()
        self.conversations.clear()
        self.catalog.reset()

    # -- models -------------------------------------------------------------------------------
    def base_model(self, model_id: str) -> ModelSpec | None:
        return self.catalog.find(model_id)

    def model_card(self, model_id: str) -> dict[str, JSON]:
        with self.lock:
            if model_id in self.ft_models:
                return self.ft_models[model_id].card()
        spec = self.base_model(model_id)
        if spec is None:
            raise NotFound(f"Model {model_id!r} not found")
        return base_card(spec)

    def model_cards(self) -> list[dict[str, JSON]]:
        with self.lock:
            tuned = [m.card() for m in self.ft_models.values()]
        return [base_card(spec) for spec in self.catalog.specs()] + tuned

    def capabilities_of(self, model_id: str) -> dict[str, bool] | None:
        """What ``model_id`` (any of its names, or a fine-tuned model) can do; None if unknown."""
        with self.lock:
            if model_id in self.ft_models:
                return dict(self.ft_models[model_id].capabilities)
        spec = self.base_model(model_id)
        return None if spec is None else spec.capability_map()

    # -- agents -------------------------------------------------------------------------------
    def add_agent(self, agent: Agent, *, configured: bool = False) -> Agent:
        return self.agent_store.register(agent, configured=configured)

    @property
    def configured_agents(self) -> dict[str, Agent]:
        """Agents given to the constructor (they survive a reset), at their current version."""
        return self.agent_store.registered(configured=True)

    @property
    def agents(self) -> dict[str, Agent]:
        """The other agents (registered or made through ``/v1/agents``), until a reset."""
        return self.agent_store.registered(configured=False)

    def ft_model(self, model_id: str) -> FineTunedModel:
        with self.lock:
            found = self.ft_models.get(model_id)
        if found is None:
            raise NotFound(f"Fine-tuned model {model_id!r} not found")
        return found

    def delete_model(self, model_id: str) -> None:
        with self.lock:
            if model_id in self.ft_models:
                del self.ft_models[model_id]
                return
        if self.base_model(model_id) is not None:
            raise Conflict(f"Model {model_id!r} is a base model and cannot be deleted")
        raise NotFound(f"Model {model_id!r} not found")

    # -- files --------------------------------------------------------------------------------
    def new_file_id(self) -> tuple[str, Path]:
        file_id = str(uuid.uuid4())
        return file_id, self.data_dir / f"{file_id}.bin"

    def add_file(self, stored: StoredFile) -> StoredFile:
        with self.lock:
            self.files[stored.id] = stored
        return stored

    def write_file(
        self, filename: str, lines: list[str], purpose: str, sample_type: str
    ) -> StoredFile:
        """Create a file from text lines (batch results); sourced from "mistral"."""
        file_id, path = self.new_file_id()
        with path.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + "\n")
        return self.add_file(
            StoredFile(
                file_id,
                filename,
                path.stat().st_size,
                _now(),
                purpose,
                sample_type,
                "mistral",
                len(lines),
                path,
            )
        )

    def file(self, file_id: str) -> StoredFile:
        with self.lock:
            found = self.files.get(file_id)
        if found is None:
            raise NotFound(f"File {file_id!r} not found")
        return found

    def delete_file(self, file_id: str) -> StoredFile:
        with self.lock:
            stored = self.files.pop(file_id, None)
        if stored is None:
            raise NotFound(f"File {file_id!r} not found")
        stored.path.unlink(missing_ok=True)
        return stored

    def list_files(
        self,
        *,
        page: int,
        page_size: int,
        sample_type: list[str] | None,
        source: list[str] | None,
        search: str | None,
        purpose: str | None,
    ) -> tuple[list[JSON], int]:
        with self.lock:
            found = sorted(self.files.values(), key=lambda f: (f.created_at, f.id), reverse=True)
        found = [
            f
            for f in found
            if (not sample_type or f.sample_type in sample_type)
            and (not source or f.source in source)
            and (not search or search.lower() in f.filename.lower())
            and (not purpose or f.purpose == purpose)
        ]
        return [f.to_json() for f in page_of(found, page, page_size)], len(found)

    # -- batch --------------------------------------------------------------------------------
    def create_batch(
        self,
        input_files: list[str],
        endpoint: str,
        model: str,
        metadata: dict[str, JSON] | None,
        requests: list[dict[str, JSON]] | None = None,
        agent_id: str | None = None,
    ) -> BatchJob:
        total = sum(1 for file_id in input_files for _ in self.file(file_id).lines())
        total += len(requests or [])
        job = BatchJob(str(uuid.uuid4()), input_files, endpoint, model, metadata, _now(), total)
        job.requests, job.agent_id = list(requests or []), agent_id
        with self.lock:
            self.batch_jobs[job.id] = job
        return job

    def batch_job(self, job_id: str) -> BatchJob:
        with self.lock:
            job = self.batch_jobs.get(job_id)
        if job is None:
            raise NotFound(f"Batch job {job_id!r} not found")
        self._advance_batch(job)
        return job

    def list_batch_jobs(
        self,
        *,
        model: str | None,
        metadata: dict[str, JSON] | None,
        created_after: str | None,
        status: str | None,
        agent_id: str | None = None,
        newest_first: bool = True,
    ) -> list[JSON]:
        after = _created_after(created_after)
        with self.lock:
            # insertion order breaks ties between jobs created in the same second
            jobs = list(self.batch_jobs.values())
        if newest_first:
            jobs.reverse()
        jobs.sort(key=lambda j: j.created_at, reverse=newest_first)
        for job in jobs:
            self._advance_batch(job)
        return [
            job.to_json()
            for job in jobs
            if (not model or job.model == model)
            and (not agent_id or job.agent_id == agent_id)
            and (not status or job.status == status)
            and (after is None or job.created_at > after)
            and (not metadata or all((job.metadata or {}).get(k) == v for k, v in metadata.items()))
        ]

    def delete_batch(self, job_id: str) -> BatchJob:
        """Forget a job (its result files stay): it answers 404 from now on."""
        with self.lock:
            job = self.batch_jobs.pop(job_id, None)
        if job is None:
            raise NotFound(f"Batch job {job_id!r} not found")
        return job

    def cancel_batch(self, job_id: str) -> BatchJob:
        job = self.batch_job(job_id)
        if job.status not in _BATCH_TERMINAL and job.status != "CANCELLATION_REQUESTED":
            job.status, job.since = "CANCELLATION_REQUESTED", time.monotonic()
        return job

    def _advance_batch(self, job: BatchJob) -> None:
        while job.status not in _BATCH_TERMINAL and time.monotonic() - job.since >= self.job_step:
            if job.status == "QUEUED":
                job.status, job.started_at = "RUNNING", _now()
            elif job.status == "RUNNING":
                self._run_batch(job)
            elif job.status == "CANCELLATION_REQUESTED":
                job.status, job.completed_at = "CANCELLED", _now()
            job.since = time.monotonic()

    def _batch_lines(self, job: BatchJob) -> Iterator[tuple[JSON, str | dict[str, JSON]]]:
        """(default custom_id, line) of every request: the files' lines, then the inline ones."""
        for file_id in job.input_files:
            try:
                lines = list(self.file(file_id).lines())
            except NotFound:
                job.errors.append({"message": f"Input file {file_id} was deleted", "count": 1})
                continue
            for number, line in enumerate(lines):
                yield str(number), line
        for number, request in enumerate(job.requests):
            yield str(number), request

    def _run_batch(self, job: BatchJob) -> None:
        results: list[str] = []
        failures: list[str] = []
        outputs: list[dict[str, JSON]] = []
        for number, (custom_id, line) in enumerate(self._batch_lines(job)):
            record: dict[str, JSON]
            try:
                entry = json.loads(line) if isinstance(line, str) else line
                custom_id = entry.get("custom_id", custom_id)
                body = entry["body"]
                if not isinstance(body, dict):
                    raise TypeError("body is not an object")
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                record = {
                    "id": f"batch-{job.id}-{number}",
                    "custom_id": custom_id,
                    "response": None,
                    "error": {"message": f"Invalid line: {exc}"},
                }
                failures.append(json.dumps(record))
                outputs.append(record)
                continue
            assert self.batch_runner is not None, "the app installs the batch runner"
            status, reply = self.batch_runner(job.endpoint, job.model, body, job.agent_id)
            record = {
                "id": f"batch-{job.id}-{number}",
                "custom_id": custom_id,
                "response": {"status_code": status, "body": reply},
                "error": None if status == 200 else {"message": json.dumps(reply)},
            }
            (results if status == 200 else failures).append(json.dumps(record))
            outputs.append(record)
        job.outputs = outputs
        job.succeeded, job.failed = len(results), len(failures)
        if results:
            job.output_file = self.write_file(
                f"{job.id}.jsonl", results, "batch", "batch_result"
            ).id
        if failures:
            job.error_file = self.write_file(
                f"{job.id}_error.jsonl", failures, "batch", "batch_error"
            ).id
            job.errors.append({"message": "Some requests failed", "count": len(failures)})
        job.status = "SUCCESS" if results else "FAILED"
        if not results and not failures and not job.errors:
            job.errors.append({"message": "The input files contain no requests", "count": 1})
        job.completed_at = _now()

    # -- fine-tuning ----------------------------------------------------------------------------
    def add_ft_job(self, job: FineTuningJob) -> FineTuningJob:
        job.status = "QUEUED" if job.auto_start else "VALIDATING"
        job.event("status-updated", {"status": job.status})
        with self.lock:
            self.ft_jobs[job.id] = job
        return job

    def ft_job(self, job_id: str) -> FineTuningJob:
        with self.lock:
            job = self.ft_jobs.get(job_id)
        if job is None:
            raise NotFound(f"Fine-tuning job {job_id!r} not found")
        self._advance_ft(job)
        return job

    def list_ft_jobs(
        self,
        *,
        model: str | None,
        created_after: str | None,
        status: str | None,
        wandb_project: str | None,
        wandb_name: str | None,
        suffix: str | None,
    ) -> list[JSON]:
        after = _created_after(created_after)
        with self.lock:
            jobs = sorted(self.ft_jobs.values(), key=lambda j: j.created_at, reverse=True)
        for job in jobs:
            self._advance_ft(job)

        def wandb(key: str, wanted: str | None, job: FineTuningJob) -> bool:
            return not wanted or any(i.get(key) == wanted for i in job.integrations or [])

        return [
            job.to_json(detailed=False)
            for job in jobs
            if (not model or job.model == model)
            and (not status or job.status == status)
            and (after is None or job.created_at > after)
            and (not suffix or job.suffix == suffix)
            and wandb("project", wandb_project, job)
            and wandb("name", wandb_name, job)
        ]

    def start_ft_job(self, job_id: str) -> FineTuningJob:
        job = self.ft_job(job_id)
        if job.status == "VALIDATED":
            job.set_status("QUEUED")
        elif job.status == "VALIDATING" and not job.start_requested:
            job.start_requested = True
        else:
            raise Conflict(f"Job {job_id} cannot be started in status {job.status}")
        return job

    def cancel_ft_job(self, job_id: str) -> FineTuningJob:
        job = self.ft_job(job_id)
        if job.status not in _FT_TERMINAL and job.status != "CANCELLATION_REQUESTED":
            job.set_status("CANCELLATION_REQUESTED")
        return job

    def _advance_ft(self, job: FineTuningJob) -> None:
        step = self.job_step
        while job.status not in _FT_TERMINAL and time.monotonic() - job.since >= step:
            due = job.since + step  # when this transition happened, had somebody looked
            current = job.status
            if current == "QUEUED":
                job.set_status("RUNNING" if job.valid_data else "FAILED_VALIDATION", due)
            elif current == "VALIDATING":
                job.set_status("VALIDATED" if job.valid_data else "FAILED_VALIDATION", due)
            elif current == "VALIDATED":
                if not job.start_requested:
                    return  # waits for POST .../start
                job.set_status("QUEUED", due)
            elif current == "RUNNING":
                self._checkpoint(job)
                job.since = due
                if len(job.checkpoints) >= RUNNING_STEPS:
                    self._finish_ft(job, due)
            elif current == "CANCELLATION_REQUESTED":
                job.set_status("CANCELLED", due)

    def _checkpoint(self, job: FineTuningJob) -> None:
        steps = int(job.plan()["training_steps"])
        done = len(job.checkpoints) + 1
        loss = round(1.2 / (1 + done), 6)
        job.checkpoints.append(
            {
                "metrics": {
                    "train_loss": loss,
                    "valid_loss": round(loss * 1.1, 6),
                    "valid_mean_token_accuracy": round(1 - loss / 2, 6),
                },
                "step_number": max(1, math.ceil(steps * done / RUNNING_STEPS)),
                "created_at": _now(),
            }
        )
        job.event("checkpoint", {"step_number": job.checkpoints[-1]["step_number"]})

    def _finish_ft(self, job: FineTuningJob, due: float) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
        model_id = f"ft:{job.model}:{job.id[:8]}:{stamp}:{job.suffix or job.id[-8:]}"
        root = self.base_model(job.model)
        caps = root.capability_map() if root else {"completion_chat": True}
        caps.update(fine_tuning=False, vision=False)
        with self.lock:
            self.ft_models[model_id] = FineTunedModel(model_id, job.model, job.id, _now(), caps)
        job.fine_tuned_model = model_id
        job.trained_tokens = job.plan()["train_tokens"]
        job.set_status("SUCCESS", due)
