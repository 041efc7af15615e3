# A realistic use of re, compared with CPython 3.11.
import re

text = """Ross McFluff: 834.345.1254 155 Elm Street

Ronald Heathmore: 892.345.3428 436 Finley Avenue
Frank Burger: 925.541.7625 662 South Dogwood Way


Heather Albrecht: 548.326.4584 919 Park Place"""

entries = re.split("\n+", text)
print(entries)
print([re.split(":? ", entry, 3) for entry in entries])
print([re.split(":? ", entry, 4) for entry in entries])

def repl(m):
    inner_word = list(m.group(2))
    inner_word.reverse()
    return m.group(1) + "".join(inner_word) + m.group(3)

text2 = "Professor Abdolmalek, please report your absences promptly."
print(re.sub(r"(\w)(\w+)(\w)", repl, text2))
text3 = "He was carefully disguised but captured quickly by police."
print(re.findall(r"\w+ly\b", text3))
for m in re.finditer(r"\w+ly\b", text3):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
valid = re.compile(r"^[a2-9tjqk]{5}$")
print(valid.match("akt5q"), valid.match("akt5e"), valid.match("akt"))
pair = re.compile(r".*(.).*\1")
print(pair.match("717ak").group(1), pair.match("354aa").group(1), pair.match("718ak"))

# expect: ['Ross McFluff: 834.345.1254 155 Elm Street', 'Ronald Heathmore: 892.345.3428 436 Finley Avenue', 'Frank Burger: 925.541.7625 662 South Dogwood Way', 'Heather Albrecht: 548.326.4584 919 Park Place']
# expect: [['Ross', 'McFluff', '834.345.1254', '155 Elm Street'], ['Ronald', 'Heathmore', '892.345.3428', '436 Finley Avenue'], ['Frank', 'Burger', '925.541.7625', '662 South Dogwood Way'], ['Heather', 'Albrecht', '548.326.4584', '919 Park Place']]
# expect: [['Ross', 'McFluff', '834.345.1254', '155', 'Elm Street'], ['Ronald', 'Heathmore', '892.345.3428', '436', 'Finley Avenue'], ['Frank', 'Burger', '925.541.7625', '662', 'South Dogwood Way'], ['Heather', 'Albrecht', '548.326.4584', '919', 'Park Place']]
# expect: Posseforr Aelamlodbk, psaele rropet yuor aecnesbs pltpmory.
# expect: ['carefully', 'quickly']
# expect: 07-16: carefully
# expect: 40-47: quickly
# expect: <re.Match object; span=(0, 5), match='akt5q'> None None
# expect: 7 a None
