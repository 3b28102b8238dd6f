namespace Compare.Generator;

/// <summary>What a synthetic actor is; the values match the actor dictionary's kinds.</summary>
internal enum ActorKind
{
    Country,
    City,
    Organisation,
    Person,
}
