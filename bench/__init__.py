"""``make bench``: the delivery API against stock ``wagtail.api.v2``, on the same pages (issue 4, "Speed")."""
