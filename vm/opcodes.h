/* opcodes.h — the instruction set, declared once.
 *
 * Instructions are 32-bit words:
 *
 *    31        24 23        16 15         8 7          0
 *   +------------+------------+------------+------------+
 *   |     C      |     B      |     A      |   opcode   |   ABC
 *   +------------+------------+------------+------------+
 *   |          Bx (16)        |     A      |   opcode   |   ABx, AsBx
 *   +-------------------------+------------+------------+
 *   |               sJ (24)                |   opcode   |   sJ
 *   +--------------------------------------+------------+
 *
 * sBx = Bx - SK_SBX_BIAS and sJ = field - SK_SJ_BIAS are signed; an
 * immediate in C (sC) is C - 128. Registers are 8 bits, so a frame has at
 * most SK_MAX_REGS registers. Instructions marked W are followed by one
 * data word (a name or constant index in its low 16 bits and an inline
 * cache index in its high 16 bits, unless the row says otherwise); jumps
 * count in words from the instruction after the jump (and after its data
 * word, if any).
 *
 * Adding an opcode: (1) a row here; (2) the compiler emits it
 * (parser/compile.c); (3) a `vmcase` in vm/interp.c; (4) a golden test that
 * exercises it. The enum, the name table, the operand formats, the flags
 * and the disassembler all come from this table.
 */
#ifndef SK_OPCODES_H
#define SK_OPCODES_H

#include <stdint.h>

/* operand formats */
#define SK_FMT_NONE 0
#define SK_FMT_A 1
#define SK_FMT_AB 2
#define SK_FMT_ABC 3
#define SK_FMT_ABx 4
#define SK_FMT_AsBx 5
#define SK_FMT_sJ 6
#define SK_FMT_ABsC 7

/* flags */
#define SK_OPF_W 1          /* followed by a data word */
#define SK_OPF_JUMP 2       /* may transfer control (besides raising) */
#define SK_OPF_RAISES 4     /* may raise */
#define SK_OPF_CALLS 8      /* may run arbitrary Python code */

/* short names for the table's flag column */
#define OPF_W SK_OPF_W
#define OPF_J SK_OPF_JUMP
#define OPF_R SK_OPF_RAISES
#define OPF_CL (SK_OPF_RAISES | SK_OPF_CALLS)

