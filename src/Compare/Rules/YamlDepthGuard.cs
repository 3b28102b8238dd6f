using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Compare.Rules;

/// <summary>
/// Loads YAML with a limit on nesting. Building the representation model recurses once per level, so a few hundred
/// kilobytes of <c>[[[[…</c> would overflow the stack and end the process, which no <c>catch</c> can prevent. The
/// events reach the model through a parser that counts the levels and stops at the first one too deep, so the model
/// never recurses further than <see cref="MaxDepth"/>; the text is parsed once.
/// </summary>
internal static class YamlDepthGuard
{
    /// <summary>No rule file or front matter needs more than a handful of levels; this leaves ample room.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Loads <paramref name="yaml"/>. Throws <see cref="TooDeepException"/> at the first mapping or sequence nested
    /// deeper than <see cref="MaxDepth"/>, and <see cref="YamlException"/> at a syntax error, whichever comes first.
    /// </summary>
    public static YamlStream Load(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        stream.Load(new DepthLimitedParser(new Parser(new StringReader(yaml))));
        return stream;
    }

    /// <summary>A mapping or sequence nested deeper than <see cref="MaxDepth"/>, at a 1-based line and column.</summary>
    internal sealed class TooDeepException(int line, int column)
        : Exception($"Nested more than {MaxDepth} levels deep at line {line}, column {column}.")
    {
        public int Line { get; } = line;

        public int Column { get; } = column;
    }

    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case MappingStart or SequenceStart:
                    if (++_depth > MaxDepth)
                    {
                        throw new TooDeepException((int)inner.Current.Start.Line, (int)inner.Current.Start.Column);
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }

            return true;
        }
    }
}
