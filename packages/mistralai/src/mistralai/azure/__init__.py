"""``mistralai.azure``: mistralai 2.x's home of the Azure client (see ``.client``)."""
