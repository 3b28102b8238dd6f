using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>
/// One trigger with all its inflected surface forms (lower case, one token per word). <see cref="Weak"/> triggers
/// ("launched", "discharge") fire only when the rule's required roles are filled by an eligible mention.
/// </summary>
internal sealed record TriggerPhrase(string Lemma, bool IsNoun, bool Weak, ImmutableArray<ImmutableArray<string>> Forms);
