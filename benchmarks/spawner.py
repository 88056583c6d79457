"""Starts the benchmark's child processes and reports each one's time and own peak memory.

Linux carries a process's peak resident memory across fork and exec: a child started by a
parent that once held 300 MB reports at least 300 MB in its ru_maxrss. benchmarks/run.py
grows (it imports the builder, mkdocs, Playwright), so it starts this small launcher first
and has it start every measured child; the children's figures are then their own.

Protocol: one JSON request per line on stdin, {"cmd": [...], "timeout": s, "stdout": path,
"stderr": path}; one JSON reply per line, {"seconds", "max_rss_kb", "returncode", "cpu"} (cpu: user + system
seconds of the child and of the children it waited for). Ends at EOF.
"""

import json
import os
import subprocess
import sys
import threading
import time

for line in sys.stdin:
    request = json.loads(line)
    with open(request["stdout"], "wb") as out, open(request["stderr"], "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(request["cmd"], stdout=out, stderr=err, cwd=request.get("cwd"))
        killer = threading.Timer(request["timeout"], proc.kill)  # a hung child must not hang the benchmark
        killer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # tell Popen the child is already reaped
    print(json.dumps({"seconds": seconds, "max_rss_kb": usage.ru_maxrss, "returncode": proc.returncode,
                      "cpu": usage.ru_utime + usage.ru_stime}), flush=True)
