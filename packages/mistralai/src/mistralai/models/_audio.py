"""Models of the audio operations.

Generated from shared/openapi/mistral.yaml by scripts/generate_models.py: do not edit.
"""

from typing import Annotated, ClassVar, Literal

from pydantic import Field, Tag
from typing_extensions import NotRequired, TypedDict

from mistralai_core._models import BaseModel, TaggedModel
from mistralai_core.models._chat import UsageInfo, UsageInfoTypedDict
from mistralai_core.models._unions import (
    EMPTY_IF_NULL,
    UNKNOWN_TAG,
    UnknownVariant,
    open_discriminator,
)

__all__ = [
    "AudioTranscriptionRequest",
    "AudioTranscriptionRequestTypedDict",
    "TimestampGranularity",
    "TranscriptionResponse",
    "TranscriptionResponseTypedDict",
    "TranscriptionSegmentChunk",
    "TranscriptionSegmentChunkTypedDict",
    "TranscriptionStreamDone",
    "TranscriptionStreamDoneTypedDict",
    "TranscriptionStreamEventTypes",
    "TranscriptionStreamEvents",
    "TranscriptionStreamEventsData",
    "TranscriptionStreamEventsDataTypedDict",
    "TranscriptionStreamEventsTypedDict",
    "TranscriptionStreamLanguage",
    "TranscriptionStreamLanguageTypedDict",
    "TranscriptionStreamSegmentDelta",
    "TranscriptionStreamSegmentDeltaTypedDict",
    "TranscriptionStreamTextDelta",
    "TranscriptionStreamTextDeltaTypedDict",
]


TimestampGranularity = Literal["segment", "word"]


class AudioTranscriptionRequest(BaseModel):
    """multipart/form-data body of `POST /v1/audio/transcriptions`. The newer client models this
    body twice, as `AudioTranscriptionRequest` (`stream` const `false`, JSON
    `TranscriptionResponse`) and `AudioTranscriptionRequestStream` (`stream` const `true`,
    `text/event-stream` of `TranscriptionStreamEvents`); both have exactly these fields, so they
    are merged here the way `ChatCompletionRequest.stream` is.
    """

    __nullable__: ClassVar[frozenset[str]] = frozenset(
        {"file_url", "file_id", "language", "temperature"}
    )

    model: str
    """ID of the model to be used."""
    file: bytes | None = None
    file_url: str | None = None
    """Url of a file to be transcribed"""
    file_id: str | None = None
    """ID of a file uploaded to /v1/files"""
    language: str | None = None
    """Language of the audio, e.g. 'en'. Providing the language can boost accuracy."""
    temperature: float | None = None
    stream: bool | None = False
    """`false` (default): the response is a JSON `TranscriptionResponse`. `true`: the response is a
    `text/event-stream` of `TranscriptionStreamEvents`.
    """
    diarize: bool | None = False
    context_bias: list[str] | None = None
    timestamp_granularities: list[TimestampGranularity] | None = None
    """Granularities of timestamps to include in the response."""


class AudioTranscriptionRequestTypedDict(TypedDict):
    """The dict form of :class:`AudioTranscriptionRequest`."""

    model: str
    file: NotRequired[bytes]
    file_url: NotRequired[str | None]
    file_id: NotRequired[str | None]
    language: NotRequired[str | None]
    temperature: NotRequired[float | None]
    stream: NotRequired[bool]
    diarize: NotRequired[bool]
    context_bias: NotRequired[list[str]]
    timestamp_granularities: NotRequired[list[TimestampGranularity]]


