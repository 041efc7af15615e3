"""xml.parsers: expat, coil's XML tokenizer behind pyexpat's interface."""
