"""runpy: running a module as the program's __main__, for `skein -m NAME`.

skein's command line calls _run_module_as_main(NAME). The module is found
on sys.path (after importing its parent packages, whose __path__ then
decides), compiled from its source, and run in the namespace of the
existing __main__ module, so that `if __name__ == "__main__":` holds and
sys.modules["__main__"] is the running program. A package runs its
__main__ submodule. sys.argv[0] becomes the file's path.

The interpreter's own frames in a traceback read as CPython's do
("<frozen runpy>", with the same line numbers: _run_module_as_main calling
_run_code, or _get_module_details importing a parent package), which is why
the functions below sit where they sit in this file.

Only modules with a source file can run this way; a module bundled into the
interpreter without one raises NotImplementedError, naming it.
"""

import sys

__all__ = ["run_module"]


class _Error(Exception):
    """Why a module cannot be run: reported as "<executable>: <reason>",
    and the program exits with status 1."""


def _source_file(folder, leaf):
    """The source of module `leaf` in `folder`: its .py file, or a
    package's __init__.py (with is_package True); None when absent."""
    import os
    base = folder if folder else os.getcwd()
    candidate = os.path.join(base, leaf)
    init = os.path.join(candidate, "__init__.py")
    if os.path.isfile(init):
        return init, True
    if os.path.isfile(candidate + ".py"):
        return candidate + ".py", False
    return None


def _locate(mod_name, search_path):
    """The first (path, is_package) for the module's last name part along
    `search_path` (sys.path or the parent package's __path__)."""
    leaf = mod_name.rpartition(".")[2]
    for folder in search_path:
        if not isinstance(folder, str) or folder.startswith("<"):
            continue
        found = _source_file(folder, leaf)
        if found:
            return found
    return None


def _is_bundled(mod_name):
    """Whether the module exists only inside the interpreter: importable,
    but with no file to compile."""
    try:
        module = __import__(mod_name, fromlist=["_"])
    except ImportError:
        return False
    return getattr(module, "__file__", None) is None


def _read(path):
    with open(path, "rb") as f:
        return f.read()


def _run_code(code, run_globals, mod_name, path, package):
    """Runs `code` in `run_globals`, first giving the namespace the names a
    module run as the program has, and returns the namespace.

    __spec__ and __loader__ are None: skein's import system has no module
    specs, and a program that looks for them finds them absent, as it
    would for a script run by path. __cached__ is None for the same reason:
    nothing is cached on disk."""
    run_globals.update(
        __name__=mod_name,
        __file__=path,
        __cached__=None,
        __doc__=None,
        __loader__=None,
        __package__=package,
        __spec__=None,
    )
    exec(code, run_globals)
    return run_globals


def _get_module_details(mod_name, error=ImportError):
    """(path, package, code) of the module to run; `error` carries every
    reason it cannot be, already worded as CPython words it.

    The search follows the import system's order: a package directory (one
    with __init__.py) before a module file of the same name, the first
    folder of the search path that has either winning. A package found is
    not run itself: its __main__ submodule is, which is found the same way
    along the package's __path__ once the package has been imported.
    Relative names have no package to be relative to (the program is
    not inside one yet) and are refused.
    """
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    search_path = sys.path
    if pkg_name:
        # The parent packages are imported (and run) first, as an import of
        # the dotted name would; their __path__ then says where to look.
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
            raise error("Error while finding module specification for %r (%s: %s)"
                        % (mod_name, type(e).__name__, e)) from e
        parent = sys.modules[pkg_name]
        search_path = getattr(parent, "__path__", None)
        if search_path is None:
            raise error("Error while finding module specification for %r "
                        "(ModuleNotFoundError: __path__ attribute not found on %r "
                        "while trying to find %r)" % (mod_name, pkg_name, mod_name),
                        name=mod_name)
    found = _locate(mod_name, search_path)
    if found is None:
        if _is_bundled(mod_name):
            raise NotImplementedError("skein -m: running the bundled module %r "
                                      "(it has no source file)" % mod_name)
        raise error("No module named %s" % mod_name)
    path, is_package = found
    if is_package:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed")
                        % (e, mod_name))
    try:
        source = _read(path)
    except OSError as e:
        raise error("%s: %s" % (type(e).__name__, e))
    code = compile(source, path, "exec", dont_inherit=True)
    return path, pkg_name, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module `mod_name` from its source in a fresh namespace and
    returns that namespace: what `skein -m` does, for a program to call.

    `init_globals` seeds the namespace; `run_name` is its __name__ (the
    module's own name by default). With `alter_sys`, sys.argv[0] is the
    module's path while it runs, and sys.modules[run_name] a module object
    holding the namespace; both are put back afterwards.
    """
    path, package, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    run_globals = dict(init_globals) if init_globals is not None else {}
    if not alter_sys:
        return _run_code(code, run_globals, run_name, path, package)
    module = type(sys)(run_name)
    module.__dict__.update(run_globals)
    saved_argv0 = sys.argv[0] if sys.argv else None
    saved_module = sys.modules.get(run_name)
    sys.argv[0:1] = [path]
    sys.modules[run_name] = module
    try:
        _run_code(code, module.__dict__, run_name, path, package)
    finally:
        sys.argv[0:1] = [] if saved_argv0 is None else [saved_argv0]
        if saved_module is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_module
    return dict(module.__dict__)


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs module `mod_name` as the program: what `skein -m` does.

    An error in finding it ends the program with status 1 and the message
    "<executable>: <reason>", as CPython's command line does; an exception
    raised by the module itself propagates, traceback and all."""
    try:
        path, package, code = _get_module_details(mod_name, _Error)
    except _Error as exc:
        sys.exit("%s: %s" % (sys.executable, exc))
    # the program's namespace is the __main__ module the interpreter made,
    # so that sys.modules["__main__"] is the module running; its argv[0]
    # names the file, as for a script
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = path
    return _run_code(code, main_globals, "__main__", path, package)
