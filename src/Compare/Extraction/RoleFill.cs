using System.Collections.Immutable;
using Compare.Recognition;

namespace Compare.Extraction;

/// <summary>The mentions that fill one role of a claim and where in the sentence they were found.</summary>
internal sealed record RoleFill(string Role, ImmutableArray<Mention> Mentions, string Source);
