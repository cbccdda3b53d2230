"""Developer tools, not the product: the fake Spinoco server, tiny offline models, `make dev`."""
