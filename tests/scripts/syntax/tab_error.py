# Tabs and spaces mixed so that the indentation is ambiguous.
# expect error: TabError: inconsistent use of tabs and spaces in indentation
if True:
        x = 1
	y = 2
