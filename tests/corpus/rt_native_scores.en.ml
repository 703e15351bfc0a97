scores = [72, 85, 90, 66, 85, 58]
total = sum(scores)
average = total / len(scores)
print("Σ", total, "μ", average)
best = max(scores)
print("max", best, scores.index(best), scores.count(best))
grades = {}
for score in scores:
    if score >= 85:
        grade = "A"
    elif score >= 70:
        grade = "B"
    else:
        grade = "C"
    grades[grade] = grades.get(grade, 0) + 1
print(grades)
above = [score - 70 for score in scores if score > 70]
print(above, sorted(scores, reverse=True)[:3])
print(f"{average:.2f}", round(average), average > 75, total // 7, total % 7)

def spread(values):
    return max(values) - min(values)

print(spread(scores), spread([3.5, 1.25]), 12.5 * 4, 1_000 + 24)
