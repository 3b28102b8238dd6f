namespace Compare.Recognition;

/// <summary>
/// A title given to a named person in one sentence: the words as written ("Israeli Prime Minister"), the title
/// found in the lexicon ("prime minister"), whether it is a ranked office, the actor it is of when stated, and
/// whether it is marked as past ("then-", "former").
/// </summary>
internal sealed record TitleMention(Mention Person, string Written, string Title, bool IsOffice, string? Of, bool Past, int SentenceIndex, int Start, int End);
