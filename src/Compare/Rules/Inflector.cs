using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// Gives the surface forms of a trigger lemma: verbs get -s, -ed and -ing forms (regular spelling rules plus the
/// irregular table from <c>lexicons/verbs.yaml</c>), inflecting the first word of a phrase ("hold talks with" ->
/// "held talks with"); single nouns get their plural. "be" at the start of a phrase stands for any form of be.
/// </summary>
internal static class Inflector
{
    private static readonly string[] BeForms = ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s"];

    public static ImmutableArray<ImmutableArray<string>> Forms(string lemma, bool isNoun, IReadOnlyDictionary<string, ImmutableArray<string>> irregular)
    {
        var words = lemma.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new SortedSet<string>(StringComparer.Ordinal);
        if (words.Length == 0)
        {
            return [];
        }

        if (isNoun)
        {
            result.Add(string.Join(' ', words));
            if (words.Length == 1 && !words[0].EndsWith('s'))
            {
                result.Add(words[0] + "s");
            }
        }
        else if (words[0] == "be" && words.Length > 1)
        {
            var rest = string.Join(' ', words[1..]);
            foreach (var be in BeForms)
            {
                result.Add(be + " " + rest);
            }

            // "ready to release" also stands after a noun or verb that is not a form of be ("said it was ready...").
            result.Add(rest);
        }
        else
        {
            var rest = words.Length > 1 ? " " + string.Join(' ', words[1..]) : string.Empty;
            foreach (var form in VerbForms(words[0], irregular))
            {
                result.Add(form + rest);
            }

            if (irregular.TryGetValue(string.Join(' ', words), out var phraseForms))
            {
                foreach (var form in phraseForms)
                {
                    result.Add(form);
                }
            }
        }

        return [.. result.Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())];
    }

    public static IEnumerable<string> VerbForms(string verb, IReadOnlyDictionary<string, ImmutableArray<string>> irregular)
    {
        yield return verb;
        yield return ThirdPerson(verb);
        yield return Past(verb);
        yield return Gerund(verb);
        if (irregular.TryGetValue(verb, out var extra))
        {
            foreach (var form in extra)
            {
                yield return form;
            }
        }
    }

    private static bool IsVowel(char c) => "aeiou".Contains(c, StringComparison.Ordinal);

    private static string ThirdPerson(string v) =>
        v.EndsWith('s') || v.EndsWith('x') || v.EndsWith('z') || v.EndsWith("ch", StringComparison.Ordinal) || v.EndsWith("sh", StringComparison.Ordinal)
            ? v + "es"
            : v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2]) ? v[..^1] + "ies" : v + "s";

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d" : v.Length > 1 && v[^1] == 'y' && !IsVowel(v[^2]) ? v[..^1] + "ied" : v + "ed";

    private static string Gerund(string v) =>
        v.EndsWith("ie", StringComparison.Ordinal) ? v[..^2] + "ying"
        : v.Length > 2 && v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) ? v[..^1] + "ing"
        : v + "ing";
}
