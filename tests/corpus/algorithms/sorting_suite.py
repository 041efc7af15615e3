"""A handful of classic sorting algorithms, checked against sorted()."""


def bubble_sort(items):
    data = list(items)
    n = len(data)
    for end in range(n - 1, 0, -1):
        swapped = False
        for i in range(end):
            if data[i] > data[i + 1]:
                data[i], data[i + 1] = data[i + 1], data[i]
                swapped = True
        if not swapped:
            break
    return data


def insertion_sort(items):
    data = list(items)
    for i in range(1, len(data)):
        key = data[i]
        j = i - 1
        while j >= 0 and data[j] > key:
            data[j + 1] = data[j]
            j -= 1
        data[j + 1] = key
    return data


def merge_sort(items):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick_sort(items):
    if len(items) < 2:
        return list(items)
    pivot, *rest = items
    smaller = [x for x in rest if x < pivot]
    larger = [x for x in rest if x >= pivot]
    return quick_sort(smaller) + [pivot] + quick_sort(larger)


def heap_sort(items):
    data = list(items)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and data[child] < data[child + 1]:
                child += 1
            if data[root] < data[child]:
                data[root], data[child] = data[child], data[root]
                root = child
            else:
                return

    for start in range(len(data) // 2 - 1, -1, -1):
        sift(start, len(data) - 1)
    for end in range(len(data) - 1, 0, -1):
        data[0], data[end] = data[end], data[0]
        sift(0, end - 1)
    return data


def counting_sort(items):
    if not items:
        return []
    lo, hi = min(items), max(items)
    counts = [0] * (hi - lo + 1)
    for x in items:
        counts[x - lo] += 1
    out = []
    for offset, c in enumerate(counts):
        out.extend([offset + lo] * c)
    return out


def shell_sort(items):
    data = list(items)
    gap = len(data) // 2
    while gap > 0:
        for i in range(gap, len(data)):
            tmp = data[i]
            j = i
            while j >= gap and data[j - gap] > tmp:
                data[j] = data[j - gap]
                j -= gap
            data[j] = tmp
        gap //= 2
    return data


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed


if __name__ == "__main__":
    gen = lcg(42)
    samples = [
        [],
        [1],
        [3, 1, 2],
        [5, -2, 9, 0, -2, 7, 7, 1],
        [next(gen) % 100 - 50 for _ in range(40)],
    ]
    algorithms = [bubble_sort, insertion_sort, merge_sort, quick_sort,
                  heap_sort, counting_sort, shell_sort]
    for sample in samples:
        expected = sorted(sample)
        for algo in algorithms:
            result = algo(sample)
            status = "ok" if result == expected else "WRONG"
            print(f"{algo.__name__:>15} n={len(sample):<3} {status}")
    print(merge_sort([next(gen) % 1000 for _ in range(15)]))
    words = "the quick brown fox jumps over the lazy dog".split()
    print(quick_sort(words))
    print(sorted(words, key=lambda w: (len(w), w), reverse=True))
