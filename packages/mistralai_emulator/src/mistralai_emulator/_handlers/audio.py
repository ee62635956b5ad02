"""Audio transcriptions (``/v1/audio/transcriptions``).

Every operation is a 501 placeholder until its handler is written (see
:func:`._common.placeholder`).
"""

from __future__ import annotations

from ._common import placeholder

placeholder("audio_api_v1_transcriptions_post")
