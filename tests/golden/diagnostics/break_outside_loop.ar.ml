# توقف (break) only inside a loop body: not at module level, not in a function inside a loop.
لكل عنصر في [1, 2]:
    إذا عنصر > 1:
        توقف

توقف

طالما صحيح:
    دالة داخلية():
        توقف
    توقف
