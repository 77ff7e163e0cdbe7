/* _contextvars.c — context variables (PEP 567) in C: Context, ContextVar,
 * Token and copy_context, as CPython 3.12 has them. The event loop runs
 * every callback and task step inside a Context, so Context.run and
 * ContextVar.get are on asyncio's hot path.
 *
 * A Context holds a dict from ContextVar to value that is never changed
 * once another Context may share it: ContextVar.set() gives the current
 * context a new dict. So Context.copy() is O(1) (the two share the dict)
 * and a copy never sees later changes of its source, and vice versa.
 * There is one current context per VM (vm->context); the types live in
 * the VM too (vm.h), since the event loop uses them directly.
 */
#include "contextvars.h"
#include "dict.h"
#include "exc.h"
#include "gc.h"
#include "import.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define NATIVE(name) static sk_value name(sk_vm *vm, const sk_value *args, size_t nargs, sk_value kwnames)

typedef struct context_obj {
    sk_obj hdr;
    sk_value vars;       /* dict, shared with copies: never mutated */
    bool entered;        /* (the context it replaced is kept by whoever
                            entered it: see sk_context_enter) */
} context_obj;

typedef struct contextvar_obj {
    sk_obj hdr;
    sk_value name;
    sk_value dflt;       /* SK_NULL: no default */
} contextvar_obj;

typedef struct token_obj {
    sk_obj hdr;
    sk_value ctx, var;
    sk_value old;        /* SK_NULL: the variable had no value (Token.MISSING) */
    bool used;
} token_obj;

#define CTX(v) ((context_obj *)sk_as_obj(v))
#define VAR(v) ((contextvar_obj *)sk_as_obj(v))
#define TOK(v) ((token_obj *)sk_as_obj(v))


static void context_trace(sk_vm *vm, sk_obj *o) {
    context_obj *c = (context_obj *)o;
    sk_gc_mark(vm, c->vars);
}

static void var_trace(sk_vm *vm, sk_obj *o) {
    contextvar_obj *v = (contextvar_obj *)o;
    sk_gc_mark(vm, v->name);
    sk_gc_mark(vm, v->dflt);
}

static void token_trace(sk_vm *vm, sk_obj *o) {
    token_obj *t = (token_obj *)o;
    sk_gc_mark(vm, t->ctx);
    sk_gc_mark(vm, t->var);
    sk_gc_mark(vm, t->old);
}

static bool is_var(sk_vm *vm, sk_value v) { return sk_is_ptr(v) && sk_as_obj(v)->type == vm->contextvar_type; }
static bool is_context(sk_vm *vm, sk_value v) { return sk_is_ptr(v) && sk_as_obj(v)->type == vm->context_type; }

static sk_value new_context(sk_vm *vm, sk_value vars) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, vars);
    if (!vars && !(vars = sk_dict_new(vm))) return SK_NULL;
    context_obj *c = (context_obj *)sk_gc_new(vm, vm->context_type, sizeof(context_obj));
    if (!c) return SK_NULL;
    c->vars = vars;
    return sk_from_obj(c);
}

/* The current context, made on first use. */
static sk_value current(sk_vm *vm) {
    if (!vm->context) vm->context = new_context(vm, SK_NULL);
    return vm->context;
}

/* ---- Context --------------------------------------------------------------------- */

static sk_value context_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    if (nargs) return sk_exc_msg(vm, SK_EXC_TYPE, "Context() does not accept any arguments");
    return new_context(vm, SK_NULL);
}

static bool check_key(sk_vm *vm, sk_value k) {
    if (is_var(vm, k)) return true;
    sk_value r = sk_repr(vm, k);
    if (r) sk_exc_fmt(vm, SK_EXC_TYPE, "a ContextVar key was expected, got %V", r);
    return false;
}

bool sk_context_enter(sk_vm *vm, sk_value ctx, sk_value *prev) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, ctx);
    if (CTX(ctx)->entered) {
        sk_value r = sk_repr(vm, ctx);
        if (r) sk_exc_fmt(vm, SK_EXC_RUNTIME, "cannot enter context: %V is already entered", r);
        return false;
    }
    if (!(*prev = current(vm))) return false;
    CTX(ctx)->entered = true;
    vm->context = ctx;
    return true;
}

void sk_context_exit(sk_vm *vm, sk_value ctx, sk_value prev) {
    vm->context = prev;
    CTX(ctx)->entered = false;
}

