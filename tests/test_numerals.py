import pytest
from hypothesis import given
from hypothesis import strategies as st

from regsite.numerals import to_chinese, to_int


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十二", 32),
        ("五十六", 56),
        ("一百", 100),
        ("一百零五", 105),
        ("一百一十", 110),
        ("两千零二十四", 2024),
        ("九千九百九十九", 9999),
    ],
)
def test_numerals_read_as_in_statutes(text, number):
    assert to_int(text) == number


@pytest.mark.parametrize("bad", ["", "零", "十百", "三四", "廿", "1"])
def test_malformed_numerals_raise(bad):
    with pytest.raises(ValueError):
        to_int(bad)


@given(st.integers(min_value=1, max_value=9999))
def test_numerals_round_trip_up_to_the_thousands(n):
    assert to_int(to_chinese(n)) == n


def test_ten_to_nineteen_are_written_without_a_leading_one():
    assert to_chinese(12) == "十二"
    assert to_chinese(112) == "一百一十二"
