# Exact unit conversions and significant figures with Decimal contexts.
from decimal import Decimal as D, Context, localcontext

INCH = D('0.0254')
POUND = D('0.45359237')
GALLON = D('3.785411784')
rows = [('inches', 'metres', INCH), ('pounds', 'kilograms', POUND), ('gallons', 'litres', GALLON)]
for src, dst, k in rows:
    for v in ['1', '12', '0.5', '1000']:
        exact = D(v) * k
        print(f'{v:>5} {src:<8}= {exact} {dst} (3 s.f.: {Context(prec=3).plus(exact)}, eng: {exact.to_eng_string()})')
with localcontext() as ctx:
    ctx.prec = 6
    print('1 metre =', 1 / INCH, 'inches;', '1 kg =', 1 / POUND, 'lb')
print('sqrt(2) m diagonal:', D(2).sqrt())
print('scientific:', D('6.02214076E23'), D('1.602176634E-19') * 1000, D('299792458').normalize())
print('sorted', sorted([D('1E+2'), D('99.999'), D('1.00E2'), D(101)]))

# expect:     1 inches  = 0.0254 metres (3 s.f.: 0.0254, eng: 0.0254)
# expect:    12 inches  = 0.3048 metres (3 s.f.: 0.305, eng: 0.3048)
# expect:   0.5 inches  = 0.01270 metres (3 s.f.: 0.0127, eng: 0.01270)
# expect:  1000 inches  = 25.4000 metres (3 s.f.: 25.4, eng: 25.4000)
# expect:     1 pounds  = 0.45359237 kilograms (3 s.f.: 0.454, eng: 0.45359237)
# expect:    12 pounds  = 5.44310844 kilograms (3 s.f.: 5.44, eng: 5.44310844)
# expect:   0.5 pounds  = 0.226796185 kilograms (3 s.f.: 0.227, eng: 0.226796185)
# expect:  1000 pounds  = 453.59237000 kilograms (3 s.f.: 454, eng: 453.59237000)
# expect:     1 gallons = 3.785411784 litres (3 s.f.: 3.79, eng: 3.785411784)
# expect:    12 gallons = 45.424941408 litres (3 s.f.: 45.4, eng: 45.424941408)
# expect:   0.5 gallons = 1.8927058920 litres (3 s.f.: 1.89, eng: 1.8927058920)
# expect:  1000 gallons = 3785.411784000 litres (3 s.f.: 3.79E+3, eng: 3785.411784000)
# expect: 1 metre = 39.3701 inches; 1 kg = 2.20462 lb
# expect: sqrt(2) m diagonal: 1.414213562373095048801688724
# expect: scientific: 6.02214076E+23 1.602176634000E-16 299792458
# expect: sorted [Decimal('99.999'), Decimal('1E+2'), Decimal('100'), Decimal('101')]
