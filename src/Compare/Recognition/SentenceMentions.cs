using System.Collections.Immutable;

namespace Compare.Recognition;

/// <summary>What the recognizer found in one sentence: role-eligible mentions (groups have absorbed the names
/// inside them), all actor mentions including absorbed ones, and the titles given to named people.</summary>
internal sealed record SentenceMentions(ImmutableArray<Mention> Mentions, ImmutableArray<Mention> All, ImmutableArray<TitleMention> Titles);
