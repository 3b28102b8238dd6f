using System.Collections.Immutable;
using System.Text.Json;

namespace Compare.Generator;

/// <summary>
/// Reads the conflict findings and the events of a JSON report without building the whole document: the report
/// of a large corpus runs to hundreds of megabytes, so each event is parsed on its own and the rest is skipped.
/// </summary>
internal static class ReportReader
{
    public static (ImmutableArray<ReportConflict> Conflicts, ImmutableArray<ReportEventSummary> Events) Read(string path) => Read(File.ReadAllBytes(path));

    public static (ImmutableArray<ReportConflict> Conflicts, ImmutableArray<ReportEventSummary> Events) Read(byte[] json)
    {
        var conflicts = ImmutableArray.CreateBuilder<ReportConflict>();
        var events = ImmutableArray.CreateBuilder<ReportEventSummary>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "events" && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    using var ev = JsonDocument.ParseValue(ref reader);
                    var root = ev.RootElement;
                    var id = root.GetProperty("id").GetString()!;
                    events.Add(new ReportEventSummary(id, root.GetProperty("type").GetString()!, Strings(root.GetProperty("articles"))));
                    AddConflicts(conflicts, id, root.GetProperty("findings"));
                }
            }
            else if (name == "findings" && reader.TokenType == JsonTokenType.StartArray)
            {
                using var findings = JsonDocument.ParseValue(ref reader);
                AddConflicts(conflicts, null, findings.RootElement);
            }
            else
            {
                reader.Skip();
            }
        }

        return (conflicts.ToImmutable(), events.ToImmutable());
    }

    private static void AddConflicts(ImmutableArray<ReportConflict>.Builder into, string? eventId, JsonElement findings)
    {
        foreach (var f in findings.EnumerateArray())
        {
            if (f.GetProperty("kind").GetString() != "conflict")
            {
                continue;
            }

            var values = f.GetProperty("values").EnumerateArray()
                .Select(v => (v.GetProperty("value").GetString() ?? string.Empty, Strings(v.GetProperty("articles"))))
                .ToImmutableArray();
            into.Add(new ReportConflict(eventId, f.GetProperty("attribute").GetString()!, f.GetProperty("question").GetString(), values));
        }
    }

    private static ImmutableArray<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetString()!)];

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"The report does not start with {type}.");
        }
    }
}
