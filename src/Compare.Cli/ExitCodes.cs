namespace Compare.Cli;

/// <summary>
/// The documented exit codes of the <c>compare</c> command (README, "When something goes wrong"). Every code
/// but <see cref="Done"/> comes with a message on stderr; the report alone goes to stdout or <c>--out</c>.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The report was written and every input was compared (warnings, if any, are in it and on stderr).</summary>
    public const int Done = 0;

    /// <summary>
    /// The report was written, but some inputs were skipped (a missing path, an empty, binary or broken file, a
    /// duplicate id, an article the engine failed on, ...); the report lists each with its reason and code.
    /// </summary>
    public const int DoneWithSkippedInputs = 1;

    /// <summary>
    /// Nothing was compared and no report was written: bad usage, rules that do not validate (or whose examples do
    /// not hold), or not one article that could be read.
    /// </summary>
    public const int BadInput = 2;

    /// <summary>The report could not be written (e.g. the --out folder does not exist, or stdout is closed).</summary>
    public const int CannotWrite = 3;

    /// <summary>Compare itself failed outside any single article; the message says what to report.</summary>
    public const int InternalError = 4;
}
