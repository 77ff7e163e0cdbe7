print("shop_mod.util loading")
def fmt_money(x):
    return f"${x:,.2f}"
def package_version():
    from . import VERSION
    return VERSION
