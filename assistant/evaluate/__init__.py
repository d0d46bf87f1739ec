"""Question sets, metrics, reports and benchmarks."""
