# now()/today() read the same clock as time.time(); the results are local time.
import time
from datetime import datetime, date

now = datetime.now()
print(type(now).__name__, type(datetime.today()).__name__, type(date.today()).__name__)
print(abs(now.timestamp() - time.time()) < 5)
print(abs((datetime.now() - now).total_seconds()) < 5)
print(date.today() == now.date() or date.today() > now.date())
lt = time.localtime()
print(now.year == lt.tm_year or now.year + 1 == lt.tm_year)
print(datetime.fromtimestamp(time.time()).year == now.year)
print(datetime.fromtimestamp(86400 * 365).timestamp() == 86400 * 365)
print(abs(datetime.utcnow() - datetime.utcfromtimestamp(time.time())).total_seconds() < 5)

# expect: datetime datetime date
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
# expect: True
