using System.Text.RegularExpressions;
using Compare.Reporting;
using NUnit.Framework;

namespace Compare.Tests.Reporting;

public sealed class MarkdownReportRendererTests
{
    private static readonly Lazy<string> SeedsMarkdown = new(() => new MarkdownReportRenderer().Render(ReportInputs.Seeds()));

    [Test]
    public void An_event_with_several_findings_is_explained_once_and_referred_to_after()
    {
        var markdown = SeedsMarkdown.Value;

        // Each finding names its event on a line of its own, then either the lists or the reference back.
        var blocks = Regex.Matches(markdown, @"^Event `(e\d+)` \(.*\)\.\n\n(Why one event:\n|Not joined:\n|Why one event, and what was not joined: as under the first finding of `(e\d+)` above\.)?", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Explained: m.Groups[2].Value.EndsWith(":\n", StringComparison.Ordinal), ReferredTo: m.Groups[3].Value))
            .ToList();
        var explained = blocks.Where(b => b.Explained).Select(b => b.Id).ToList();
        var referred = blocks.Where(b => b.ReferredTo.Length > 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(explained, Is.Unique, "every event's lists are written once");
            Assert.That(referred, Is.Not.Empty, "the seeds have events with more than one finding");
            foreach (var (id, _, to) in referred)
            {
                Assert.That(to, Is.EqualTo(id), "a reference names its own event");
                Assert.That(markdown.IndexOf($"Event `{id}`", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf($"as under the first finding of `{id}`", StringComparison.Ordinal)),
                    "the reference comes after the event's first finding");
                Assert.That(explained, Does.Contain(id), "the event referred to was explained");
            }
        });
    }

    [Test]
    public void Reasons_are_listed_one_per_line()
    {
        var markdown = SeedsMarkdown.Value;
        var lists = Regex.Matches(markdown, @"^Why one event:\n\n((?:- .*\n)+)", RegexOptions.Multiline);
        Assert.That(lists, Is.Not.Empty);
        Assert.That(lists.SelectMany(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)),
            Is.All.Match(@"^- \S+ sentence \d+ joined: same event type \("));
    }
}
