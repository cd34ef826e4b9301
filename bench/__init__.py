"""The performance harness: ``python -m bench`` (or ``make bench``) measures the budget in DESIGN.md.

Every comparison runs against a bare baseline in the same call, alternating A B A B, and is reported as a
median and a ratio, because absolute times on a shared machine mean little. Nothing here runs in the test
suite, and nothing writes outside temporary folders.
"""
