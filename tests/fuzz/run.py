#!/usr/bin/env python3
"""Runs the libFuzzer targets built by `make fuzz-build` (BUILD/fuzz-NAME),
one after the other, and says what each did.

    run.py --build build/fuzz --seconds 60 [--fresh] [NAME...]   (make fuzz, make fuzz-ci)
    run.py --build build/fuzz --merge [NAME...]                  (make fuzz-merge)

A run starts from the target's working corpus (BUILD/corpus/NAME, kept
between runs; with --fresh an emptied BUILD/ci-corpus/NAME instead, so the
run takes the same time wherever it happens), seeded with the committed
corpus tests/fuzz/corpus/NAME and the regression inputs, and stops after
--seconds (plus the time to run the seeds once). A crash, hang, leak, memory
blow-up or sanitizer report stops that target and fails the whole run; the
input is left in BUILD/artifacts/ and printed in base64, so that a CI log is
enough to get it back. Once fixed it goes into tests/fuzz/regressions/.

--merge rebuilds each committed corpus with libFuzzer's -merge=1: from the
corpus itself, the working corpus of long runs, the script tests and the
samples, smallest first, it keeps each input that reaches a coverage edge
none before it reached, cut to the length the fuzzers read. Edges only
(-use_counters=0): keeping every input that hits an edge a new number of
times, as fuzzing does, gave the lexer 7,262 seeds instead of 2,106. That
keeps the seeds, and so the first seconds of every run, small while still
starting from everything the script tests and long runs reached.
"""
import argparse
import base64
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
FUZZ = ROOT / "tests" / "fuzz"
MAX_LEN = 4096
OPTIONS = ["-max_len=%d" % MAX_LEN, "-timeout=30", "-rss_limit_mb=3072"]
RUN_OPTIONS = ["-print_final_stats=1", "-dict=%s" % (FUZZ / "coil.dict")]
MERGE_FROM = [ROOT / "tests" / "scripts", ROOT / "samples"]
# A report from a sanitizer stops the process, so libFuzzer keeps the input.
SANITIZER_ENV = {"UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1"}


def fuzzer_env():
    env = dict(os.environ)
    for k, v in SANITIZER_ENV.items():
        env.setdefault(k, v)
    return env


def stat(log, name):
    m = re.findall(r"stat::%s:\s*(\d+)" % name, log)
    return int(m[-1]) if m else 0


def report_failure(name, log):
    """The sanitizer's report and the input, as text a CI log keeps."""
    print("\n".join(log.splitlines()[-60:]))
    for path in re.findall(r"Test unit written to (\S+)", log):
        data = pathlib.Path(path).read_bytes()
        print("-- %s: %s (%d bytes); base64:" % (name, path, len(data)))
        print(base64.encodebytes(data).decode(), end="")
        print("-- once fixed, keep it as tests/fuzz/regressions/%s-WHAT (make test replays it)" % name)


def run_target(build, name, seconds, fresh):
    corpus = build / ("ci-corpus" if fresh else "corpus") / name
    if fresh:
        shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True, exist_ok=True)
    (build / "artifacts").mkdir(exist_ok=True)
    (build / "logs").mkdir(exist_ok=True)
    seeds = [d for d in (FUZZ / "corpus" / name, FUZZ / "regressions") if d.is_dir()]
    cmd = [str(build / ("fuzz-" + name)), *OPTIONS, *RUN_OPTIONS, "-max_total_time=%d" % seconds,
           "-artifact_prefix=%s/artifacts/%s-" % (build, name), str(corpus), *map(str, seeds)]
    print("== fuzz %s (%d s)" % (name, seconds), flush=True)
    start = time.monotonic()
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=fuzzer_env())
    took = time.monotonic() - start
    log = p.stdout.decode(errors="replace")
    (build / "logs" / (name + ".log")).write_text(log)
    runs = stat(log, "number_of_executed_units")
    size = re.findall(r"corp: (\d+)/", log)
    print("   %s: %.0f s, %d executions (%d/s), corpus %s inputs, exit %d"
          % (name, took, runs, stat(log, "average_exec_per_sec"), size[-1] if size else "?", p.returncode))
    if p.returncode != 0:
        report_failure(name, log)
    return p.returncode == 0


def merge_target(build, name, merge_from):
    """Replaces tests/fuzz/corpus/NAME by the inputs that reach the edges it,
    the working corpus and merge_from reach."""
    committed = FUZZ / "corpus" / name
    fresh = build / "merge" / name
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    sources = [d for d in (committed, build / "corpus" / name, *merge_from) if d.is_dir()]
    before = len(list(committed.iterdir())) if committed.is_dir() else 0
    cmd = [str(build / ("fuzz-" + name)), "-merge=1", "-use_counters=0", *OPTIONS, str(fresh), *map(str, sources)]
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       env=fuzzer_env())
    log = p.stdout.decode(errors="replace")
    (build / "logs").mkdir(exist_ok=True)
    (build / "logs" / (name + "-merge.log")).write_text(log)
    if p.returncode != 0:
        print("\n".join(log.splitlines()[-40:]))
        print("   %s: merge failed (exit %d); tests/fuzz/corpus/%s left as it was" % (name, p.returncode, name))
        return False
    # The fuzzers read at most MAX_LEN bytes of an input, so the coverage the
    # merge measured is that of the first MAX_LEN bytes: keep only those.
    shutil.rmtree(committed, ignore_errors=True)
    committed.mkdir(parents=True)
    for f in sorted(fresh.iterdir()):
        data = f.read_bytes()[:MAX_LEN]
        (committed / hashlib.sha1(data).hexdigest()).write_bytes(data)
    after = list(committed.iterdir())
    print("   %s: %d seeds (%d KB), were %d" % (name, len(after), sum(f.stat().st_size for f in after) // 1024, before))
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True, type=pathlib.Path)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--fresh", action="store_true", help="start from the seeds only (CI)")
    ap.add_argument("--merge", action="store_true", help="minimise tests/fuzz/corpus/NAME instead of fuzzing")
    ap.add_argument("targets", nargs="*")
    args = ap.parse_args()
    build = args.build.resolve()
    targets = args.targets or sorted(p.stem for p in (FUZZ / "targets").glob("*.cpp"))
    ok = True
    for name in targets:
        if args.merge:
            ok = merge_target(build, name, MERGE_FROM) and ok
        else:
            ok = run_target(build, name, args.seconds, args.fresh) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