sk_value sk_context_run(sk_vm *vm, sk_value ctx, sk_value callable, const sk_value *args, size_t nargs,
                        sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, ctx);
    sk_value prev = SK_NULL;
    SK_ROOT(vm, prev);
    if (!sk_context_enter(vm, ctx, &prev)) return SK_NULL;
    sk_value r = sk_call(vm, callable, args, nargs, kwnames);
    sk_context_exit(vm, ctx, prev);
    return r;
}

NATIVE(m_run) {
    if (nargs < 2) return sk_exc_msg(vm, SK_EXC_TYPE, "run() missing 1 required positional argument");
    return sk_context_run(vm, args[0], args[1], args + 2, nargs - 2, kwnames);
}

NATIVE(m_copy) { return new_context(vm, CTX(args[0])->vars); }

static sk_value context_getitem(sk_vm *vm, sk_value self, sk_value key) {
    if (!check_key(vm, key)) return SK_NULL;
    sk_value v = sk_dict_get(vm, CTX(self)->vars, key);
    if (!v && !vm->exc) return sk_exc_key_error(vm, key);
    return v;
}

NATIVE(m_get) {
    if (!check_key(vm, args[1])) return SK_NULL;
    sk_value v = sk_dict_get(vm, CTX(args[0])->vars, args[1]);
    if (v || vm->exc) return v;
    return nargs > 2 ? args[2] : SK_NONE;
}

static int context_contains(sk_vm *vm, sk_value self, sk_value key) {
    if (!check_key(vm, key)) return -1;
    sk_value v = sk_dict_get(vm, CTX(self)->vars, key);
    return v ? 1 : vm->exc ? -1 : 0;
}

static int64_t context_len(sk_vm *vm, sk_value self) { return sk_len(vm, CTX(self)->vars); }
static sk_value context_iter(sk_vm *vm, sk_value self) { return sk_iter(vm, CTX(self)->vars); }

static sk_value forward(sk_vm *vm, sk_value self, sk_name_id name) {
    return sk_call_method(vm, CTX(self)->vars, vm->names[name], NULL, 0);
}
NATIVE(m_keys) { return forward(vm, args[0], SK_N_keys); }
NATIVE(m_values) { return forward(vm, args[0], SK_N_values); }
NATIVE(m_items) { return forward(vm, args[0], SK_N_items); }

static sk_value context_richcmp(sk_vm *vm, sk_value a, sk_value b, sk_cmpop op) {
    if ((op != SK_EQ && op != SK_NE) || !is_context(vm, b)) return SK_NOTIMPL;
    return sk_richcmp(vm, CTX(a)->vars, CTX(b)->vars, op);
}

static const sk_method_def context_methods[] = {
    {"run", m_run, 1, -1, SK_METH_KEYWORDS, NULL},
    {"copy", m_copy, 1, 1, 0, NULL},
    {"get", m_get, 2, 3, 0, NULL},
    {"keys", m_keys, 1, 1, 0, NULL},
    {"values", m_values, 1, 1, 0, NULL},
    {"items", m_items, 1, 1, 0, NULL},
    {NULL},
};

sk_value sk_context_copy_current(sk_vm *vm) {
    if (!vm->context_type) {
        /* the types come with the module */
        sk_value m = sk_import_cstr(vm, "_contextvars");
        if (!m) return SK_NULL;
    }
    sk_value cur = current(vm);
    if (!cur) return SK_NULL;
    return new_context(vm, CTX(cur)->vars);
}

NATIVE(f_copy_context) { return sk_context_copy_current(vm); }

/* ---- ContextVar --------------------------------------------------------------------- */

static sk_value var_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    SK_ROOT_SCOPE(vm);
    size_t npos = sk_native_npos(nargs, kwnames);
    sk_value dflt = SK_NULL;
    for (size_t i = 0; kwnames && i < sk_tuple_len(kwnames); i++) {
        sk_value k = sk_tuple_get(kwnames, i);
        if (!sk_str_eq_cstr(k, "default"))
            return sk_exc_fmt(vm, SK_EXC_TYPE, "ContextVar() got an unexpected keyword argument '%V'", k);
        dflt = args[npos + i];
    }
    if (npos != 1) {
        if (npos == 0) return sk_exc_msg(vm, SK_EXC_TYPE, "ContextVar() missing required argument 'name' (pos 1)");
        return sk_exc_fmt(vm, SK_EXC_TYPE, "ContextVar() takes at most 1 positional argument (%zu given)", npos);
    }
    if (!sk_is_str(vm, args[0])) return sk_exc_msg(vm, SK_EXC_TYPE, "context variable name must be a str");
    contextvar_obj *v = (contextvar_obj *)sk_gc_new(vm, vm->contextvar_type, sizeof(contextvar_obj));
    if (!v) return SK_NULL;
    v->name = args[0];
    v->dflt = dflt;
    return sk_from_obj(v);
}

