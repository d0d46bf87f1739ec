import pytest

from assistant.evaluate.stats import percentile


@pytest.mark.parametrize(("q", "expected"), [(0.5, 5.0), (0.9, 9.0), (0.95, 10.0), (0.99, 10.0), (0.0, 1.0)])
def test_nearest_rank_percentile_is_a_measured_value(q: float, expected: float) -> None:
    values = [7.0, 3.0, 10.0, 1.0, 5.0, 2.0, 9.0, 4.0, 8.0, 6.0]  # unsorted on purpose
    assert percentile(values, q) == expected


def test_percentile_of_nothing_is_zero() -> None:
    assert percentile([], 0.95) == 0.0
