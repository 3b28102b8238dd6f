using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compare.Rules;

/// <summary>
/// Checks YAML nesting before a <c>YamlStream</c> is built from it. Building the representation model recurses
/// once per level, so a few hundred kilobytes of <c>[[[[…</c> overflow the stack and end the process, which no
/// <c>catch</c> can prevent; the event parser used here is not recursive and stops at the first level too deep.
/// </summary>
internal static class YamlDepthGuard
{
    /// <summary>No rule file or front matter needs more than a handful of levels; this leaves ample room.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The place (1-based line and column) of the first mapping or sequence nested deeper than
    /// <see cref="MaxDepth"/>, or null when there is none. Syntax errors are left to the real load, which reports
    /// them with their place; this check then returns null.
    /// </summary>
    public static (int Line, int Column)? FindTooDeep(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        depth++;
                        if (depth > MaxDepth)
                        {
                            return ((int)parser.Current.Start.Line, (int)parser.Current.Start.Column);
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null;
        }

        return null;
    }
}
