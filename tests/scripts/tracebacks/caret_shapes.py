# Which parts of a line get ^ markers: a binary operation marks its
# operator (~~^~~), a subscript its brackets, other expressions all of
# themselves; nothing when the marked part is the whole line.
import sys


def show(fn):
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__.tb_next)


zero, none, items, table = 0, None, [1], {}


def whole_line():
    1 / zero


def operator_in_expression():
    return items[0] + (2 * none)


def parenthesised_left():
    return (items[0]) / zero


def two_character_operator():
    return 10 // zero


def nested_subscript():
    return table["a"]["b"]


def subscript_with_spaces():
    return items [ 3 ]


def call_result():
    return len(none)


def attribute_chain():
    return none.value.other


def multi_line_call():
    return max(
        none, 1)


def unicode_before():
    s = "héllo"; return s + none


def augmented():
    total = 0
    total += none


def slice_index():
    return items[0:1:zero or none]


for fn in (whole_line, operator_in_expression, parenthesised_left, two_character_operator,
           nested_subscript, subscript_with_spaces, call_result, attribute_chain,
           multi_line_call, unicode_before, augmented, slice_index):
    show(fn)
