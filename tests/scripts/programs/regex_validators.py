# A realistic use of re, compared with CPython 3.11.
import re

EMAIL = re.compile(r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$")
PHONE = re.compile(r"^\(?(\d{3})\)?[-.\s]?(\d{3})[-.\s]?(\d{4})$")
IPV4 = re.compile(r"^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$")
DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])$")
PASSWORD = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
HEXCOLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}\b")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

tests = {
    EMAIL: ["john.doe@example.com", "bad@", "a+b@sub.domain.org", "x@y.z"],
    PHONE: ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"],
    IPV4: ["192.168.0.1", "256.1.1.1", "10.0.0.255", "1.2.3"],
    DATE: ["2023-02-28", "2023-13-01", "1999-12-31", "2020-00-10"],
    PASSWORD: ["Passw0rd!", "password", "SHORT1!a", "NoDigits!!"],
    SLUG: ["hello-world", "Hello-World", "a--b", "abc123"],
}
for pattern, values in tests.items():
    for v in values:
        m = pattern.match(v)
        print(f"{pattern.pattern[:30]:<32} {v!r:<24} {'valid' if m else 'invalid'}",
              m.groups() if m and pattern.groups else "")
print(HEXCOLOR.findall("color: #fff; background: #A0B1C2; border: #12345;"))
print(PHONE.sub(r"(\1) \2-\3", "5551234567"))
m = DATE.fullmatch("2024-02-29")
print(m.group("y", "m", "d"), m.span("m"))

# expect: ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.   'john.doe@example.com'   valid 
# expect: ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.   'bad@'                   invalid 
# expect: ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.   'a+b@sub.domain.org'     valid 
# expect: ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.   'x@y.z'                  invalid 
# expect: ^\(?(\d{3})\)?[-.\s]?(\d{3})[-   '(555) 123-4567'         valid ('555', '123', '4567')
# expect: ^\(?(\d{3})\)?[-.\s]?(\d{3})[-   '555.123.4567'           valid ('555', '123', '4567')
# expect: ^\(?(\d{3})\)?[-.\s]?(\d{3})[-   '5551234567'             valid ('555', '123', '4567')
# expect: ^\(?(\d{3})\)?[-.\s]?(\d{3})[-   '55-123-4567'            invalid 
# expect: ^((25[0-5]|2[0-4]\d|1\d\d|[1-9   '192.168.0.1'            valid ('0.', '0', '1')
# expect: ^((25[0-5]|2[0-4]\d|1\d\d|[1-9   '256.1.1.1'              invalid 
# expect: ^((25[0-5]|2[0-4]\d|1\d\d|[1-9   '10.0.0.255'             valid ('0.', '0', '255')
# expect: ^((25[0-5]|2[0-4]\d|1\d\d|[1-9   '1.2.3'                  invalid 
# expect: ^(?P<y>\d{4})-(?P<m>0[1-9]|1[0   '2023-02-28'             valid ('2023', '02', '28')
# expect: ^(?P<y>\d{4})-(?P<m>0[1-9]|1[0   '2023-13-01'             invalid 
# expect: ^(?P<y>\d{4})-(?P<m>0[1-9]|1[0   '1999-12-31'             valid ('1999', '12', '31')
# expect: ^(?P<y>\d{4})-(?P<m>0[1-9]|1[0   '2020-00-10'             invalid 
# expect: ^(?=.*[a-z])(?=.*[A-Z])(?=.*\d   'Passw0rd!'              valid 
# expect: ^(?=.*[a-z])(?=.*[A-Z])(?=.*\d   'password'               invalid 
# expect: ^(?=.*[a-z])(?=.*[A-Z])(?=.*\d   'SHORT1!a'               valid 
# expect: ^(?=.*[a-z])(?=.*[A-Z])(?=.*\d   'NoDigits!!'             invalid 
# expect: ^[a-z0-9]+(?:-[a-z0-9]+)*$       'hello-world'            valid 
# expect: ^[a-z0-9]+(?:-[a-z0-9]+)*$       'Hello-World'            invalid 
# expect: ^[a-z0-9]+(?:-[a-z0-9]+)*$       'a--b'                   invalid 
# expect: ^[a-z0-9]+(?:-[a-z0-9]+)*$       'abc123'                 valid 
# expect: ['#fff', '#A0B1C2']
# expect: (555) 123-4567
# expect: ('2024', '02', '29') (5, 7)