sk_value sk_contextvar_get(sk_vm *vm, sk_value var, sk_value dflt) {
    sk_value cur = current(vm);
    if (!cur) return SK_NULL;
    sk_value v = sk_dict_get(vm, CTX(cur)->vars, var);
    if (v || vm->exc) return v;
    if (dflt) return dflt;
    if (VAR(var)->dflt) return VAR(var)->dflt;
    return sk_exc_raise_type(vm, SK_EXC_TYPE(vm, LOOKUP), &var, 1);
}

NATIVE(m_var_get) { return sk_contextvar_get(vm, args[0], nargs > 1 ? args[1] : SK_NULL); }

/* The current context gets a copy of its dict with `var` changed (value
 * SK_NULL: removed). */
static bool replace_vars(sk_vm *vm, sk_value ctx, sk_value var, sk_value value) {
    SK_ROOT_SCOPE(vm);
    SK_ROOT(vm, ctx);
    SK_ROOT(vm, var);
    SK_ROOT(vm, value);
    sk_value vars = sk_dict_copy(vm, CTX(ctx)->vars);
    if (!vars) return false;
    SK_ROOT(vm, vars);
    if (value) {
        if (!sk_dict_set(vm, vars, var, value)) return false;
    } else if (sk_dict_del(vm, vars, var) < 0) {
        if (!sk_exc_pending(vm, SK_EXC_KEY)) return false;
        sk_exc_take(vm);
    }
    CTX(ctx)->vars = vars;
    return true;
}

NATIVE(m_var_set) {
    SK_ROOT_SCOPE(vm);
    sk_value ctx = current(vm);
    if (!ctx) return SK_NULL;
    SK_ROOT(vm, ctx);
    sk_value old = sk_dict_get(vm, CTX(ctx)->vars, args[0]);
    if (vm->exc) return SK_NULL;
    SK_ROOT(vm, old);
    if (!replace_vars(vm, ctx, args[0], args[1])) return SK_NULL;
    token_obj *t = (token_obj *)sk_gc_new(vm, vm->token_type, sizeof(token_obj));
    if (!t) return SK_NULL;
    t->ctx = ctx;
    t->var = args[0];
    t->old = old;
    return sk_from_obj(t);
}

NATIVE(m_var_reset) {
    sk_value self = args[0], tok = args[1];
    if (!sk_is_ptr(tok) || sk_as_obj(tok)->type != vm->token_type) {
        sk_value r = sk_repr(vm, tok);
        return r ? sk_exc_fmt(vm, SK_EXC_TYPE, "expected an instance of Token, got %V", r) : SK_NULL;
    }
    token_obj *t = TOK(tok);
    if (t->used) {
        sk_value r = sk_repr(vm, tok);
        return r ? sk_exc_fmt(vm, SK_EXC_RUNTIME, "%V has already been used once", r) : SK_NULL;
    }
    if (t->var != self) {
        sk_value r = sk_repr(vm, tok);
        return r ? sk_exc_fmt(vm, SK_EXC_VALUE, "%V was created by a different ContextVar", r) : SK_NULL;
    }
    sk_value ctx = current(vm);
    if (!ctx) return SK_NULL;
    if (t->ctx != ctx) {
        sk_value r = sk_repr(vm, tok);
        return r ? sk_exc_fmt(vm, SK_EXC_VALUE, "%V was created in a different Context", r) : SK_NULL;
    }
    if (!replace_vars(vm, ctx, self, t->old)) return SK_NULL;
    t->used = true;
    return SK_NONE;
}

static sk_value var_repr(sk_vm *vm, sk_value self) {
    contextvar_obj *v = VAR(self);
    if (v->dflt)
        return sk_str_fmt(vm, "<ContextVar name=%R default=%R at %p>", v->name, v->dflt, (void *)sk_as_obj(self));
    return sk_str_fmt(vm, "<ContextVar name=%R at %p>", v->name, (void *)sk_as_obj(self));
}

static int64_t var_hash(sk_vm *vm, sk_value self) { return sk_hash_pointer(sk_as_obj(self)); }

static sk_value g_var_name(sk_vm *vm, sk_value self) { return VAR(self)->name; }

