namespace Compare.Rules;

/// <summary>How a trigger stands in its clause, which decides where each role is looked for.</summary>
internal enum TriggerForm
{
    Active,
    Passive,
    Noun,
}
