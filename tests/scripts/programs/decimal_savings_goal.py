# Months needed to reach a savings goal with monthly deposits and interest.
from decimal import Decimal as D, ROUND_HALF_EVEN

def months_to_goal(goal, deposit, annual_rate, start=D(0)):
    balance = start
    monthly = annual_rate / 12
    month = 0
    history = []
    while balance < goal:
        month += 1
        interest = (balance * monthly).quantize(D('0.01'), ROUND_HALF_EVEN)
        balance += interest + deposit
        history.append(balance)
        if month > 600:
            return None, history
    return month, history

for goal, deposit, rate in [(D('10000'), D('250'), D('0.04')), (D('50000'), D('800'), D('0.055')),
                            (D('1000'), D('999.99'), D('0'))]:
    months, hist = months_to_goal(goal, deposit, rate)
    years, rem = divmod(months, 12)
    print(f'goal {goal:>8,} at {deposit}/month, {rate:.1%}: {months} months ({years}y {rem}m), '
          f'final {hist[-1]:,}, interest earned {hist[-1] - deposit * months}')

# expect: goal   10,000 at 250/month, 4.0%: 38 months (3y 2m), final 10,109.97, interest earned 609.97
# expect: goal   50,000 at 800/month, 5.5%: 56 months (4y 8m), final 50,942.20, interest earned 6142.20
# expect: goal    1,000 at 999.99/month, 0.0%: 2 months (0y 2m), final 1,999.98, interest earned 0.00
