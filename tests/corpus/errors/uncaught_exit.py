"""A script that ends with an uncaught exception after printing; its exit status and message matter."""


class InventoryError(Exception):
    pass


def take(stock, item, n):
    have = stock.get(item, 0)
    if have < n:
        raise InventoryError(f"only {have} {item}(s) left, {n} requested")
    stock[item] = have - n
    return stock[item]


stock = {"apple": 3, "pear": 1}
print(take(stock, "apple", 2))
print(take(stock, "pear", 1))
print(stock)
take(stock, "apple", 5)
print("never printed")
