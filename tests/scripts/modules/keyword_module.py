# keyword: the keyword lists and the membership tests.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__)
print([w for w in ['for', 'print', 'None', 'match', 'async', 'self'] if keyword.iskeyword(w)])
print([w for w in ['match', 'case', '_', 'if'] if keyword.issoftkeyword(w)])


def safe_name(name):
    return name + '_' if keyword.iskeyword(name) else name


print(safe_name('class'), safe_name('klass'))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(e)

# expect: ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
# expect: ['_', 'case', 'match'] ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']
# expect: ['for', 'None', 'async']
# expect: ['match', 'case', '_']
# expect: class_ klass
# expect: unhashable type: 'list'
