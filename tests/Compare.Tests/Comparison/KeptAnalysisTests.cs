using Compare.Articles;
using NUnit.Framework;

namespace Compare.Tests.Comparison;

/// <summary>
/// What a comparison keeps of each article until its report is written: the sentences the report may quote, each
/// with its own text, the number of all sentences, and the article's text only where the report gives it.
/// </summary>
public sealed class KeptAnalysisTests
{
    private const string Text =
        "The weather was mild on Monday. " +
        "Prime Minister Benjamin Netanyahu spoke to reporters. " +
        "Antony Blinken met Benjamin Netanyahu in Jerusalem on 12 January 2024. " +
        "Nothing else happened.";

    [Test]
    public void A_compared_article_keeps_the_sentences_of_its_claims_and_titles_with_their_text()
    {
        var analysis = TestArticles.Run(TestArticles.Make(Text)).Articles.Single();

        Assert.Multiple(() =>
        {
            Assert.That(analysis.SentenceCount, Is.EqualTo(4));
            Assert.That(analysis.Sentences.Select(s => s.Index), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(analysis.Sentences.Select(s => s.Text), Is.EqualTo(new[]
            {
                "Prime Minister Benjamin Netanyahu spoke to reporters.",
                "Antony Blinken met Benjamin Netanyahu in Jerusalem on 12 January 2024.",
            }));
            Assert.That(analysis.Sentences[1].Text, Is.EqualTo(Text[analysis.Sentences[1].Start..analysis.Sentences[1].End]));
            Assert.That(analysis.Claims, Is.Not.Empty);
            Assert.That(analysis.Claims.Select(c => c.Sentence.Index).Distinct(), Is.EqualTo(new[] { 2 }));
        });
    }

    [Test]
    public void A_plain_articles_text_is_let_go_once_it_is_analysed()
    {
        var article = TestArticles.Run(TestArticles.Make(Text)).Articles.Single().Article;

        Assert.Multiple(() =>
        {
            Assert.That(article.TextReleased, Is.True);
            Assert.That(article.Text, Is.Empty);
            Assert.That(() => article.Body, Throws.InvalidOperationException.With.Message.Contains("a.txt"));
        });
    }

    [Test]
    public void A_text_made_from_a_page_is_kept_for_the_report()
    {
        var page = TestArticles.Make(Text) with { TextDerivation = "the text of the page's article element" };

        var article = TestArticles.Run(page).Articles.Single().Article;

        Assert.Multiple(() =>
        {
            Assert.That(article.TextReleased, Is.False);
            Assert.That(article.Text, Is.EqualTo(Text));
        });
    }

    [Test]
    public void The_json_report_still_counts_every_sentence()
    {
        var json = new Compare.Reporting.JsonReportRenderer().Render(TestArticles.Run(TestArticles.Make(Text)));

        Assert.That(json, Does.Contain("\"sentences\":4,"));
    }
}
