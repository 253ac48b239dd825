"""Routers of the delivery API that belong to no single app: pages by path or id, and previews."""

#: The URL namespace the project mounts the API under (``NinjaAPI(urls_namespace=…)``): delivery reverses
#: its own operations' URLs (``get_page``, ``get_page_by_path``) in it, for CDN purges.
URL_NAMESPACE = "api_v1"
