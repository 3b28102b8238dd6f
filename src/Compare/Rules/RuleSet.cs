using System.Collections.Immutable;

namespace Compare.Rules;

/// <summary>Everything under <c>rules/</c>, validated and compiled once per run.</summary>
internal sealed record RuleSet(
    ImmutableArray<EventRule> Rules,
    ImmutableDictionary<string, EventTypeSpec> EventTypes,
    ImmutableArray<Actor> Actors,
    Lexicons Lexicons)
{
    public ImmutableDictionary<string, Actor> ActorsById { get; } =
        Actors.ToImmutableDictionary(a => a.Id, StringComparer.Ordinal);
}
