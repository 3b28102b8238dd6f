namespace Compare.Recognition.Names;

/// <summary>
/// The verdict of <see cref="PersonNameMatcher.Match(PersonName, PersonName)"/>: whether two written names are
/// taken to be the same person, and a short human-readable sentence saying why, such as "same name",
/// "transliteration variant (Marzouk / Marzook: ou~oo)" or "different first names (Vitaly / Alexander)".
/// When several differences were tolerated, <see cref="Reason"/> lists them separated by "; ".
/// </summary>
internal sealed record NameMatch(bool Same, string Reason);
