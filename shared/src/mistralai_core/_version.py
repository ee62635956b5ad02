"""The one version number of all the SDK's distributions."""

__version__ = "1.0.0"
#: Sent by every client of every provider, exactly as v1 sends it.
USER_AGENT = f"mistral-client-python/{__version__}"
