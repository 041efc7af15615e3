# The C module's format-spec rules: the 0 flag, explicit fills, 'n', 'z', specials.
from decimal import Decimal as D

for value, spec in [('1234.5', '010,.1f'), ('1234.5', '09,.1f'), ('1234.5', '011,.1f'), ('-1234.5', '012,.2f'),
                    ('120.573', '0= 8,.0g'), ('4.5456764E+15', '0= 15,.3'), ('-4.5', '*=+10.2f'),
                    ('NaN', '015'), ('NaN', '+015g'), ('-Infinity', '015e'), ('NaN', '0=15'), ('-Infinity', '*=15'),
                    ('-0.0001', 'z.1F'), ('-0.0001', 'z.1f'), ('-0', 'z.1F'), ('-0.0001', 'z.1e'), ('-0', 'z.1e'),
                    ('-0.0001', 'z.1%'), ('-0', 'z'), ('0E+2', 'f'), ('0E+2', '.2e'), ('0E-3', '.1f'), ('-0E+1', '%'),
                    ('0.000001234', 'n'), ('1234567.1', '.3n'), ('2.500', '.3g'), ('123.456', '.0g'), ('1E+3', '.2g')]:
    print(value, repr(spec), repr(format(D(value), spec)))
for value, spec in [('1', '<08.3E'), ('1', '^0.1f'), ('1', '=08,.8G'), ('1', ',n'), ('1', '_f'), ('1', '#.0f'),
                    ('1', '.f'), ('1', 'd'), ('1', '10.2fx')]:
    try:
        format(D(value), spec)
    except ValueError as e:
        print(repr(spec), 'ValueError', e)

# expect: 1234.5 '010,.1f' '0,001,234.5'
# expect: 1234.5 '09,.1f' '001,234.5'
# expect: 1234.5 '011,.1f' '0,001,234.5'
# expect: -1234.5 '012,.2f' '-0,001,234.50'
# expect: 120.573 '0= 8,.0g' ' 0001e+2'
# expect: 4.5456764E+15 '0= 15,.3' ' 0000004.55E+15'
# expect: -4.5 '*=+10.2f' '-*****4.50'
# expect: NaN '015' '            NaN'
# expect: NaN '+015g' '           +NaN'
# expect: -Infinity '015e' '      -Infinity'
# expect: NaN '0=15' '000000000000NaN'
# expect: -Infinity '*=15' '-******Infinity'
# expect: -0.0001 'z.1F' '-0.0'
# expect: -0.0001 'z.1f' '0.0'
# expect: -0 'z.1F' '0.0'
# expect: -0.0001 'z.1e' '-1.0e-4'
# expect: -0 'z.1e' '0.0e+1'
# expect: -0.0001 'z.1%' '0.0%'
# expect: -0 'z' '0'
# expect: 0E+2 'f' '0'
# expect: 0E+2 '.2e' '0.00e+4'
# expect: 0E-3 '.1f' '0.0'
# expect: -0E+1 '%' '-0%'
# expect: 0.000001234 'n' '0.000001234'
# expect: 1234567.1 '.3n' '1.23e+6'
# expect: 2.500 '.3g' '2.50'
# expect: 123.456 '.0g' '1e+2'
# expect: 1E+3 '.2g' '1e+3'
# expect: '<08.3E' ValueError invalid format string
# expect: '^0.1f' ValueError invalid format string
# expect: '=08,.8G' ValueError invalid format string
# expect: ',n' ValueError invalid format string
# expect: '_f' ValueError invalid format string
# expect: '#.0f' ValueError invalid format string
# expect: '.f' ValueError invalid format string
# expect: 'd' ValueError invalid format string
# expect: '10.2fx' ValueError invalid format string
