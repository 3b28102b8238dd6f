using System.Text;
using NUnit.Framework;

namespace Compare.Tests.Snapshots;

[TestFixture]
[NonParallelizable] // One test sets a process-wide environment variable.
internal sealed class SnapshotTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private string folder = null!;

    private string FakeSourceFile => Path.Combine(folder, "FakeTests.cs");

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "snapshot-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Matching_text_passes()
    {
        // Uses the committed SnapshotTests.Matching_text_passes.verified.txt next to this file.
        Snapshot.Verify("A committed snapshot.\nSecond line.\n", "txt");
    }

    [Test]
    public void Matching_text_passes_when_actual_has_crlf()
    {
        var (verified, _) = Snapshot.Paths(FakeSourceFile, "txt", null);
        WriteWithBom(verified, "one\ntwo\n");

        Assert.DoesNotThrow(() => Snapshot.Verify("one\r\ntwo\r\n", "txt", FakeSourceFile));
    }

    [Test]
    public void Match_deletes_stale_received_file()
    {
        var (verified, received) = Snapshot.Paths(FakeSourceFile, "txt", null);
        WriteWithBom(verified, "same\n");
        WriteWithBom(received, "old output\n");

        Snapshot.Verify("same\n", "txt", FakeSourceFile);

        Assert.That(File.Exists(received), Is.False);
    }

    [Test]
    public void File_name_follows_the_convention()
    {
        var parameters = new Dictionary<string, string> { ["zeta"] = "1", ["alpha"] = "two" };

        var (verified, received) = Snapshot.Paths(FakeSourceFile, ".json", parameters);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(verified, Is.EqualTo(Path.Combine(
                folder, "SnapshotTests.File_name_follows_the_convention_zeta=1_alpha=two.verified.json")));
            Assert.That(received, Is.EqualTo(Path.Combine(
                folder, "SnapshotTests.File_name_follows_the_convention_zeta=1_alpha=two.received.json")));
        }
    }

    [Test]
    public void Parameter_values_are_made_safe_for_file_names()
    {
        var (verified, _) = Snapshot.Paths(
            FakeSourceFile, "txt", new Dictionary<string, string> { ["input"] = "a/b:c" });

        Assert.That(Path.GetFileName(verified), Is.EqualTo(
            "SnapshotTests.Parameter_values_are_made_safe_for_file_names_input=a_b_c.verified.txt"));
    }

    [Test]
    public void Mismatch_fails_with_diff_and_writes_received_file()
    {
        AssumeNotAccepting();
        var (verified, received) = Snapshot.Paths(FakeSourceFile, "txt", null);
        WriteWithBom(verified, "alpha\nbeta\ngamma\n");

        var failure = Assert.Throws<AssertionException>(
            () => Snapshot.Verify("alpha\r\nBETA\r\ngamma\r\n", "txt", FakeSourceFile));

        Assert.That(failure, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.Contain(verified));
            Assert.That(failure.Message, Does.Contain(received));
            Assert.That(failure.Message, Does.Contain("-beta"));
            Assert.That(failure.Message, Does.Contain("+BETA"));
            Assert.That(failure.Message, Does.Contain(" alpha"));
            Assert.That(File.ReadAllBytes(received), Is.EqualTo(Bom.Concat("alpha\nBETA\ngamma\n"u8.ToArray())));
            Assert.That(File.ReadAllText(verified), Is.EqualTo("alpha\nbeta\ngamma\n"), "verified file untouched");
        }
    }

    [Test]
    public void Missing_verified_file_fails_and_writes_received_file()
    {
        AssumeNotAccepting();
        var (verified, received) = Snapshot.Paths(FakeSourceFile, "md", null);

        var failure = Assert.Throws<AssertionException>(() => Snapshot.Verify("# new\n", "md", FakeSourceFile));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.Contain("No verified snapshot"));
            Assert.That(failure.Message, Does.Contain("+# new"));
            Assert.That(File.Exists(verified), Is.False);
            Assert.That(File.ReadAllBytes(received), Is.EqualTo(Bom.Concat("# new\n"u8.ToArray())));
        }
    }

    [Test]
    public void Long_diffs_are_cut()
    {
        var verified = string.Concat(Enumerable.Range(0, 500).Select(i => $"old {i}\n"));
        var received = string.Concat(Enumerable.Range(0, 500).Select(i => $"new {i}\n"));

        var diff = Snapshot.UnifiedDiff(verified, received);

        var lines = diff.TrimEnd('\n').Split('\n');
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines, Has.Length.LessThanOrEqualTo(201));
            Assert.That(lines[^1], Does.Contain("more diff lines not shown"));
        }
    }

    [Test]
    public void Diff_shows_only_changes_and_their_context()
    {
        var verified = string.Concat(Enumerable.Range(1, 20).Select(i => $"line {i}\n"));
        var received = verified.Replace("line 10\n", "line ten\n");

        var diff = Snapshot.UnifiedDiff(verified, received);

        Assert.That(diff, Is.EqualTo(
            "@@ verified line 7, received line 7 @@\n" +
            " line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13\n"));
    }

    [Test]
    public void Accept_mode_writes_verified_file_instead_of_failing()
    {
        var (verified, received) = Snapshot.Paths(FakeSourceFile, "txt", null);
        WriteWithBom(received, "stale\n");
        var before = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable);
        Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, "1");
        try
        {
            Snapshot.Verify("accepted\r\n", "txt", FakeSourceFile);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Snapshot.AcceptVariable, before);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(File.ReadAllBytes(verified), Is.EqualTo(Bom.Concat("accepted\n"u8.ToArray())));
            Assert.That(File.Exists(received), Is.False);
        }
    }

    private static void AssumeNotAccepting() =>
        Assume.That(
            Environment.GetEnvironmentVariable(Snapshot.AcceptVariable),
            Is.Not.EqualTo("1"),
            "mismatches are accepted instead of failing while COMPARE_ACCEPT_SNAPSHOTS=1");

    private static void WriteWithBom(string path, string text) =>
        File.WriteAllBytes(path, Bom.Concat(Encoding.UTF8.GetBytes(text)).ToArray());
}
