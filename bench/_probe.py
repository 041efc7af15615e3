# Memory probe for the memory scripts run by run.py: prints the process's
# peak RSS so far (VmHWM, KiB) while the measured objects are still held, so
# that tearing them down at exit (closing suspended coroutines) is not counted.
def report_peak():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                print("peak_kb:", line.split()[1])
                return
