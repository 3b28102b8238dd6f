using Compare.Text;

namespace Compare.Recognition.Counts;

/// <summary>
/// A person's age stated in a sentence ("Jane Roe, 53," or "a 25-year-old man").
/// </summary>
/// <param name="NameSpan">Absolute offsets of the capitalised name the age belongs to; an empty span
/// [x,x) positioned right after <paramref name="AgeSpan"/> when no name is written ("a 25-year-old man").</param>
/// <param name="AgeSpan">Absolute offsets of the text stating the age: the number in "Jane Roe, 53,",
/// the whole "25-year-old" in the adjective form.</param>
/// <param name="Age">The age in years, 1 to 120.</param>
internal sealed record AgeMention(TextSpan NameSpan, TextSpan AgeSpan, int Age);
