"""The benchmarks' one error type: something they need is missing; the command prints the reason in one line."""

import sys


class BenchError(Exception):
    pass


def exit_code(command, run):
    """Run a benchmark: 0 whatever its verdicts, 2 with a one-line reason when it cannot run."""
    try:
        run()
    except BenchError as error:
        print(f"{command}: {error}", file=sys.stderr)
        return 2
    return 0
