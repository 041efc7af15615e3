# test: module
