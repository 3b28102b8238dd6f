using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// A counted attribute of an event read from its own trigger words ("killing some 1,200", "200 were taken
/// hostage"); each measure found becomes a claim of its own carrying that count.
/// </summary>
internal sealed record MeasureSpec(string Name, ImmutableArray<TriggerPhrase> Triggers);
