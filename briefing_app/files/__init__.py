"""What readers and writers both need about files: the zip/XML guard, child-process limits, atomic writes."""