/* OP(NAME, format, flags, "semantics") */
#define SK_OPCODES(OP)                                                         \
    OP(NOP, NONE, 0, "")                                                       \
    OP(MOVE, AB, 0, "R[A] := R[B]")                                            \
    OP(LOADK, ABx, 0, "R[A] := K[Bx]")                                         \
    OP(LOADKX, A, OPF_W, "R[A] := K[W]")                                           \
    OP(LOADINT, AsBx, 0, "R[A] := sBx")                                        \
    OP(LOADNONE, A, 0, "R[A] := None")                                         \
    OP(LOADTRUE, A, 0, "R[A] := True")                                         \
    OP(LOADFALSE, A, 0, "R[A] := False")                                       \
    OP(LOADNULL, A, 0, "R[A] := <unbound>")                                    \
    OP(CHECKLOCAL, A, OPF_R, "raise UnboundLocalError if R[A] is unbound")        \
    OP(DELLOCAL, A, OPF_R, "del local R[A]")                                       \
    OP(GETGLOBAL, A, OPF_W | OPF_R, "R[A] := globals or builtins [N[W]]")              \
    OP(SETGLOBAL, A, OPF_W | OPF_R, "globals[N[W]] := R[A]")                           \
    OP(DELGLOBAL, NONE, OPF_W | OPF_R, "del globals[N[W]]")                            \
    OP(GETNAME, A, OPF_W | OPF_CL, "R[A] := locals, globals or builtins [N[W]]")       \
    OP(SETNAME, A, OPF_W | OPF_CL, "locals[N[W]] := R[A]")                             \
    OP(DELNAME, NONE, OPF_W | OPF_CL, "del locals[N[W]]")                              \
    OP(GETCLASSCELL, AB, OPF_W | OPF_CL, "R[A] := locals[N[W]] if present else cell R[B]") \
    OP(GETCELL, AB, OPF_R, "R[A] := contents of cell R[B]")                        \
    OP(SETCELL, AB, 0, "contents of cell R[A] := R[B]")                        \
    OP(DELCELL, A, OPF_R, "empty cell R[A]")                                       \
    OP(MAKECELL, A, OPF_R, "R[A] := cell(R[A])")                                   \
    OP(GETATTR, AB, OPF_W | OPF_CL, "R[A] := R[B].N[W]")                               \
    OP(SETATTR, AB, OPF_W | OPF_CL, "R[A].N[W] := R[B]")                               \
    OP(DELATTR, A, OPF_W | OPF_CL, "del R[A].N[W]")                                    \
    OP(LOADMETHOD, AB, OPF_W | OPF_CL, "R[A], R[A+1] := R[B].N[W] as function and self") \
    OP(GETSUPERATTR, ABC, OPF_W | OPF_CL, "R[A] := super(R[B], R[C]).N[W]")           \
    OP(GETITEM, ABC, OPF_CL, "R[A] := R[B][R[C]]")                                 \
    OP(SETITEM, ABC, OPF_CL, "R[A][R[B]] := R[C]")                                 \
    OP(DELITEM, AB, OPF_CL, "del R[A][R[B]]")                                      \
    OP(ADD, ABC, OPF_CL, "R[A] := R[B] + R[C]")                                    \
    OP(SUB, ABC, OPF_CL, "R[A] := R[B] - R[C]")                                    \
    OP(MUL, ABC, OPF_CL, "R[A] := R[B] * R[C]")                                    \
    OP(MATMUL, ABC, OPF_CL, "R[A] := R[B] @ R[C]")                                 \
    OP(TRUEDIV, ABC, OPF_CL, "R[A] := R[B] / R[C]")                                \
    OP(FLOORDIV, ABC, OPF_CL, "R[A] := R[B] // R[C]")                              \
    OP(MOD, ABC, OPF_CL, "R[A] := R[B] % R[C]")                                    \
    OP(POW, ABC, OPF_CL, "R[A] := R[B] ** R[C]")                                   \
    OP(LSHIFT, ABC, OPF_CL, "R[A] := R[B] << R[C]")                                \
    OP(RSHIFT, ABC, OPF_CL, "R[A] := R[B] >> R[C]")                                \
    OP(AND, ABC, OPF_CL, "R[A] := R[B] & R[C]")                                    \
    OP(OR, ABC, OPF_CL, "R[A] := R[B] | R[C]")                                     \
    OP(XOR, ABC, OPF_CL, "R[A] := R[B] ^ R[C]")                                    \
    OP(INPLACE, ABC, OPF_W | OPF_CL, "R[A] := R[B] op= R[C], op = W & 0xFF (see SK_INPLACE_STR_LOCAL)") \
    OP(UNTIP, A, 0, "R[A] is read: a str it holds may no longer be extended in place") \
    OP(ADDI, ABsC, OPF_CL, "R[A] := R[B] + sC")                                    \
    OP(NEG, AB, OPF_CL, "R[A] := -R[B]")                                           \
    OP(POS, AB, OPF_CL, "R[A] := +R[B]")                                           \
    OP(INVERT, AB, OPF_CL, "R[A] := ~R[B]")                                        \
    OP(NOT, AB, OPF_CL, "R[A] := not R[B]")                                        \
    OP(EQ, ABC, OPF_CL, "R[A] := R[B] == R[C]")                                    \
    OP(NE, ABC, OPF_CL, "R[A] := R[B] != R[C]")                                    \
    OP(LT, ABC, OPF_CL, "R[A] := R[B] < R[C]")                                     \
    OP(LE, ABC, OPF_CL, "R[A] := R[B] <= R[C]")                                    \
    OP(GT, ABC, OPF_CL, "R[A] := R[B] > R[C]")                                     \
    OP(GE, ABC, OPF_CL, "R[A] := R[B] >= R[C]")                                    \
    OP(IS, ABC, 0, "R[A] := R[B] is R[C]")                                     \
    OP(ISNOT, ABC, 0, "R[A] := R[B] is not R[C]")                              \
    OP(IN, ABC, OPF_CL, "R[A] := R[B] in R[C]")                                    \
    OP(NOTIN, ABC, OPF_CL, "R[A] := R[B] not in R[C]")                             \
    OP(INREGS, ABC, OPF_CL, "R[A] := R[B] in (R[B+1] ... R[B+C]), making no tuple")  \
    OP(NOTINREGS, ABC, OPF_CL, "R[A] := R[B] not in (R[B+1] ... R[B+C]), making no tuple") \
    OP(TEQ, ABC, OPF_CL, "if (R[A] == R[B]) != C then skip the next jump")        \
    OP(TNE, ABC, OPF_CL, "if (R[A] != R[B]) != C then skip the next jump")        \
    OP(TLT, ABC, OPF_CL, "if (R[A] < R[B]) != C then skip the next jump")         \
    OP(TLE, ABC, OPF_CL, "if (R[A] <= R[B]) != C then skip the next jump")        \
    OP(TGT, ABC, OPF_CL, "if (R[A] > R[B]) != C then skip the next jump")         \
    OP(TGE, ABC, OPF_CL, "if (R[A] >= R[B]) != C then skip the next jump")        \
    OP(TIS, ABC, 0, "if (R[A] is R[B]) != C then skip the next jump")         \
    OP(TIN, ABC, OPF_CL, "if (R[A] in R[B]) != C then skip the next jump")        \
    OP(TEST, AB, OPF_CL, "if truth(R[A]) != B then skip the next jump")            \
    OP(TESTSET, ABC, OPF_CL, "if truth(R[B]) == C then R[A] := R[B] else skip the next jump") \
    OP(JMP, sJ, OPF_J, "pc += sJ")                                                 \
    OP(GETITER, AB, OPF_CL, "R[A] := iter(R[B])")                                  \
    OP(FORITER, AsBx, OPF_J | OPF_CL, "R[A+1] := next(R[A]); pc += sBx when exhausted") \
    OP(CALL, AB, OPF_CL, "R[A] := R[A](R[A+1] ... R[A+B])")                        \
    OP(CALLKW, ABC, OPF_W | OPF_CL, "R[A] := R[A](R[A+1] ... R[A+B]), the last C by keyword K[W]") \
    OP(CALLMETHOD, AB, OPF_CL, "R[A] := R[A](self R[A+1], R[A+2] ... R[A+B+1])")   \
    OP(CALLMETHODKW, ABC, OPF_W | OPF_CL, "as CALLMETHOD, the last C by keyword K[W]") \
    OP(CALLEX, AB, OPF_CL, "R[A] := R[A](*R[A+1], **R[A+2] if B)")                 \
    OP(RETURN, A, 0, "return R[A]")                                            \
    OP(RETURNNONE, NONE, 0, "return None")                                     \
    OP(BUILDTUPLE, ABC, OPF_R, "R[A] := (R[B] ... R[B+C-1])")                      \
    OP(BUILDLIST, ABC, OPF_R, "R[A] := [R[B] ... R[B+C-1]]")                       \
    OP(BUILDSET, ABC, OPF_CL, "R[A] := {R[B] ... R[B+C-1]}")                       \
    OP(BUILDDICT, ABC, OPF_CL, "R[A] := {R[B]: R[B+1] ... } with C pairs")        \
    OP(BUILDSLICE, ABC, OPF_R, "R[A] := slice(R[B], R[B+1], R[B+2] if C == 3)")   \
    OP(BUILDSTRING, ABC, OPF_R, "R[A] := R[B] + ... + R[B+C-1] (str)")            \
    OP(FORMAT, ABC, OPF_CL, "R[A] := format(conv_C(R[B]), R[B+1] if C & 4)")     \
    OP(LISTAPPEND, AB, OPF_R, "R[A].append(R[B])")                                 \
    OP(LISTEXTEND, AB, OPF_CL, "R[A].extend(R[B])")                                \
    OP(LISTTOTUPLE, AB, OPF_R, "R[A] := tuple(list R[B])")                         \
    OP(SETADD, AB, OPF_CL, "R[A].add(R[B])")                                       \
    OP(SETUPDATE, AB, OPF_CL, "R[A].update(R[B])")                                 \
    OP(DICTSET, ABC, OPF_CL, "R[A][R[B]] := R[C]")                                 \
    OP(DICTUPDATE, AB, OPF_CL, "R[A].update(R[B]) for {**x}")                      \
    OP(DICTMERGE, ABC, OPF_CL, "R[A].update(R[B]) for f(**x), no duplicates; R[C] is f") \
    OP(UNPACK, ABC, OPF_CL, "R[A] ... R[A+C-1] := R[B]")                           \
    OP(UNPACKEX, AB, OPF_W | OPF_CL, "R[A] ... := R[B] with a starred target; W = before | after << 8") \
    OP(MAKEFUNC, ABx, OPF_R, "R[A] := function(K[Bx])")                            \
    OP(FUNCATTR, ABC, 0, "attribute C of function R[A] := R[B] (0 defaults, 1 kwdefaults, 2 closure, 3 annotations)") \
    OP(LOADBUILDCLASS, A, OPF_R, "R[A] := builtins.__build_class__")               \
    OP(SETUPANNOTATIONS, NONE, OPF_CL, "locals.__annotations__ := {} unless present") \
    OP(IMPORTNAME, AB, OPF_W | OPF_CL, "R[A] := __import__(K[W], fromlist R[B], level R[B+1])") \
    OP(IMPORTFROM, AB, OPF_W | OPF_CL, "R[A] := from R[B] import N[W]")                \
    OP(IMPORTSTAR, A, OPF_CL, "from R[A] import *")                                \
    OP(RAISE, AB, OPF_CL, "raise R[A] (from R[B] when B != 255)")                  \
    OP(RERAISE, A, OPF_R, "re-raise R[A] keeping its traceback")                   \
    OP(RERAISECUR, NONE, OPF_R, "raise the exception being handled (bare raise)")  \
    OP(PUSHEXC, AB, 0, "R[B] := exception being handled; handled := R[A]")    \
    OP(POPEXC, A, 0, "exception being handled := R[A]")                        \
    OP(ENDEXCEPT, AB, 0, "exception being handled := R[A]; R[B] := NULL (an except clause ends)") \
    OP(EXCMATCH, ABC, OPF_CL, "if isinstance(R[A], R[B]) != C then skip the next jump") \
    OP(EGMATCH, ABC, OPF_CL, "except* split: R[A+1] := match of group R[A] against R[B]; R[A] := rest; skip the next jump if matched") \
    OP(EGRERAISE, AB, OPF_CL, "R[A] := what to re-raise from except*: original group R[A], raised list R[B]") \
    OP(BEFOREWITH, AB, OPF_CL, "R[A], R[A+2] := R[B].__exit__ as method and self (self NULL: bound); R[A+1] := R[B].__enter__()") \
    OP(BEFOREASYNCWITH, AB, OPF_CL, "as BEFOREWITH with __aexit__ and __aenter__") \
    OP(WITHEXIT, AB, OPF_CL, "R[A+1] := R[A](self R[A+2], type(R[B]), R[B], R[B].__traceback__)") \
    OP(YIELD, AB, 0, "yield R[B]; R[A] := the value sent in")                  \
    OP(YIELDFROM, AB, OPF_CL, "R[B] := yield from R[A], sending R[B] first")       \
    OP(GETYIELDFROMITER, AB, OPF_CL, "R[A] := iter(R[B]) for yield from")          \
    OP(GETAWAITABLE, ABC, OPF_CL, "R[A] := the awaitable of R[B] (C: 1 after __aenter__, 2 after __aexit__)") \
    OP(GETAITER, AB, OPF_CL, "R[A] := aiter(R[B])")                                \
    OP(GETANEXT, AB, OPF_CL, "R[A] := the awaitable of anext(R[B])")               \
    OP(ENDASYNCFOR, AB, OPF_R, "end async for if R[A] is StopAsyncIteration, else re-raise; jumps via next") \
    OP(ASYNCGENWRAP, AB, 0, "R[A] := R[B] wrapped as an async generator's yielded value") \
    OP(PRINTEXPR, A, OPF_CL, "sys.displayhook(R[A])")                              \
    OP(DISCARD, AB, OPF_CL, "R[A] := None, dropping an expression statement's value; R[B..] are dead") \
    OP(EXTRAARG, NONE, 0, "data for the previous instruction")


