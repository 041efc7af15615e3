# Float arithmetic: a Mandelbrot escape-time loop and a convergent series.
def mandelbrot(width, height, max_iter):
    total = 0
    for py in range(height):
        y0 = py * 2.0 / height - 1.0
        for px in range(width):
            x0 = px * 3.0 / width - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                i += 1
            total += i
    return total

def series(n):
    s = 0.0
    for k in range(1, n):
        s += 1.0 / (k * k)
    return s

print(mandelbrot(160, 100, 200))
print(series(1000000))
