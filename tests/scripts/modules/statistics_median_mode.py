# median and its variants, mode and multimode.
import statistics as st

print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median(['a', 'c', 'b']), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.mode([1, 2]))

# expect: 3 4.0 3 5
# expect: b 52.5 3.5
# expect: 3 red
# expect: ['b', 'd', 'f'] [] 1
