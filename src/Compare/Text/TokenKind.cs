namespace Compare.Text;

/// <summary>The coarse class of a token.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or dots ("Abu", "U.S.", "al-Assad", "Hamas's").</summary>
    Word,

    /// <summary>Digits, possibly with thousands separators or a decimal point ("1,200", "2.5", "2023").</summary>
    Number,

    /// <summary>Any other single punctuation character, quotes and dashes included.</summary>
    Punctuation,
}