class TranscriptionSegmentChunk(TaggedModel):
    """TranscriptionSegmentChunk"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"score", "speaker_id"})

    type: Literal["transcription_segment"] = "transcription_segment"
    text: str
    start: float
    end: float
    score: float | None = None
    speaker_id: str | None = None


class TranscriptionResponse(BaseModel):
    """TranscriptionResponse"""

    __nullable__: ClassVar[frozenset[str]] = frozenset({"language"})

    model: str
    text: str
    segments: Annotated[list[TranscriptionSegmentChunk], EMPTY_IF_NULL] = Field(
        default_factory=list
    )
    usage: UsageInfo
    language: str | None


class TranscriptionSegmentChunkTypedDict(TypedDict):
    """The dict form of :class:`TranscriptionSegmentChunk`."""

    type: NotRequired[Literal["transcription_segment"]]
    text: str
    start: float
    end: float
    score: NotRequired[float | None]
    speaker_id: NotRequired[str | None]


class TranscriptionResponseTypedDict(TypedDict):
    """The dict form of :class:`TranscriptionResponse`."""

    model: str
    text: str
    segments: NotRequired[list[TranscriptionSegmentChunkTypedDict]]
    usage: UsageInfoTypedDict
    language: str | None


TranscriptionStreamEventTypes = (
    Literal[
        "transcription.language",
        "transcription.segment",
        "transcription.text.delta",
        "transcription.done",
    ]
    | str
)


class TranscriptionStreamDone(TaggedModel):
    """TranscriptionStreamDone"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"language"})

    model: str
    text: str
    segments: Annotated[list[TranscriptionSegmentChunk], EMPTY_IF_NULL] = Field(
        default_factory=list
    )
    usage: UsageInfo
    type: Literal["transcription.done"] = "transcription.done"
    language: str | None


class TranscriptionStreamLanguage(TaggedModel):
    """TranscriptionStreamLanguage"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["transcription.language"] = "transcription.language"
    audio_language: str


class TranscriptionStreamSegmentDelta(TaggedModel):
    """TranscriptionStreamSegmentDelta"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"speaker_id"})

    type: Literal["transcription.segment"] = "transcription.segment"
    text: str
    start: float
    end: float
    speaker_id: str | None = None


class TranscriptionStreamTextDelta(TaggedModel):
    """TranscriptionStreamTextDelta"""

    __always_sent__: ClassVar[frozenset[str]] = frozenset({"type"})

    type: Literal["transcription.text.delta"] = "transcription.text.delta"
    text: str


TranscriptionStreamEventsData = Annotated[
    Annotated[TranscriptionStreamDone, Tag("transcription.done")]
    | Annotated[TranscriptionStreamLanguage, Tag("transcription.language")]
    | Annotated[TranscriptionStreamSegmentDelta, Tag("transcription.segment")]
    | Annotated[TranscriptionStreamTextDelta, Tag("transcription.text.delta")]
    | Annotated[UnknownVariant, Tag(UNKNOWN_TAG)],
    open_discriminator(
        "type",
        [
            "transcription.done",
            "transcription.language",
            "transcription.segment",
            "transcription.text.delta",
        ],
    ),
]


class TranscriptionStreamDoneTypedDict(TypedDict):
    """The dict form of :class:`TranscriptionStreamDone`."""

    model: str
    text: str
    segments: NotRequired[list[TranscriptionSegmentChunkTypedDict]]
    usage: UsageInfoTypedDict
    type: NotRequired[Literal["transcription.done"]]
    language: str | None


class TranscriptionStreamLanguageTypedDict(TypedDict):
    """The dict form of :class:`TranscriptionStreamLanguage`."""

    type: NotRequired[Literal["transcription.language"]]
    audio_language: str


class TranscriptionStreamSegmentDeltaTypedDict(TypedDict):
    """The dict form of :class:`TranscriptionStreamSegmentDelta`."""

    type: NotRequired[Literal["transcription.segment"]]
    text: str
    start: float
    end: float
    speaker_id: NotRequired[str | None]


class TranscriptionStreamTextDeltaTypedDict(TypedDict):
    """The dict form of :class:`TranscriptionStreamTextDelta`."""

    type: NotRequired[Literal["transcription.text.delta"]]
    text: str


TranscriptionStreamEventsDataTypedDict = (
    TranscriptionStreamDoneTypedDict
    | TranscriptionStreamLanguageTypedDict
    | TranscriptionStreamSegmentDeltaTypedDict
    | TranscriptionStreamTextDeltaTypedDict
)


class TranscriptionStreamEvents(BaseModel):
    """TranscriptionStreamEvents"""

    event: TranscriptionStreamEventTypes
    data: TranscriptionStreamEventsData


class TranscriptionStreamEventsTypedDict(TypedDict):
    """The dict form of :class:`TranscriptionStreamEvents`."""

    event: TranscriptionStreamEventTypes
    data: TranscriptionStreamEventsDataTypedDict
