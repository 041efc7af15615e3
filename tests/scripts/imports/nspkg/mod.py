# test: module
X = 'namespace package module'
