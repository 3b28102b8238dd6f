namespace Compare.Generator;

/// <summary>
/// One invented actor of the generated world. <see cref="Country"/> is where a city lies or what a person belongs
/// to; <see cref="Office"/> is the one ranked office a person holds; <see cref="InDictionary"/> says whether the
/// actor is written to the generated actor dictionary (private people are not, as in a real archive).
/// </summary>
internal sealed record SyntheticActor(string Id, string Name, ActorKind Kind, string? Country, string? Demonym, string? Office, bool InDictionary);
