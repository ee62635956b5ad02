"""``mistralai.gcp``: mistralai 2.x's home of the Vertex AI client (see ``.client``)."""
