"""gunicorn's settings for every start from this directory (`make serve`, the server tests, `make fuzz`).

Requests gunicorn refuses before Django (a request line over 4094 bytes, bad headers) are answered in
the API's JSON error shape (cms/gunicorn_worker.py). With `--threads N`, also pass
`--worker-class cms.gunicorn_worker.JsonErrorThreadWorker`. The command line adds the rest (bind,
workers); the benchmarks name their worker class themselves.
"""

worker_class = "cms.gunicorn_worker.JsonErrorWorker"
