-- wrk script for make bench: cycle over many request paths and report one JSON line.
--
-- Usage: wrk ... -s bench/paths.lua http://127.0.0.1:PORT -- FILE
-- FILE holds one request path per line (/api/v1/pages/by-path/?path=/es/...). Each wrk thread starts
-- at its own offset in the list, so the threads do not ask for the same page at the same moment.
-- done() prints {"requests", "duration_s", "requests_per_s", "p50_ms", "p95_ms", "p99_ms", "max_ms",
-- "errors"} on a line starting with BENCH_RESULT, which bench/run.py parses; latency comes from wrk's
-- own histogram (every request, not a sample).

local threads_started = 0

function setup(thread)
  thread:set("thread_number", threads_started)
  threads_started = threads_started + 1
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot open the path list " .. tostring(args[1]))
  paths = {}
  for line in file:lines() do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  file:close()
  assert(#paths > 0, "the path list is empty")
  position = (thread_number * 7919) % #paths -- a prime stride spreads the threads' starting points
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

local function milliseconds(microseconds)
  return microseconds / 1000
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local errors = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_s":%.3f,"requests_per_s":%.2f,"p50_ms":%.3f,"p95_ms":%.3f,' ..
    '"p99_ms":%.3f,"max_ms":%.3f,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, seconds, summary.requests / seconds,
    milliseconds(latency:percentile(50)), milliseconds(latency:percentile(95)),
    milliseconds(latency:percentile(99)), milliseconds(latency.max), summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout
  ))
end
