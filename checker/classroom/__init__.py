"""A course's scale: many submissions on one machine (batch grading, the gradebook), and the
bundles that let other engines grade one submission per container or runner (a Gradescope
autograder, a student repository with its GitHub workflow)."""
