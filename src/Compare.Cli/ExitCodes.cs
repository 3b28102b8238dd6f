namespace Compare.Cli;

/// <summary>The documented exit codes of the <c>compare</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The report was written (some inputs may have been skipped; the report lists them).</summary>
    public const int Done = 0;

    /// <summary>Bad usage, bad rules, or no readable article at all.</summary>
    public const int BadInput = 2;

    /// <summary>The report could not be written (e.g. the --out folder does not exist).</summary>
    public const int CannotWrite = 3;
}
