using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Compare.Extraction;

namespace Compare.Alignment;

/// <summary>
/// One line of an event's alignment audit: why a claim joined the event, or why it was not joined with another. A
/// line is kept as the few facts it is made of and written out when the report asks for it: over a large archive the
/// lines written out at once were a sixth of what a run held until its report was written.
/// </summary>
internal abstract class AuditLine
{
    /// <summary>The line as the report gives it.</summary>
    public abstract override string ToString();

    /// <summary>The lines written out, each only the first time it comes, in their order.</summary>
    /// <remarks>
    /// The claims of one sentence join an event (or miss one) for the same reason, and a line names the sentence, not
    /// the claim, so a sentence with three claims would otherwise say the same thing three times.
    /// </remarks>
    public static ImmutableArray<string> Once(ImmutableArray<AuditLine> lines)
    {
        if (lines.IsDefaultOrEmpty)
        {
            return [];
        }

        var seen = new HashSet<string>(lines.Length, StringComparer.Ordinal);
        var once = ImmutableArray.CreateBuilder<string>(lines.Length);
        foreach (var line in lines)
        {
            var text = line.ToString();
            if (seen.Add(text))
            {
                once.Add(text);
            }
        }

        return once.DrainToImmutable();
    }
}

/// <summary>How a claim that joined an event shares its participants with it.</summary>
internal enum SharedParticipants : byte
{
    /// <summary>Nothing is said of participants (the claim joined on its date alone).</summary>
    None,

    /// <summary>Participants in common, named by the claim's first three different names.</summary>
    Named,

    /// <summary>An unnamed group of the same size.</summary>
    UnnamedGroup,
}

/// <summary>
/// Why a claim joined an event: "a2 sentence 4 joined: same event type (...); shared participants (...); compatible
/// date (...)". What the claim itself gives (its article, sentence, text, size and dates) is read from it when the
/// line is written; what depended on the event when the claim joined it is kept.
/// </summary>
internal sealed class JoinLine(Claim claim, string sameType) : AuditLine
{
    public Claim Claim { get; } = claim;

    /// <summary>"same event type (label)".</summary>
    public string SameType { get; } = sameType;

    /// <summary>Whether the event already had a claim about the same text (resolution, document) as this one.</summary>
    public bool SameText { get; init; }

    public SharedParticipants Participants { get; init; }

    /// <summary>The first three different names among the claim's participants (null where there are fewer).</summary>
    public (string? First, string? Second, string? Third) Names { get; init; }

    /// <summary>For a claim with no date of its own and none from context: the article's time that fits the event.</summary>
    public ArticleFrame? Frame { get; init; }

    public override string ToString()
    {
        var c = Claim;
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture);
        text.AppendFormatted(c.ArticleId);
        text.AppendLiteral(" sentence ");
        text.AppendFormatted(c.Sentence.Index + 1);
        text.AppendLiteral(" joined: ");
        text.AppendFormatted(SameType);
        if (SameText)
        {
            text.AppendLiteral("; the same text (");
            text.AppendFormatted(c.Designation);
            text.AppendLiteral(")");
        }

        if (Participants == SharedParticipants.Named)
        {
            text.AppendLiteral("; shared participants (");
            var (first, second, third) = Names;
            text.AppendFormatted(first);
            if (second is not null)
            {
                text.AppendLiteral(", ");
                text.AppendFormatted(second);
            }

            if (third is not null)
            {
                text.AppendLiteral(", ");
                text.AppendFormatted(third);
            }

            text.AppendLiteral(")");
        }
        else if (Participants == SharedParticipants.UnnamedGroup)
        {
            text.AppendLiteral("; an unnamed group of the same size (");
            text.AppendFormatted(c.Count!.Value);
            text.AppendLiteral(")");
        }

        if (c.Date is { IsResolved: true } d)
        {
            text.AppendLiteral("; compatible date (");
            text.AppendFormatted(d.Iso);
            text.AppendLiteral(")");
        }
        else if (c.ContextDate is { } cd)
        {
            text.AppendLiteral("; no date of its own; the article's context (");
            text.AppendFormatted(cd.Iso);
            text.AppendLiteral(") fits");
        }
        else if (Frame is { } frame)
        {
            text.AppendLiteral(frame.Source switch
            {
                FrameSource.Publication => "; no date of its own; the article's publication date (",
                FrameSource.Events => "; no date of its own; the time of the events its article's other claims joined (",
                _ => "; no date of its own; the nearest date its article gives (",
            });
            text.AppendFormatted(DateOnly.FromDayNumber(frame.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            text.AppendLiteral(") fits");
        }
        else
        {
            text.AppendLiteral("; no date given, nothing against it");
        }

        return text.ToStringAndClear();
    }
}

/// <summary>
/// Why a claim that joined an event was not joined with another event of its type: "a2 sentence 4 not joined with
/// e012: the times are too far apart (...)".
/// </summary>
/// <param name="claim">The claim.</param>
/// <param name="missed">The position of the event it was not joined with among all events, from 0.</param>
/// <param name="whyNot">The first check that failed.</param>
internal sealed class MissLine(Claim claim, int missed, string whyNot) : AuditLine
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{claim.ArticleId} sentence {claim.Sentence.Index + 1} not joined with e{missed + 1:000}: {whyNot}");
}
