"""The demo content in Spanish: the reviewed text (``spanish``) and how it goes in (``apply``)."""
