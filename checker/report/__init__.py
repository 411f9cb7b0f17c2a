"""Report formats for the tools courses use (JUnit XML, Gradescope's results.json, Markdown,
GitHub Actions workflow commands), each a pure function of the grading results.

The table and the versioned JSON live beside the results (`checker/grade/report.py`); `usage`
renders an error in whichever of these formats was asked for.
"""
