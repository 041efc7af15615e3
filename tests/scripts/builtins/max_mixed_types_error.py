# Comparing unorderable items in max() raises TypeError from the comparison.
max([1, "two"])
# expect runtime error: TypeError: '>' not supported between instances of 'str' and 'int'
