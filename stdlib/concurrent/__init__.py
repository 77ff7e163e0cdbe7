"""The concurrent package: only concurrent.futures, without executors."""
