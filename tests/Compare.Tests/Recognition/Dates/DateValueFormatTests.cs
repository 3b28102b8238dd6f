using System.Globalization;
using Compare.Recognition.Dates;
using NUnit.Framework;

namespace Compare.Tests.Recognition.Dates;

/// <summary>
/// The forms that head derivations and ISO values, put together from their parts, against the invariant culture's
/// format strings that define them.
/// </summary>
[TestFixture]
public sealed class DateValueFormatTests
{
    [Test]
    public void FormsAreThoseOfTheFormatStrings()
    {
        var c = CultureInfo.InvariantCulture;
        var random = new Random(20261121);
        var days = new List<DateOnly> { DateOnly.MinValue, DateOnly.MaxValue, new(999, 12, 31), new(1000, 1, 1), new(9, 2, 3), new(2024, 2, 29) };
        for (int n = 0; n < 5000; n++)
        {
            days.Add(DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1)));
        }

        foreach (var d in days)
        {
            var to = d.AddDays(Math.Min(random.Next(0, 400), DateOnly.MaxValue.DayNumber - d.DayNumber));
            var monthStart = new DateOnly(d.Year, d.Month, 1);
            var monthEnd = new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));
            Assert.Multiple(() =>
            {
                Assert.That(DateValue.Describe(d, d), Is.EqualTo(d.ToString("MMMM d, yyyy", c)));
                Assert.That(DateValue.IsoDay(d), Is.EqualTo(d.ToString("yyyy-MM-dd", c)));
                Assert.That(DateValue.Describe(monthStart, monthEnd), Is.EqualTo(d.ToString("MMMM yyyy", c)));
                if (to.Year != d.Year || to.Month != d.Month)
                {
                    Assert.That(DateValue.Describe(d, to), Is.EqualTo(d.ToString("MMMM d, yyyy", c) + " - " + to.ToString("MMMM d, yyyy", c)));
                }
                else if (to != d && !(d.Day == 1 && to == monthEnd))
                {
                    Assert.That(DateValue.Describe(d, to), Is.EqualTo(string.Create(c, $"{d.ToString("MMMM", c)} {d.Day}-{to.Day}, {d.Year}")));
                }

                // As parts of longer strings, written straight into them.
                Assert.That(string.Create(c, $"{new DateValue.LongDayText(d)}: {new DateValue.IsoDayText(to)}, {new DateValue.MonthDayText(d.Month, d.Day)}"),
                    Is.EqualTo(d.ToString("MMMM d, yyyy", c) + ": " + to.ToString("yyyy-MM-dd", c) + ", " + d.ToString("MMMM d", c)));
                Assert.That(new DateValue.MonthDayText(d.Month, 100 + d.Day).ToString(), Is.EqualTo(string.Create(c, $"{d.ToString("MMMM", c)} {100 + d.Day}")));

                Assert.That(new DateValue(d, to, null, null, null, "x", "x").Iso, Is.EqualTo(to == d ? d.ToString("yyyy-MM-dd", c) : IsoOf(d, to, c)));
            });
        }
    }

    private static string IsoOf(DateOnly from, DateOnly to, CultureInfo c) =>
        from.Month == 1 && from.Day == 1 && to.Year == from.Year && to.Month == 12 && to.Day == 31 ? from.ToString("yyyy", c)
        : from.Day == 1 && to.Year == from.Year && to.Month == from.Month && to.Day == DateTime.DaysInMonth(to.Year, to.Month) ? from.ToString("yyyy-MM", c)
        : from.ToString("yyyy-MM-dd", c) + "/" + to.ToString("yyyy-MM-dd", c);
}
