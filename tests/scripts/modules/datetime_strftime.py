# strftime's common codes, %f, and format()/f-string specs on datetime and date.
from datetime import datetime, date

d = datetime(2024, 3, 5, 14, 7, 9, 120)
print(d.strftime("%Y-%m-%d %H:%M:%S.%f"))
print(d.strftime("%a %A %b %B %j %p %I %y %%"))
print(d.strftime("[%z][%Z]"), repr(d.strftime("")))
print(datetime(2023, 12, 31, 0, 30).strftime("%j %I %p %A"))
print(datetime(2000, 1, 1, 12).strftime("%I %p %a %d"))
print(date(2021, 7, 4).strftime("%A, %B %d, %Y"))
print(f"{d:%d/%m/%Y}", f"{d}", format(d, ""), "{:%H:%M}".format(d))
print(f"{date(2021, 7, 4):%b %d}", format(date(2021, 7, 4)))

# expect: 2024-03-05 14:07:09.000120
# expect: Tue Tuesday Mar March 065 PM 02 24 %
# expect: [][] ''
# expect: 365 12 AM Sunday
# expect: 12 PM Sat 01
# expect: Sunday, July 04, 2021
# expect: 05/03/2024 2024-03-05 14:07:09.000120 2024-03-05 14:07:09.000120 14:07
# expect: Jul 04 2021-07-04
