"""gunicorn's settings for every start from this directory (`make serve`, the server tests, `make fuzz`).

Requests gunicorn refuses before Django (a request line over 4094 bytes, bad headers) are answered in
the API's JSON error shape (cms/gunicorn_worker.py). With `--threads N`, also pass
`--worker-class cms.gunicorn_worker.JsonErrorThreadWorker`. The command line adds the rest (bind,
workers); the benchmarks name their worker class themselves.

The access log names the path without its query string and leaves the referrer out: the front desk
searches patients by name or e-mail (`?q=` in the admin) and a patient's search can name a condition,
so neither belongs in a log that operators read and ship elsewhere.
"""

worker_class = "cms.gunicorn_worker.JsonErrorWorker"
access_log_format = '%(h)s - %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
