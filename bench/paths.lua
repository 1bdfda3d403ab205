-- wrk script for bench/run.sh: every request takes a random path from the file named by BENCH_PATHS
-- (one path a line, e.g. /den-haag/moties/ris323480), with Accept-Encoding: gzip when BENCH_GZIP=1. It counts answers that are not 2xx (wrk's own
-- "Non-2xx or 3xx" lets redirects pass) and prints one machine-readable line at the end:
-- BENCH requests=… seconds=… rps=… p50_ms=… p99_ms=… max_ms=… non2xx=… socket_errors=…
local file = os.getenv("BENCH_PATHS")
-- BENCH_GZIP=1 (the default of run.sh): ask for gzip, as browsers and search engines' crawlers do
local headers = {}
if os.getenv("BENCH_GZIP") == "1" then headers["Accept-Encoding"] = "gzip" end
local paths = {}
for line in io.lines(file) do
  if #line > 0 then paths[#paths + 1] = line end
end
if #paths == 0 then error("no paths in " .. tostring(file)) end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  non2xx = 0
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
