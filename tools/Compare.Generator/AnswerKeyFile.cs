using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Compare.Generator;

/// <summary>Writes and reads <c>answer-key.json</c>: keys in a fixed order, LF line endings, no clock.</summary>
internal static class AnswerKeyFile
{
    public static byte[] Serialize(AnswerKey key)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteNumber("seed", key.Seed);
            w.WriteNumber("articles", key.Articles);
            w.WriteStartArray("events");
            foreach (var e in key.Events)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("type", e.Type);
                w.WriteString("date", e.Date);
                Strings(w, "actors", e.Actors);
                w.WriteString("place", e.Place);
                if (e.Count is { } c)
                {
                    w.WriteNumber("count", c);
                }
                else
                {
                    w.WriteNull("count");
                }

                Strings(w, "articles", e.Articles);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("conflicts");
            foreach (var c in key.Conflicts)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("attribute", c.Attribute);
                w.WriteString("event", c.Event);
                w.WriteString("person", c.Person);
                w.WriteString("person_name", c.PersonName);
                Strings(w, "articles", c.Articles);
                w.WriteString("deviant", c.Deviant);
                w.WriteString("expected", c.Expected);
                w.WriteString("planted", c.Planted);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static AnswerKey Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var events = root.GetProperty("events").EnumerateArray().Select(e => new KeyEvent(
            e.GetProperty("id").GetString()!,
            e.GetProperty("type").GetString()!,
            e.GetProperty("date").GetString()!,
            StringArray(e.GetProperty("actors")),
            e.GetProperty("place").GetString(),
            e.GetProperty("count").ValueKind == JsonValueKind.Number ? e.GetProperty("count").GetInt32() : null,
            StringArray(e.GetProperty("articles")))).ToImmutableArray();
        var conflicts = root.GetProperty("conflicts").EnumerateArray().Select(c => new PlantedConflict(
            c.GetProperty("id").GetString()!,
            c.GetProperty("attribute").GetString()!,
            c.GetProperty("event").GetString(),
            c.GetProperty("person").GetString(),
            c.GetProperty("person_name").GetString(),
            StringArray(c.GetProperty("articles")),
            c.GetProperty("deviant").GetString()!,
            c.GetProperty("expected").GetString()!,
            c.GetProperty("planted").GetString()!)).ToImmutableArray();
        return new AnswerKey(root.GetProperty("seed").GetUInt64(), root.GetProperty("articles").GetInt32(), events, conflicts);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static ImmutableArray<string> StringArray(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
}
