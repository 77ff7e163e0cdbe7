# golden: module=run_module_target
# (the file itself is empty: it only names the module to run)
