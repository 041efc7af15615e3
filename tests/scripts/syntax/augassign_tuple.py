a, b += 1  # expect error: SyntaxError: 'tuple' is an illegal expression for augmented assignment
