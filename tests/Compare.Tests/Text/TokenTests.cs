using Compare.Text;
using NUnit.Framework;

namespace Compare.Tests.Text;

[TestFixture]
public sealed class TokenTests
{
    private static readonly Word Said = Tokenizer.Tokenize("said", 0, 4)[0].Word;

    [TestCase(0, 0, TokenKind.Word)]
    [TestCase(3, 7, TokenKind.Number)]
    [TestCase(12, 13, TokenKind.Punctuation)]
    [TestCase(0, (1 << 30) - 1, TokenKind.Punctuation)]
    public void A_token_keeps_its_offsets_and_kind(int start, int end, TokenKind kind)
    {
        var token = new Token(Said, start, end, kind);

        Assert.That((token.Word, token.Start, token.End, token.Kind), Is.EqualTo((Said, start, end, kind)));
        var (word, deconstructedStart, deconstructedEnd, deconstructedKind) = token;
        Assert.That((word, deconstructedStart, deconstructedEnd, deconstructedKind), Is.EqualTo((Said, start, end, kind)));
    }

    [Test]
    public void With_changes_only_the_named_part()
    {
        var token = new Token(Said, 4, 8, TokenKind.Number);

        Assert.That(token with { End = 9 }, Is.EqualTo(new Token(Said, 4, 9, TokenKind.Number)));
        Assert.That(token with { Kind = TokenKind.Punctuation }, Is.EqualTo(new Token(Said, 4, 8, TokenKind.Punctuation)));
        Assert.That(token with { Start = 5 }, Is.EqualTo(new Token(Said, 5, 8, TokenKind.Number)));
        Assert.That(token, Is.Not.EqualTo(new Token(Said, 4, 8, TokenKind.Word)));
    }

    [Test]
    public void An_end_or_kind_that_cannot_be_kept_is_rejected()
    {
        Assert.That(() => new Token(Said, 0, 1 << 30, TokenKind.Word), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new Token(Said, 0, -1, TokenKind.Word), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new Token(Said, 0, 1, (TokenKind)4), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void A_default_token_has_zero_offsets_and_the_first_kind()
    {
        Token token = default;

        Assert.That((token.Start, token.End, token.Kind), Is.EqualTo((0, 0, TokenKind.Word)));
    }
}
