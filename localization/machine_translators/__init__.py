"""Machine translation backends for wagtail-localize, one per module.

Keep this package free of Django model imports: the settings module imports ``config`` from it.
"""
