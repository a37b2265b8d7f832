"""privatune benchmark scripts (a regular package: opacus installs a top-level `benchmarks` package that would otherwise win)."""