static const sk_method_def var_methods[] = {
    {"get", m_var_get, 1, 2, 0, NULL},
    {"set", m_var_set, 2, 2, 0, NULL},
    {"reset", m_var_reset, 2, 2, 0, NULL},
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

static const sk_getset_def var_getsets[] = {
    {"name", g_var_name, NULL, NULL},
    {NULL},
};

/* ---- Token ---------------------------------------------------------------------------- */

static sk_value token_tp_new(sk_vm *vm, sk_value cls, const sk_value *args, size_t nargs, sk_value kwnames) {
    return sk_exc_msg(vm, SK_EXC_RUNTIME, "Tokens can only be created by ContextVars");
}

static sk_value token_repr(sk_vm *vm, sk_value self) {
    token_obj *t = TOK(self);
    return sk_str_fmt(vm, "<Token%s var=%R at %p>", t->used ? " used" : "", t->var, (void *)sk_as_obj(self));
}

static sk_value g_token_var(sk_vm *vm, sk_value self) { return TOK(self)->var; }
static sk_value g_token_old(sk_vm *vm, sk_value self) {
    return TOK(self)->old ? TOK(self)->old : vm->token_missing;
}

static const sk_getset_def token_getsets[] = {
    {"var", g_token_var, NULL, NULL},
    {"old_value", g_token_old, NULL, NULL},
    {NULL},
};

static const sk_method_def token_methods[] = {
    {"__class_getitem__", sk_class_getitem, 2, 2, SK_METH_CLASS, NULL},
    {NULL},
};

/* Token.MISSING: an object whose repr is <Token.MISSING>. */
static sk_value missing_repr(sk_vm *vm, sk_value self) { return sk_str_from_cstr(vm, "<Token.MISSING>"); }

/* ---- the module ------------------------------------------------------------------------- */

static const sk_method_def module_functions[] = {
    {"copy_context", f_copy_context, 0, 0, 0, NULL},
    {NULL},
};

static sk_type *final_type(sk_vm *vm, const char *name, size_t size, sk_trace_fn trace) {
    sk_type *t = sk_type_new_builtin(vm, name, "_contextvars", SK_TYPE(vm, OBJECT), size, 0);
    if (t) t->trace = trace;
    return t;
}

bool sk_contextvars_module_init(sk_vm *vm, sk_value module) {
    SK_ROOT_SCOPE(vm);
    sk_type *ctx = final_type(vm, "Context", sizeof(context_obj), context_trace);
    if (!(vm->context_type = ctx)) return false;
    ctx->tp_new = context_tp_new;
    ctx->getitem = context_getitem;
    ctx->contains = context_contains;
    ctx->len = context_len;
    ctx->iter = context_iter;
    ctx->richcmp = context_richcmp;
    ctx->hash = sk_unhashable;
    if (!sk_type_add_methods(vm, ctx, context_methods) || !sk_type_ready(vm, ctx)) return false;

    sk_type *var = final_type(vm, "ContextVar", sizeof(contextvar_obj), var_trace);
    if (!(vm->contextvar_type = var)) return false;
    var->tp_new = var_tp_new;
    var->repr = var_repr;
    var->hash = var_hash;
    if (!sk_type_add_methods(vm, var, var_methods) || !sk_type_add_getsets(vm, var, var_getsets) ||
        !sk_type_ready(vm, var))
        return false;

    sk_type *tok = final_type(vm, "Token", sizeof(token_obj), token_trace);
    if (!(vm->token_type = tok)) return false;
    tok->tp_new = token_tp_new;
    tok->repr = token_repr;
    if (!sk_type_add_methods(vm, tok, token_methods) || !sk_type_add_getsets(vm, tok, token_getsets) ||
        !sk_type_ready(vm, tok))
        return false;

    sk_type *mt = sk_type_new_builtin(vm, "Token.MISSING", "_contextvars", SK_TYPE(vm, OBJECT), sizeof(sk_obj), 0);
    if (!mt) return false;
    /* no VM field holds this type until its one instance does */
    sk_value mtv = sk_from_obj(mt);
    SK_ROOT(vm, mtv);
    mt->repr = missing_repr;
    if (!sk_type_ready(vm, mt)) return false;
    sk_value missing = sk_type_alloc_instance(vm, mt);
    if (!missing) return false;
    vm->token_missing = missing;
    if (!sk_type_set_attr_cstr(vm, tok, "MISSING", missing)) return false;

    return sk_module_add_functions(vm, module, module_functions) &&
           sk_module_add(vm, module, "Context", sk_from_obj(ctx)) &&
           sk_module_add(vm, module, "ContextVar", sk_from_obj(var)) &&
           sk_module_add(vm, module, "Token", sk_from_obj(tok));
}
