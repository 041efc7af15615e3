# complex __format__ with non-ASCII fill characters (expectations from python3 3.11)
for spec in ['é^20', '€>16', '𝄞<18', '*^15', '>10', 'ü<14.2f', '\u00e9^+20.3e']:
    print(repr(format(1.5-2.25j, spec)))
print(f"{3+4j:☃^16}|{-1j:→>8}")

# expect: 'éééé(1.5-2.25j)ééééé'
# expect: '€€€€€(1.5-2.25j)'
# expect: '(1.5-2.25j)𝄞𝄞𝄞𝄞𝄞𝄞𝄞'
# expect: '**(1.5-2.25j)**'
# expect: '(1.5-2.25j)'
# expect: '1.50-2.25jüüüü'
# expect: '+1.500e+00-2.250e+00j'
# expect: ☃☃☃☃☃(3+4j)☃☃☃☃☃|→(-0-1j)
