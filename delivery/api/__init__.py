"""Routers of the delivery API that belong to no single app: pages by path or id, and previews."""
