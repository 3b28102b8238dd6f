namespace Compare.Extraction;

/// <summary>Whether a claim says the event happened, that it did not, or that someone denies it.</summary>
internal enum Polarity
{
    Asserted,
    Negated,
    Denied,
}