typedef enum sk_opcode {
#define OP(name, fmt, flags, doc) SK_OP_##name,
    SK_OPCODES(OP)
#undef OP
    SK_OP_COUNT
} sk_opcode;

/* ---- encoding ----------------------------------------------------------- */

#define SK_MAX_REGS 256
#define SK_MAX_Bx 0xFFFF
#define SK_SBX_BIAS 32767
#define SK_SJ_BIAS (1 << 23)
#define SK_NO_REG 255

#define GET_OP(i) ((sk_opcode)((i) & 0xFF))
#define GETARG_A(i) (((i) >> 8) & 0xFF)
#define GETARG_B(i) (((i) >> 16) & 0xFF)
#define GETARG_C(i) (((i) >> 24) & 0xFF)
#define GETARG_sC(i) ((int)GETARG_C(i) - 128)
#define GETARG_Bx(i) (((i) >> 16) & 0xFFFF)
#define GETARG_sBx(i) ((int)GETARG_Bx(i) - SK_SBX_BIAS)
#define GETARG_sJ(i) ((int)((i) >> 8) - SK_SJ_BIAS)

#define CREATE_ABC(op, a, b, c) \
    ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 24))
#define CREATE_ABx(op, a, bx) ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(bx) << 16))
#define CREATE_AsBx(op, a, sbx) CREATE_ABx(op, a, (uint32_t)((sbx) + SK_SBX_BIAS))
#define CREATE_sJ(op, sj) ((uint32_t)(op) | ((uint32_t)((sj) + SK_SJ_BIAS) << 8))
#define SETARG_sJ(i, sj) ((i) = ((i) & 0xFFu) | ((uint32_t)((sj) + SK_SJ_BIAS) << 8))
#define SETARG_sBx(i, sbx) ((i) = ((i) & 0xFFFFu) | ((uint32_t)((sbx) + SK_SBX_BIAS) << 16))
#define SK_SBX_MIN (-SK_SBX_BIAS)
#define SK_SBX_MAX (0xFFFF - SK_SBX_BIAS)
#define SK_SJ_MIN (-SK_SJ_BIAS)
#define SK_SJ_MAX ((1 << 24) - 1 - SK_SJ_BIAS)

/* INPLACE's data word: the operator, plus this bit on `local += value`
 * where the compiler guards every other read of the local with UNTIP.
 * Then a str in the local that the INPLACE itself made (a "tip", see
 * str.h) is referenced from nowhere else and may be extended in place,
 * which makes `s += piece` in a loop linear rather than quadratic. */
#define SK_INPLACE_STR_LOCAL 0x100u

/* data words */
#define W_INDEX(w) ((w) & 0xFFFF)
#define W_CACHE(w) ((w) >> 16)
#define CREATE_W(index, cache) ((uint32_t)(index) | ((uint32_t)(cache) << 16))

/* ---- per-opcode facts, from the table --------------------------------- */

typedef struct sk_opinfo {
    const char *name;
    uint8_t format;
    uint8_t flags;
    const char *doc;
} sk_opinfo;

extern const sk_opinfo sk_opinfo_table[SK_OP_COUNT];

/* Words taken by the instruction with this opcode (1, or 2 with data). */
static inline int sk_op_words(sk_opcode op) { return (sk_opinfo_table[op].flags & 1) ? 2 : 1; }

#endif
