namespace Compare.Comparison;

/// <summary>The kinds of finding, most severe first.</summary>
internal static class FindingKind
{
    public const string Conflict = "conflict";
    public const string Agreement = "agreement";
    public const string Variant = "variant";
    public const string SingleSource = "single-source";
}
