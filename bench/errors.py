"""The benchmark's one error type: something it needs is missing; ``bench.run`` prints the reason in one line."""


class BenchError(Exception):
    pass
