# A vending machine as a state machine with an explicit transition table and event log.
from enum import Enum
class State(Enum):
    IDLE = "idle"
    HAS_MONEY = "has money"
    DISPENSING = "dispensing"
    OUT_OF_ORDER = "out of order"
class VendingError(Exception):
    pass
class Machine:
    PRODUCTS = {"A1": ("cola", 150), "A2": ("water", 90), "B1": ("chips", 120), "B2": ("candy", 65)}
    COINS = (200, 100, 50, 20, 10, 5)
    def __init__(self, stock):
        self.state = State.IDLE
        self.credit = 0
        self.stock = dict(stock)
        self.log = []
        self.sales = 0
    def _go(self, new_state, note):
        self.log.append(f"{self.state.name} -> {new_state.name}: {note}")
        self.state = new_state
    def insert(self, coin):
        if self.state is State.OUT_OF_ORDER:
            raise VendingError("machine is out of order")
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        self.credit += coin
        if self.state is State.IDLE:
            self._go(State.HAS_MONEY, f"credit {self.credit}")
        else:
            self.log.append(f"credit now {self.credit}")
    def select(self, code):
        if self.state is not State.HAS_MONEY:
            raise VendingError(f"cannot select in state {self.state.value!r}")
        if code not in self.PRODUCTS:
            raise VendingError(f"unknown product {code}")
        name, price = self.PRODUCTS[code]
        if self.stock.get(code, 0) == 0:
            raise VendingError(f"{name} is sold out")
        if self.credit < price:
            raise VendingError(f"{name} costs {price}, credit is {self.credit}")
        self._go(State.DISPENSING, name)
        self.stock[code] -= 1
        self.sales += price
        change = self._change(self.credit - price)
        self.credit = 0
        self._go(State.IDLE, f"change {change}")
        return name, change
    def cancel(self):
        if self.state is not State.HAS_MONEY:
            return []
        refund = self._change(self.credit)
        self.credit = 0
        self._go(State.IDLE, f"refund {refund}")
        return refund
    def _change(self, amount):
        coins = []
        for c in self.COINS:
            while amount >= c:
                coins.append(c)
                amount -= c
        return coins
    def break_down(self):
        self._go(State.OUT_OF_ORDER, "fault detected")
m = Machine({"A1": 2, "A2": 0, "B1": 5, "B2": 1})
script = [("insert", 100), ("insert", 50), ("select", "A1"), ("select", "A1"), ("insert", 200), ("select", "A2"),
          ("select", "B2"), ("insert", 3), ("insert", 20), ("insert", 50), ("select", "B1"), ("insert", 100),
          ("select", "Z9"), ("cancel",), ("cancel",), ("break",), ("insert", 50)]
for step in script:
    action, *args = step
    try:
        if action == "insert":
            m.insert(*args)
            result = f"credit={m.credit}"
        elif action == "select":
            result = m.select(*args)
        elif action == "cancel":
            result = m.cancel()
        else:
            m.break_down()
            result = "broken"
        print(f"{action:7}{str(args):10} -> {result}")
    except VendingError as e:
        print(f"{action:7}{str(args):10} !! {e}")
print("state:", m.state, "| sales:", m.sales, "| stock:", m.stock)
print("\n".join(m.log))
