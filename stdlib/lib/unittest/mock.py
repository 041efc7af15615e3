"""unittest.mock is not part of coil's unittest (mocks need more of the
object model's introspection than coil offers); importing it says so."""

raise ImportError("unittest.mock is not available in coil")
