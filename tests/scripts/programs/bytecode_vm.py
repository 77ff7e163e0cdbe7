# An assembler and stack-based virtual machine with jumps, calls, locals and runtime errors.
class VMError(Exception):
    pass
OPCODES = {"PUSH": 1, "POP": 0, "ADD": 0, "SUB": 0, "MUL": 0, "DIV": 0, "MOD": 0, "DUP": 0, "SWAP": 0,
           "JMP": 1, "JZ": 1, "LOAD": 1, "STORE": 1, "PRINT": 0, "CALL": 1, "RET": 0, "HALT": 0, "LT": 0, "EQ": 0}
def assemble(source):
    code, labels, fixups = [], {}, []
    for lineno, line in enumerate(source.strip().splitlines(), 1):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = parts[0].upper()
        if op not in OPCODES:
            raise VMError(f"line {lineno}: unknown opcode {op!r}")
        if len(parts) - 1 != OPCODES[op]:
            raise VMError(f"line {lineno}: {op} takes {OPCODES[op]} operand(s)")
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and op in ("JMP", "JZ", "CALL"):
            fixups.append((len(code), arg, lineno))
        elif arg is not None and op == "PUSH":
            arg = int(arg)
        code.append([op, arg])
    for index, label, lineno in fixups:
        if label not in labels:
            raise VMError(f"line {lineno}: undefined label {label!r}")
        code[index][1] = labels[label]
    return code
def run(code, max_steps=100000):
    stack, frames, output = [], [{}], []
    pc = steps = 0
    calls = []
    while True:
        if pc >= len(code):
            raise VMError("fell off the end of the program")
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit {max_steps} exceeded")
        op, arg = code[pc]
        pc += 1
        try:
            if op == "PUSH":
                stack.append(arg)
            elif op == "POP":
                stack.pop()
            elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
                b, a = stack.pop(), stack.pop()
                if op in ("DIV", "MOD") and b == 0:
                    raise VMError(f"division by zero at pc={pc - 1}")
                stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0,
                              "MOD": a % b if op == "MOD" else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
            elif op == "DUP":
                stack.append(stack[-1])
            elif op == "SWAP":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == "JMP":
                pc = arg
            elif op == "JZ":
                if stack.pop() == 0:
                    pc = arg
            elif op == "LOAD":
                if arg not in frames[-1]:
                    raise VMError(f"unset local {arg!r}")
                stack.append(frames[-1][arg])
            elif op == "STORE":
                frames[-1][arg] = stack.pop()
            elif op == "PRINT":
                output.append(stack.pop())
            elif op == "CALL":
                if len(calls) > 200:
                    raise VMError("call stack overflow")
                calls.append(pc)
                frames.append({})
                pc = arg
            elif op == "RET":
                frames.pop()
                pc = calls.pop()
            elif op == "HALT":
                return output, steps
        except IndexError:
            raise VMError(f"stack underflow at pc={pc - 1} ({op})") from None
FACTORIAL = """
    PUSH 10
    STORE n
    PUSH 1
    STORE acc
loop:
    LOAD n
    JZ done
    LOAD acc
    LOAD n
    MUL
    STORE acc
    LOAD n
    PUSH 1
    SUB
    STORE n
    JMP loop
done:
    LOAD acc
    PRINT
    HALT
"""
GCD_CALL = """
    PUSH 1071
    PUSH 462
    CALL gcd
    PRINT
    PUSH 17
    PUSH 5
    CALL gcd
    PRINT
    HALT
gcd:            ; (a b -- gcd)
    STORE b
    STORE a
again:
    LOAD b
    JZ finish
    LOAD a
    LOAD b
    MOD
    LOAD b
    STORE a
    STORE b
    JMP again
finish:
    LOAD a
    RET
"""
for name, src in [("factorial", FACTORIAL), ("gcd", GCD_CALL)]:
    out, steps = run(assemble(src))
    print(name, out, "steps:", steps)
bad_programs = {"underflow": "ADD\nHALT", "div zero": "PUSH 1\nPUSH 0\nDIV\nHALT", "no halt": "PUSH 1",
                "infinite": "top:\nJMP top", "bad label": "JMP nowhere", "bad op": "PUSH 1\nFLY", "arity": "PUSH",
                "recursion": "f:\nCALL f", "unset": "LOAD x\nHALT"}
for name, src in bad_programs.items():
    try:
        print(name, run(assemble(src)))
    except VMError as e:
        print(f"{name:10} VMError: {e}")
