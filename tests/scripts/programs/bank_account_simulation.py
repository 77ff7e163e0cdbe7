# A bank with accounts, transfers, overdraft rules, an audit log and custom exceptions.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, cannot withdraw {amount:.2f}")
        self.account, self.amount = account, amount
class AccountFrozen(BankError):
    pass
class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"no account {self.args[0]!r}"
class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0.0, overdraft=0.0):
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = []
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance:.2f})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.audit = []
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        self.audit.append(f"open {acct.number} for {acct.owner}")
        return acct
    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None
    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
        self.audit.append(f"transfer {amount:.2f} {src}->{dst}")
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank("First Python")
alice = bank.open(Account, "alice", 100.0, overdraft=50.0)
bob = bank.open(SavingsAccount, "bob", 500.0, rate=0.05)
carol = bank.open(Account, "carol")
operations = [
    ("transfer", alice.number, bob.number, 120.0),
    ("transfer", alice.number, bob.number, 100.0),
    ("transfer", bob.number, carol.number, 250.0),
    ("freeze", carol.number),
    ("transfer", bob.number, carol.number, 10.0),
    ("transfer", bob.number, 9999, 1.0),
    ("deposit", alice.number, -5),
    ("interest", bob.number),
    ("withdraw", carol.number, 1.0),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        elif op[0] == "freeze":
            bank.get(op[1]).frozen = True
            bank.audit.append(f"freeze {op[1]}")
        elif op[0] == "deposit":
            bank.get(op[1]).deposit(op[2])
        elif op[0] == "interest":
            print("interest paid:", bank.get(op[1]).add_interest())
        elif op[0] == "withdraw":
            bank.get(op[1]).withdraw(op[2])
        print("ok  ", op)
    except InsufficientFunds as e:
        print("FAIL", op, "->", e, "| short by", round(e.amount - e.account.balance - e.account.overdraft, 2))
    except BankError as e:
        print("FAIL", op, "->", type(e).__name__, e, "| is KeyError:", isinstance(e, KeyError))
    except ValueError as e:
        print("FAIL", op, "-> ValueError", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
print(f"total deposits: {bank.total():.2f}")
print("\n".join(bank.audit))
