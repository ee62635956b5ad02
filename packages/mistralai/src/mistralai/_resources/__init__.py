"""La Plateforme's resources beyond chat and FIM, one module per resource.

Each module declares its operations once (an :class:`~mistralai_core._operation.Operation`
plus a builder carrying the signature and docstring) and binds them sync and async with the
core's descriptors. ``Mistral`` reaches them through ``SubResource`` attributes, so a module
and its models are imported only when the resource is first used.
"""
