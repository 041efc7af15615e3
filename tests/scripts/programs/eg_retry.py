# Retrying a batch of jobs: each round's failures form an ExceptionGroup;
# except* sorts them into retryable and permanent, and a final report
# raises what is left.
class Retryable(Exception):
    pass

class Permanent(Exception):
    pass

class Flaky:
    def __init__(self, name, failures, permanent=False):
        self.name, self.failures, self.permanent = name, failures, permanent
        self.calls = 0

    def run(self):
        self.calls += 1
        if self.permanent:
            raise Permanent(f"{self.name}: cannot be done")
        if self.calls <= self.failures:
            raise Retryable(f"{self.name}: try again (call {self.calls})")
        return f"{self.name} ok after {self.calls}"

def run_round(jobs):
    done, errors = [], []
    for job in jobs:
        try:
            done.append(job.run())
        except Exception as e:
            e.job = job
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(jobs)} failed", errors)
    return done

jobs = [Flaky("a", 0), Flaky("b", 2), Flaky("c", 1), Flaky("d", 0, permanent=True), Flaky("e", 5)]
pending = jobs
failed_for_good = []
for round_no in range(1, 5):
    if not pending:
        break
    retry = []
    try:
        for line in run_round(pending):
            print(" ", line)
    except* Retryable as eg:
        print(f"round {round_no}: {eg.message}; retrying {[e.job.name for e in eg.exceptions]}")
        retry = [e.job for e in eg.exceptions]
    except* Permanent as eg:
        failed_for_good.extend(eg.exceptions)
        print(f"round {round_no}: giving up on {[e.job.name for e in eg.exceptions]}")
    pending = retry
print("still pending:", [j.name for j in pending])
try:
    if failed_for_good or pending:
        raise ExceptionGroup("batch incomplete",
                             failed_for_good + [Retryable(f"{j.name} never succeeded") for j in pending])
except ExceptionGroup as eg:
    print(eg)
    for e in eg.exceptions:
        print("  ", type(e).__name__, e)

# expect: round 1: 4 of 5 failed; retrying ['b', 'c', 'e']
# expect: round 1: giving up on ['d']
# expect: round 2: 2 of 3 failed; retrying ['b', 'e']
# expect: round 3: 1 of 2 failed; retrying ['e']
# expect: round 4: 1 of 1 failed; retrying ['e']
# expect: still pending: ['e']
# expect: batch incomplete (2 sub-exceptions)
# expect:    Permanent d: cannot be done
# expect:    Retryable e never succeeded
