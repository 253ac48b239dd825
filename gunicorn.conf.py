"""gunicorn's settings for every start from this directory (`make serve`, the server tests, fuzz, bench).

Requests gunicorn refuses before Django (a request line over 4094 bytes, bad headers) are answered in
the API's JSON error shape (cms/gunicorn_worker.py). The command line adds the rest (bind, workers).
"""

worker_class = "cms.gunicorn_worker.JsonErrorWorker"
