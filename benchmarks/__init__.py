"""Scripts that time and print (not tests); a package so tests can import their corpus readers."""
