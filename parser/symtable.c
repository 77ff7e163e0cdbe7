/* symtable.c — building and resolving scopes (see symtable.h).
 *
 * Two passes, as in CPython: the first walks the AST recording what each
 * scope does with each name (binds, reads, declares global/nonlocal) and
 * reports the declaration errors; the second resolves every name to a
 * storage class, from the outermost scope in, and marks the locals that
 * nested scopes capture as cells.
 */
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAX_DEPTH 2000

/* ---- errors ------------------------------------------------------------------ */

static bool error_at(st_table *t, ast_span span, const char *fmt, ...) {
    sk_syntax_error *e = t->err;
    if (e->msg[0]) return false; /* keep the first error */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->kind = SK_SYNTAX_ERROR;
    e->lineno = span.line;
    e->offset = span.col + 1;
    e->end_lineno = span.end_line;
    e->end_offset = span.end_col + 1;
    e->text = NULL;
    return false;
}

/* ---- scopes and symbols ----------------------------------------------------------- */

static uint32_t name_hash(const char *s, int32_t len) {
    uint32_t h = 2166136261u;
    for (int32_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static bool names_eq(ast_name a, const char *s, int32_t len) { return a.len == len && memcmp(a.str, s, (size_t)len) == 0; }

st_symbol *sk_symtable_find(st_entry *e, const char *name, int32_t len) {
    if (!e->cap_symbols) return NULL;
    uint32_t mask = (uint32_t)e->cap_symbols - 1;
    for (uint32_t i = name_hash(name, len) & mask;; i = (i + 1) & mask) {
        st_symbol *s = &e->symbols[i];
        if (!s->name.str) return NULL;
        if (names_eq(s->name, name, len)) return s;
    }
}

static bool grow_symbols(st_table *t, st_entry *e) {
    int32_t cap = e->cap_symbols ? e->cap_symbols * 2 : 16;
    st_symbol *syms = sk_ast_alloc(t->arena, (size_t)cap * sizeof(st_symbol));
    if (!syms) return false;
    uint32_t mask = (uint32_t)cap - 1;
    for (int32_t k = 0; k < e->cap_symbols; k++) {
        st_symbol *s = &e->symbols[k];
        if (!s->name.str) continue;
        uint32_t i = name_hash(s->name.str, s->name.len) & mask;
        while (syms[i].name.str) i = (i + 1) & mask;
        syms[i] = *s;
    }
    /* the order list points into the old table: rebuild it */
    for (int32_t k = 0; k < e->norder; k++) {
        st_symbol *old = e->order[k];
        uint32_t i = name_hash(old->name.str, old->name.len) & mask;
        while (!names_eq(syms[i].name, old->name.str, old->name.len)) i = (i + 1) & mask;
        e->order[k] = &syms[i];
    }
    e->symbols = syms;
    e->cap_symbols = cap;
    return true;
}

static st_symbol *add_symbol(st_table *t, st_entry *e, ast_name name) {
    st_symbol *s = sk_symtable_find(e, name.str, name.len);
    if (s) return s;
    if ((e->nsymbols + 1) * 2 > e->cap_symbols && !grow_symbols(t, e)) return NULL;
    if (e->norder == e->cap_order) {
        int32_t cap = e->cap_order ? e->cap_order * 2 : 16;
        st_symbol **o = sk_ast_alloc(t->arena, (size_t)cap * sizeof(*o));
        if (!o) return NULL;
        if (e->norder) memcpy(o, e->order, (size_t)e->norder * sizeof(*o));
        e->order = o;
        e->cap_order = cap;
    }
    uint32_t mask = (uint32_t)e->cap_symbols - 1;
    uint32_t i = name_hash(name.str, name.len) & mask;
    while (e->symbols[i].name.str) i = (i + 1) & mask;
    s = &e->symbols[i];
    s->name = name;
    s->reg = -1;
    e->nsymbols++;
    e->order[e->norder++] = s;
    return s;
}

ast_name sk_symtable_mangle(ast_arena *arena, ast_name private_name, ast_name name) {
    if (!private_name.str || name.len < 3 || name.str[0] != '_' || name.str[1] != '_') return name;
    if (name.str[name.len - 1] == '_' && name.str[name.len - 2] == '_') return name;
    if (memchr(name.str, '.', (size_t)name.len)) return name;
    int32_t skip = 0;
    while (skip < private_name.len && private_name.str[skip] == '_') skip++;
    if (skip == private_name.len) return name;  /* a class named only with underscores */
    int32_t plen = private_name.len - skip;
    char *m = sk_ast_alloc(arena, (size_t)(1 + plen + name.len + 1));
    if (!m) return (ast_name){NULL, 0};
    m[0] = '_';
    memcpy(m + 1, private_name.str + skip, (size_t)plen);
    memcpy(m + 1 + plen, name.str, (size_t)name.len);
    m[1 + plen + name.len] = '\0';
    return (ast_name){m, 1 + plen + name.len};
}

static bool note(st_table *t, st_entry *e, ast_name name, uint32_t flags) {
    name = sk_symtable_mangle(t->arena, e->private_name, name);
    if (!name.str) return error_at(t, (ast_span){0, 0, 0, 0}, "out of memory");
    st_symbol *s = add_symbol(t, e, name);
    if (!s) return error_at(t, (ast_span){0, 0, 0, 0}, "out of memory");
    s->flags |= flags;
    return true;
}

static bool note_cstr(st_table *t, st_entry *e, const char *name, uint32_t flags) {
    return note(t, e, (ast_name){name, (int32_t)strlen(name)}, flags);
}

static bool map_put(st_table *t, const void *key, st_entry *value) {
    if ((t->count + 1) * 2 > t->cap) {
        int32_t cap = t->cap ? t->cap * 2 : 64;
        const void **keys = sk_ast_alloc(t->arena, (size_t)cap * sizeof(*keys));
        st_entry **values = sk_ast_alloc(t->arena, (size_t)cap * sizeof(*values));
        if (!keys || !values) return false;
        for (int32_t k = 0; k < t->cap; k++) {
            if (!t->keys[k]) continue;
            uint32_t i = (uint32_t)(((uintptr_t)t->keys[k] >> 4) * 2654435761u) & (uint32_t)(cap - 1);
            while (keys[i]) i = (i + 1) & (uint32_t)(cap - 1);
            keys[i] = t->keys[k];
            values[i] = t->values[k];
        }
        t->keys = keys;
        t->values = values;
        t->cap = cap;
    }
    uint32_t mask = (uint32_t)t->cap - 1;
    uint32_t i = (uint32_t)(((uintptr_t)key >> 4) * 2654435761u) & mask;
    while (t->keys[i]) i = (i + 1) & mask;
    t->keys[i] = key;
    t->values[i] = value;
    t->count++;
    return true;
}

st_entry *sk_symtable_lookup(st_table *t, const void *node) {
    if (!t->cap) return NULL;
    uint32_t mask = (uint32_t)t->cap - 1;
    for (uint32_t i = (uint32_t)(((uintptr_t)node >> 4) * 2654435761u) & mask;; i = (i + 1) & mask) {
        if (!t->keys[i]) return NULL;
        if (t->keys[i] == node) return t->values[i];
    }
}

static st_entry *new_scope(st_table *t, st_entry *parent, st_kind kind, ast_name name, const void *node) {
    st_entry *e = sk_ast_alloc(t->arena, sizeof(st_entry));
    if (!e) return NULL;
    e->kind = kind;
    e->name = name;
    e->node = node;
    e->parent = parent;
    e->nested = parent && (parent->kind != ST_MODULE && (parent->kind != ST_CLASS || parent->nested));
    e->private_name = kind == ST_CLASS ? name : parent ? parent->private_name : (ast_name){NULL, 0};
    if (parent) {
        if (parent->nchildren == parent->cap_children) {
            int32_t cap = parent->cap_children ? parent->cap_children * 2 : 4;
            st_entry **c = sk_ast_alloc(t->arena, (size_t)cap * sizeof(*c));
            if (!c) return NULL;
            if (parent->nchildren) memcpy(c, parent->children, (size_t)parent->nchildren * sizeof(*c));
            parent->children = c;
            parent->cap_children = cap;
        }
        parent->children[parent->nchildren++] = e;
    }
    if (node && !map_put(t, node, e)) return NULL;
    return e;
}

/* ---- pass 1: what each scope does with each name ----------------------------------- */

static bool visit_stmts(st_table *t, st_entry *e, ast_stmts body);
/* Marks the names bound by an assignment target. */
static bool visit_target_comp_iter(st_table *t, st_entry *e, ast_expr *x);
static bool visit_expr(st_table *t, st_entry *e, ast_expr *x);

static bool visit_exprs(st_table *t, st_entry *e, ast_exprs xs) {
    for (int32_t i = 0; i < xs.count; i++)
        if (xs.items[i] && !visit_expr(t, e, xs.items[i])) return false;
    return true;
}

/* the scope whose code object `e` compiles into */
static st_entry *code_scope(st_entry *e) {
    while (e->kind == ST_COMPREHENSION && e->inlined) e = e->parent;
    return e;
}

static bool visit_args_defaults(st_table *t, st_entry *e, ast_arguments *a) {
    if (!a) return true;
    if (!visit_exprs(t, e, a->defaults)) return false;
    for (int32_t i = 0; i < a->kw_defaults.count; i++)
        if (a->kw_defaults.items[i] && !visit_expr(t, e, a->kw_defaults.items[i])) return false;
    return true;
}

static bool visit_annotations(st_table *t, st_entry *e, ast_arguments *a, ast_expr *returns) {
    if (a) {
        ast_args_list *lists[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
        for (int l = 0; l < 3; l++)
            for (int32_t i = 0; i < lists[l]->count; i++)
                if (lists[l]->items[i].annotation && !visit_expr(t, e, lists[l]->items[i].annotation)) return false;
        if (a->vararg && a->vararg->annotation && !visit_expr(t, e, a->vararg->annotation)) return false;
        if (a->kwarg && a->kwarg->annotation && !visit_expr(t, e, a->kwarg->annotation)) return false;
    }
    return !returns || visit_expr(t, e, returns);
}

static bool add_param(st_table *t, st_entry *f, ast_arg *arg, ast_name *out, int32_t *n) {
    ast_name mangled = sk_symtable_mangle(t->arena, f->private_name, arg->name);
    if (!mangled.str) return error_at(t, arg->span, "out of memory");
    st_symbol *s = sk_symtable_find(f, mangled.str, mangled.len);
    if (s && (s->flags & DEF_PARAM))
        return error_at(t, arg->span, "duplicate argument '%.*s' in function definition", arg->name.len,
                        arg->name.str);
    if (!note(t, f, arg->name, DEF_PARAM)) return false;
    out[(*n)++] = mangled;
    return true;
}

static bool declare_params(st_table *t, st_entry *f, ast_arguments *a) {
    if (!a) return true;
    int32_t total = a->posonlyargs.count + a->args.count + a->kwonlyargs.count + (a->vararg != NULL) + (a->kwarg != NULL);
    ast_name *names = sk_ast_alloc(t->arena, (size_t)(total ? total : 1) * sizeof(ast_name));
    if (!names) return false;
    int32_t n = 0;
    for (int32_t i = 0; i < a->posonlyargs.count; i++)
        if (!add_param(t, f, &a->posonlyargs.items[i], names, &n)) return false;
    for (int32_t i = 0; i < a->args.count; i++)
        if (!add_param(t, f, &a->args.items[i], names, &n)) return false;
    for (int32_t i = 0; i < a->kwonlyargs.count; i++)
        if (!add_param(t, f, &a->kwonlyargs.items[i], names, &n)) return false;
    if (a->vararg) {
        if (!add_param(t, f, a->vararg, names, &n)) return false;
        f->has_varargs = 1;
    }
    if (a->kwarg) {
        if (!add_param(t, f, a->kwarg, names, &n)) return false;
        f->has_varkw = 1;
    }
    f->params.count = n;
    f->params.items = names;
    return true;
}

static bool visit_function(st_table *t, st_entry *e, const void *node, ast_name name, ast_arguments *args,
                           ast_stmts *body, ast_expr *lambda_body, bool is_async) {
    if (++t->depth > MAX_DEPTH) return error_at(t, (ast_span){0, 0, 0, 0}, "too many nested scopes");
    st_entry *f = new_scope(t, e, ST_FUNCTION, name, node);
    if (!f) return false;
    f->is_coroutine = is_async;
    if (!declare_params(t, f, args)) return false;
    bool ok = lambda_body ? visit_expr(t, f, lambda_body) : visit_stmts(t, f, *body);
    t->depth--;
    return ok;
}

static bool visit_comprehension(st_table *t, st_entry *e, ast_expr *x) {
    ast_comprehensions gens = x->u.comp.generators;
    /* the outermost iterable is evaluated in the enclosing scope */
    if (!visit_expr(t, e, gens.items[0].iter)) return false;
    static const char *const names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    int which = x->kind == AST_LISTCOMP ? 0 : x->kind == AST_SETCOMP ? 1 : x->kind == AST_DICTCOMP ? 2 : 3;
    st_kind kind = which == 3 ? ST_GENEXPR : ST_COMPREHENSION;
    st_entry *c = new_scope(t, e, kind, (ast_name){names[which], (int32_t)strlen(names[which])}, x);
    if (!c) return false;
    c->inlined = kind == ST_COMPREHENSION;
    if (kind == ST_GENEXPR) c->is_generator = 1;
    c->comp_iter_in_class = e->kind == ST_CLASS;
    if (++t->depth > MAX_DEPTH) return error_at(t, x->span, "too many nested scopes");
    for (int32_t g = 0; g < gens.count; g++) {
        ast_comprehension *cg = &gens.items[g];
        if (cg->is_async) c->comp_is_async = 1;
        if (g > 0 && !visit_expr(t, c, cg->iter)) return false;
        /* iteration targets are the comprehension's own */
        if (!visit_target_comp_iter(t, c, cg->target)) return false;
        if (!visit_exprs(t, c, cg->ifs)) return false;
    }
    bool ok = true;
    if (x->kind == AST_DICTCOMP) ok = visit_expr(t, c, x->u.comp.key) && visit_expr(t, c, x->u.comp.value);
    else ok = visit_expr(t, c, x->u.comp.elt);
    t->depth--;
    return ok;
}


static bool walrus(st_table *t, st_entry *e, ast_expr *x) {
    ast_expr *target = x->u.namedexpr.target;
    ast_name name = target->u.name.id;
    if (e->kind == ST_COMPREHENSION || e->kind == ST_GENEXPR) {
        /* binds in the nearest enclosing scope that is not a comprehension */
        st_entry *c = e;
        while (c->kind == ST_COMPREHENSION || c->kind == ST_GENEXPR) {
            st_symbol *s = sk_symtable_find(c, name.str, name.len);
            if (s && (s->flags & DEF_COMP_ITER))
                return error_at(t, target->span, "assignment expression cannot rebind comprehension iteration variable '%.*s'",
                                name.len, name.str);
            c = c->parent;
        }
        if (c->kind == ST_CLASS)
            return error_at(t, x->span, "assignment expression within a comprehension cannot be used in a class body");
        bool global = c->kind == ST_MODULE;
        if (global) {
            if (!note(t, c, name, DEF_LOCAL)) return false;
        } else {
            st_symbol *s = sk_symtable_find(c, name.str, name.len);
            if (!(s && (s->flags & DEF_GLOBAL)) && !note(t, c, name, DEF_LOCAL)) return false;
            if (s && (s->flags & DEF_GLOBAL)) global = true;
        }
        code_scope(c)->uses_walrus = 1;
        for (st_entry *k = e; k != c; k = k->parent) {
            if (!note(t, k, name, global ? DEF_GLOBAL : DEF_NONLOCAL)) return false;
            code_scope(k)->uses_walrus = 1;
        }
        return visit_expr(t, e, x->u.namedexpr.value);
    }
    code_scope(e)->uses_walrus = 1;
    return visit_expr(t, e, x->u.namedexpr.value) && note(t, e, name, DEF_LOCAL);
}

static bool in_comprehension_error(st_table *t, st_entry *e, ast_span span, const char *what) {
    if (e->kind == ST_COMPREHENSION || e->kind == ST_GENEXPR) {
        ast_name n = e->name;
        const char *kind = names_eq(n, "<listcomp>", 10) ? "list comprehension"
                           : names_eq(n, "<setcomp>", 9) ? "set comprehension"
                           : names_eq(n, "<dictcomp>", 10) ? "dict comprehension"
                                                           : "generator expression";
        return error_at(t, span, "'%s' inside %s", what, kind);
    }
    return true;
}

static bool visit_expr(st_table *t, st_entry *e, ast_expr *x) {
    if (!x) return true;
    if (++t->depth > MAX_DEPTH) return error_at(t, x->span, "too many nested expressions");
    bool ok = true;
    switch (x->kind) {
    case AST_BOOLOP: ok = visit_exprs(t, e, x->u.boolop.values); break;
    case AST_NAMEDEXPR: ok = walrus(t, e, x); break;
    case AST_BINOP: ok = visit_expr(t, e, x->u.binop.left) && visit_expr(t, e, x->u.binop.right); break;
    case AST_UNARYOP: ok = visit_expr(t, e, x->u.unaryop.operand); break;
    case AST_LAMBDA:
        ok = visit_args_defaults(t, e, x->u.lambda.args) &&
             visit_function(t, e, x, (ast_name){"<lambda>", 8}, x->u.lambda.args, NULL, x->u.lambda.body, false);
        break;
    case AST_IFEXP:
        ok = visit_expr(t, e, x->u.ifexp.test) && visit_expr(t, e, x->u.ifexp.body) &&
             visit_expr(t, e, x->u.ifexp.orelse);
        break;
    case AST_DICT: ok = visit_exprs(t, e, x->u.dict.keys) && visit_exprs(t, e, x->u.dict.values); break;
    case AST_SET: ok = visit_exprs(t, e, x->u.set.elts); break;
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENERATOREXP: ok = visit_comprehension(t, e, x); break;
    case AST_AWAIT:
        code_scope(e)->has_await = 1;
        if (e->kind == ST_COMPREHENSION || e->kind == ST_GENEXPR) e->comp_is_async = 1;
        ok = visit_expr(t, e, x->u.await.value);
        break;
    case AST_YIELD:
    case AST_YIELDFROM:
        if (!in_comprehension_error(t, e, x->span, x->kind == AST_YIELD ? "yield" : "yield from")) {
            ok = false;
            break;
        }
        if (e->kind == ST_FUNCTION) {
            e->has_yield = 1;
            if (e->is_coroutine) {
                if (x->kind == AST_YIELDFROM) {
                    ok = error_at(t, x->span, "'yield from' inside async function");
                    break;
                }
                e->is_async_gen = 1;
            } else {
                e->is_generator = 1;
            }
        }
        ok = visit_expr(t, e, x->kind == AST_YIELD ? x->u.yield.value : x->u.yieldfrom.value);
        break;
    case AST_COMPARE:
        ok = visit_expr(t, e, x->u.compare.left);
        for (int32_t i = 0; ok && i < x->u.compare.count; i++) ok = visit_expr(t, e, x->u.compare.comparators[i]);
        break;
    case AST_CALL:
        ok = visit_expr(t, e, x->u.call.func) && visit_exprs(t, e, x->u.call.args);
        for (int32_t i = 0; ok && i < x->u.call.keywords.count; i++)
            ok = visit_expr(t, e, x->u.call.keywords.items[i].value);
        break;
    case AST_FORMATTEDVALUE:
        ok = visit_expr(t, e, x->u.formatted.value) && visit_expr(t, e, x->u.formatted.format_spec);
        break;
    case AST_JOINEDSTR: ok = visit_exprs(t, e, x->u.joinedstr.values); break;
    case AST_CONSTANT: break;
    case AST_ATTRIBUTE: ok = visit_expr(t, e, x->u.attribute.value); break;
    case AST_SUBSCRIPT: ok = visit_expr(t, e, x->u.subscript.value) && visit_expr(t, e, x->u.subscript.slice); break;
    case AST_STARRED: ok = visit_expr(t, e, x->u.starred.value); break;
    case AST_NAME: {
        ast_name id = x->u.name.id;
        if (x->u.name.ctx == AST_LOAD) {
            ok = note(t, e, id, DEF_USE);
            /* super() and __class__ need the class cell */
            if (ok && e->kind != ST_MODULE && e->kind != ST_CLASS &&
                (names_eq(id, "super", 5) || names_eq(id, "__class__", 9)))
                ok = note_cstr(t, e, "__class__", DEF_USE);
        } else {
            ok = note(t, e, id, DEF_LOCAL);
        }
        break;
    }
    case AST_LIST:
    case AST_TUPLE: ok = visit_exprs(t, e, x->u.list.elts); break;
    case AST_SLICE:
        ok = visit_expr(t, e, x->u.slice.lower) && visit_expr(t, e, x->u.slice.upper) &&
             visit_expr(t, e, x->u.slice.step);
        break;
    }
    t->depth--;
    return ok;
}

/* comprehension targets also carry DEF_COMP_ITER */
static bool visit_target_comp_iter(st_table *t, st_entry *e, ast_expr *x) {
    if (x->kind == AST_NAME) return note(t, e, x->u.name.id, DEF_LOCAL | DEF_COMP_ITER);
    if (x->kind == AST_TUPLE || x->kind == AST_LIST) {
        for (int32_t i = 0; i < x->u.list.elts.count; i++)
            if (!visit_target_comp_iter(t, e, x->u.list.elts.items[i])) return false;
        return true;
    }
    if (x->kind == AST_STARRED) return visit_target_comp_iter(t, e, x->u.starred.value);
    return visit_expr(t, e, x);
}

static bool declare(st_table *t, st_entry *e, ast_stmt *s, bool nonlocal) {
    const char *kw = nonlocal ? "nonlocal" : "global";
    if (nonlocal && e->kind == ST_MODULE) return error_at(t, s->span, "nonlocal declaration not allowed at module level");
    for (int32_t i = 0; i < s->u.global.names.count; i++) {
        ast_name n = s->u.global.names.items[i];
        st_symbol *sym = sk_symtable_find(e, n.str, n.len);
        uint32_t f = sym ? sym->flags : 0;
        if (f & DEF_PARAM) return error_at(t, s->span, "name '%.*s' is parameter and %s", n.len, n.str, kw);
        if (nonlocal && (f & DEF_GLOBAL)) return error_at(t, s->span, "name '%.*s' is nonlocal and global", n.len, n.str);
        if (!nonlocal && (f & DEF_NONLOCAL)) return error_at(t, s->span, "name '%.*s' is nonlocal and global", n.len, n.str);
        if (f & (DEF_LOCAL | DEF_IMPORT))
            return error_at(t, s->span, "name '%.*s' is assigned to before %s declaration", n.len, n.str, kw);
        if (f & DEF_ANNOT) return error_at(t, s->span, "annotated name '%.*s' can't be %s", n.len, n.str, kw);
        if (f & DEF_USE) return error_at(t, s->span, "name '%.*s' is used prior to %s declaration", n.len, n.str, kw);
        if (!note(t, e, n, nonlocal ? DEF_NONLOCAL : DEF_GLOBAL)) return false;
        st_symbol *ns = sk_symtable_find(e, n.str, n.len);
        if (ns) ns->decl = s->span;
    }
    return true;
}

static bool visit_stmt(st_table *t, st_entry *e, ast_stmt *s) {
    if (++t->depth > MAX_DEPTH) return error_at(t, s->span, "too many nested statements");
    bool ok = true;
    switch (s->kind) {
    case AST_FUNCTIONDEF:
    case AST_ASYNCFUNCTIONDEF:
        ok = note(t, e, s->u.funcdef.name, DEF_LOCAL) && visit_exprs(t, e, s->u.funcdef.decorators) &&
             visit_args_defaults(t, e, s->u.funcdef.args) &&
             visit_annotations(t, e, s->u.funcdef.args, s->u.funcdef.returns) &&
             visit_function(t, e, s, s->u.funcdef.name, s->u.funcdef.args, &s->u.funcdef.body, NULL,
                            s->kind == AST_ASYNCFUNCTIONDEF);
        break;
    case AST_CLASSDEF: {
        ok = note(t, e, s->u.classdef.name, DEF_LOCAL) && visit_exprs(t, e, s->u.classdef.bases) &&
             visit_exprs(t, e, s->u.classdef.decorators);
        for (int32_t i = 0; ok && i < s->u.classdef.keywords.count; i++)
            ok = visit_expr(t, e, s->u.classdef.keywords.items[i].value);
        if (!ok) break;
        st_entry *c = new_scope(t, e, ST_CLASS, s->u.classdef.name, s);
        if (!c) return false;
        ok = visit_stmts(t, c, s->u.classdef.body);
        break;
    }
    case AST_RETURN:
        if (s->u.ret.value) {
            code_scope(e)->has_return_value = 1;
            ok = visit_expr(t, e, s->u.ret.value);
        }
        break;
    case AST_DELETE: ok = visit_exprs(t, e, s->u.del.targets); break;
    case AST_ASSIGN: ok = visit_expr(t, e, s->u.assign.value) && visit_exprs(t, e, s->u.assign.targets); break;
    case AST_AUGASSIGN: {
        ast_expr *target = s->u.augassign.target;
        if (target->kind == AST_NAME) ok = note(t, e, target->u.name.id, DEF_LOCAL | DEF_USE);
        else ok = visit_expr(t, e, target);
        ok = ok && visit_expr(t, e, s->u.augassign.value);
        break;
    }
    case AST_ANNASSIGN: {
        ast_expr *target = s->u.annassign.target;
        if (target->kind == AST_NAME) {
            st_symbol *sym = sk_symtable_find(e, target->u.name.id.str, target->u.name.id.len);
            if (sym && (sym->flags & (DEF_GLOBAL | DEF_NONLOCAL)) && s->u.annassign.simple)
                return error_at(t, s->span, "annotated name '%.*s' can't be %s", target->u.name.id.len,
                                target->u.name.id.str, (sym->flags & DEF_GLOBAL) ? "global" : "nonlocal");
            uint32_t f = DEF_ANNOT;
            if (s->u.annassign.value || e->kind == ST_FUNCTION) f |= DEF_LOCAL;
            if (s->u.annassign.simple) ok = note(t, e, target->u.name.id, f);
            else ok = visit_expr(t, e, target);
        } else {
            ok = visit_expr(t, e, target);
        }
        /* annotations of locals in functions are not evaluated */
        if (ok && e->kind != ST_FUNCTION) ok = visit_expr(t, e, s->u.annassign.annotation);
        if (ok && s->u.annassign.value) ok = visit_expr(t, e, s->u.annassign.value);
        break;
    }
    case AST_FOR:
    case AST_ASYNCFOR:
        if (s->kind == AST_ASYNCFOR) code_scope(e)->has_await = 1;
        ok = visit_expr(t, e, s->u.forloop.target) && visit_expr(t, e, s->u.forloop.iter) &&
             visit_stmts(t, e, s->u.forloop.body) && visit_stmts(t, e, s->u.forloop.orelse);
        break;
    case AST_WHILE:
        ok = visit_expr(t, e, s->u.whileloop.test) && visit_stmts(t, e, s->u.whileloop.body) &&
             visit_stmts(t, e, s->u.whileloop.orelse);
        break;
    case AST_IF:
        ok = visit_expr(t, e, s->u.ifstmt.test) && visit_stmts(t, e, s->u.ifstmt.body) &&
             visit_stmts(t, e, s->u.ifstmt.orelse);
        break;
    case AST_WITH:
    case AST_ASYNCWITH:
        if (s->kind == AST_ASYNCWITH) code_scope(e)->has_await = 1;
        for (int32_t i = 0; ok && i < s->u.with.items.count; i++)
            ok = visit_expr(t, e, s->u.with.items.items[i].context_expr) &&
                 visit_expr(t, e, s->u.with.items.items[i].optional_vars);
        ok = ok && visit_stmts(t, e, s->u.with.body);
        break;
    case AST_RAISE: ok = visit_expr(t, e, s->u.raise.exc) && visit_expr(t, e, s->u.raise.cause); break;
    case AST_TRY:
    case AST_TRYSTAR:
        ok = visit_stmts(t, e, s->u.trystmt.body);
        for (int32_t i = 0; ok && i < s->u.trystmt.handlers.count; i++) {
            ast_handler *h = &s->u.trystmt.handlers.items[i];
            ok = visit_expr(t, e, h->type) && (!h->name.str || note(t, e, h->name, DEF_LOCAL)) &&
                 visit_stmts(t, e, h->body);
        }
        ok = ok && visit_stmts(t, e, s->u.trystmt.orelse) && visit_stmts(t, e, s->u.trystmt.finalbody);
        break;
    case AST_ASSERT: ok = visit_expr(t, e, s->u.assert.test) && visit_expr(t, e, s->u.assert.msg); break;
    case AST_IMPORT:
    case AST_IMPORTFROM: {
        ast_aliases names = s->kind == AST_IMPORT ? s->u.import.names : s->u.importfrom.names;
        for (int32_t i = 0; ok && i < names.count; i++) {
            ast_alias *a = &names.items[i];
            if (a->asname.str) {
                ok = note(t, e, a->asname, DEF_IMPORT | DEF_LOCAL);
            } else if (a->name.len == 1 && a->name.str[0] == '*') {
                if (e->kind != ST_MODULE) ok = error_at(t, s->span, "import * only allowed at module level");
            } else {
                /* `import a.b` binds a */
                int32_t n = 0;
                while (n < a->name.len && a->name.str[n] != '.') n++;
                ok = note(t, e, (ast_name){a->name.str, n}, DEF_IMPORT | DEF_LOCAL);
            }
        }
        break;
    }
    case AST_GLOBAL: ok = declare(t, e, s, false); break;
    case AST_NONLOCAL: ok = declare(t, e, s, true); break;
    case AST_EXPR: ok = visit_expr(t, e, s->u.expr.value); break;
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE: break;
    }
    t->depth--;
    return ok;
}

static bool visit_stmts(st_table *t, st_entry *e, ast_stmts body) {
    for (int32_t i = 0; i < body.count; i++)
        if (!visit_stmt(t, e, body.items[i])) return false;
    return true;
}

/* ---- pass 2: resolving ---------------------------------------------------------------- */

/* a set of names, as a small arena array */
typedef struct nameset {
    ast_name *items;
    uint8_t *needs_cell;     /* per name: captured by a real nested function */
    int32_t count, cap;
} nameset;

static bool ns_has(const nameset *s, ast_name n) {
    for (int32_t i = 0; i < s->count; i++)
        if (names_eq(s->items[i], n.str, n.len)) return true;
    return false;
}

static int32_t ns_index(const nameset *s, ast_name n) {
    for (int32_t i = 0; i < s->count; i++)
        if (names_eq(s->items[i], n.str, n.len)) return i;
    return -1;
}

static bool ns_add(st_table *t, nameset *s, ast_name n, bool needs_cell) {
    int32_t i = ns_index(s, n);
    if (i >= 0) {
        if (needs_cell) s->needs_cell[i] = 1;
        return true;
    }
    if (s->count == s->cap) {
        int32_t cap = s->cap ? s->cap * 2 : 8;
        ast_name *items = sk_ast_alloc(t->arena, (size_t)cap * sizeof(ast_name));
        uint8_t *nc = sk_ast_alloc(t->arena, (size_t)cap);
        if (!items || !nc) return false;
        if (s->count) {
            memcpy(items, s->items, (size_t)s->count * sizeof(ast_name));
            memcpy(nc, s->needs_cell, (size_t)s->count);
        }
        s->items = items;
        s->needs_cell = nc;
        s->cap = cap;
    }
    s->needs_cell[s->count] = needs_cell;
    s->items[s->count++] = n;
    return true;
}

static bool ns_copy(st_table *t, nameset *dst, const nameset *src) {
    for (int32_t i = 0; i < src->count; i++)
        if (!ns_add(t, dst, src->items[i], false)) return false;
    return true;
}

static bool is_function_like(st_entry *e) {
    return e->kind == ST_FUNCTION || e->kind == ST_GENEXPR || e->kind == ST_COMPREHENSION;
}

/* Resolves e's names given the names bound by enclosing functions;
 * returns (in *free) the names e needs from outside. */
static bool analyze(st_table *t, st_entry *e, const nameset *bound, const nameset *globals, nameset *free) {
    nameset child_bound = {0}, child_globals = {0};
    if (!ns_copy(t, &child_globals, globals)) return false;
    for (int32_t k = 0; k < e->norder; k++) {
        st_symbol *s = e->order[k];
        uint32_t f = s->flags;
        if (f & DEF_GLOBAL) {
            s->scope = SYM_GLOBAL_EXPLICIT;
            if (!ns_add(t, &child_globals, s->name, false)) return false;
        } else if (f & DEF_NONLOCAL) {
            if (!ns_has(bound, s->name))
                return error_at(t, s->decl, "no binding for nonlocal '%.*s' found", s->name.len, s->name.str);
            s->scope = SYM_FREE;
        } else if (f & (DEF_BOUND)) {
            s->scope = e->kind == ST_MODULE ? SYM_GLOBAL_IMPLICIT : SYM_LOCAL;
        } else if (e->kind == ST_CLASS && names_eq(s->name, "__class__", 9)) {
            s->scope = SYM_GLOBAL_IMPLICIT;
        } else if (ns_has(bound, s->name)) {
            s->scope = SYM_FREE;
        } else if (ns_has(globals, s->name)) {
            s->scope = SYM_GLOBAL_EXPLICIT;
        } else {
            s->scope = SYM_GLOBAL_IMPLICIT;
        }
    }
    /* what nested scopes can see as bound */
    if (is_function_like(e)) {
        if (!ns_copy(t, &child_bound, bound)) return false;
        for (int32_t k = 0; k < e->norder; k++) {
            st_symbol *s = e->order[k];
            if (s->scope == SYM_LOCAL || s->scope == SYM_FREE)
                if (!ns_add(t, &child_bound, s->name, false)) return false;
            /* a name local here shadows an outer global declaration */
            if (s->scope == SYM_LOCAL) {
                int32_t gi = ns_index(&child_globals, s->name);
                if (gi >= 0) child_globals.items[gi] = (ast_name){"", 0};
            }
        }
    } else if (e->kind == ST_CLASS) {
        if (!ns_copy(t, &child_bound, bound)) return false;
        if (!ns_add(t, &child_bound, (ast_name){"__class__", 9}, false)) return false;
    }
    /* children */
    nameset child_free = {0};
    for (int32_t c = 0; c < e->nchildren; c++) {
        st_entry *ch = e->children[c];
        nameset cf = {0};
        /* comprehensions in a class body do not see the class's names */
        if (!analyze(t, ch, &child_bound, &child_globals, &cf)) return false;
        for (int32_t i = 0; i < cf.count; i++) {
            bool cell = ch->inlined ? cf.needs_cell[i] : true;
            if (!ns_add(t, &child_free, cf.items[i], cell)) return false;
        }
    }
    /* names nested scopes take from us become cells, or pass through */
    for (int32_t i = 0; i < child_free.count; i++) {
        ast_name n = child_free.items[i];
        bool needs_cell = child_free.needs_cell[i];
        st_symbol *s = sk_symtable_find(e, n.str, n.len);
        if (e->kind == ST_CLASS && names_eq(n, "__class__", 9)) {
            e->needs_class_cell = 1;
            if (!s && !(s = add_symbol(t, e, n))) return false;
            s->scope = SYM_CELL;
            continue;
        }
        if (s && s->scope == SYM_LOCAL && is_function_like(e)) {
            if (needs_cell) s->scope = SYM_CELL;
            continue;
        }
        if (s && s->scope == SYM_CELL) continue;
        if (s && (s->scope == SYM_GLOBAL_EXPLICIT)) continue;
        /* not ours: pass it on outwards */
        if (!s) {
            if (!(s = add_symbol(t, e, n))) return false;
            s->scope = SYM_FREE;
        } else if (e->kind == ST_CLASS && s->scope == SYM_LOCAL) {
            /* the class binds it too: its body reads the namespace first,
             * nested functions see the outer cell */
            s->flags |= DEF_USE;
        } else if (s->scope != SYM_FREE) {
            s->scope = SYM_FREE;
        }
        if (!ns_add(t, free, n, needs_cell)) return false;
    }
    for (int32_t k = 0; k < e->norder; k++) {
        st_symbol *s = e->order[k];
        if (s->scope == SYM_FREE && !ns_add(t, free, s->name, e->inlined ? false : true)) return false;
    }
    return true;
}

st_table *sk_symtable_build(ast_arena *arena, const ast_module *mod, const char *filename, sk_syntax_error *err) {
    st_table *t = sk_ast_alloc(arena, sizeof(st_table));
    if (!t) return NULL;
    t->arena = arena;
    t->filename = filename;
    t->err = err;
    err->msg[0] = '\0';
    t->top = new_scope(t, NULL, ST_MODULE, (ast_name){"<module>", 8}, mod);
    if (!t->top) return NULL;
    bool ok;
    if (mod->mode == AST_MODE_EVAL) ok = visit_expr(t, t->top, mod->expr);
    else ok = visit_stmts(t, t->top, mod->body);
    if (!ok) return NULL;
    nameset bound = {0}, globals = {0}, free = {0};
    if (!analyze(t, t->top, &bound, &globals, &free)) return NULL;
    return t;
}
