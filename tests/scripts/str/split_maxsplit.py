# split(sep) with maxsplit limits, overlapping and multi-byte separators, big splits.
print("aaaa".split("aa"), "aaa".split("aa"), "a".split("a"), "".split(","))
print("a,b,c".split(",", 0), "a,b,c".split(",", 1), "a,b,c".split(",", -1), "a,b,c".split(",", 5))
print("x€y€€z".split("€"), "x€y€€z".split("€", 2), "é-é".split("-"), "ab".split("ab"))
print("1--2--3".split("--", maxsplit=1), "1--2--3".split(sep="--"))
big = ",".join(str(i) for i in range(3000))
parts = big.split(",")
print(len(parts), parts[:3], parts[-1], len(big.split(",", 500)), big.split(",", 2)[2][:10])

# expect: ['', '', ''] ['', 'a'] ['', ''] ['']
# expect: ['a,b,c'] ['a', 'b,c'] ['a', 'b', 'c'] ['a', 'b', 'c']
# expect: ['x', 'y', '', 'z'] ['x', 'y', '€z'] ['é', 'é'] ['', '']
# expect: ['1', '2--3'] ['1', '2', '3']
# expect: 3000 ['0', '1', '2'] 2999 501 2,3,4,5,6,
